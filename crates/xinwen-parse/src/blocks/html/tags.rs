//! What HTML elements mean for blocks.

use std::borrow::Cow;

use super::super::BlockKind;

/// Elements whose content is never page text.
pub(super) fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "select"
            | "textarea"
            | "button"
            | "canvas"
            | "audio"
            | "video"
            | "noembed"
            | "noframes"
            | "xmp"
    )
}

/// Elements that start a new block.
pub(super) fn is_block_level(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hr"
            | "html"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
            | "caption"
            | "menu"
            | "head"
            | "title"
    )
}

/// Elements that have no end tag.
pub(super) fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
    )
}

/// The elements whose start closes an open element of the same group (`<li>` closes the
/// open `<li>`), unless a container of the group (`<ul>`) lies in between.
pub(super) const SIBLING_GROUPS: &[(&[&str], &[&str])] = &[
    (&["li"], &["ul", "ol", "menu"]),
    (&["dt", "dd"], &["dl"]),
    (&["td", "th"], &["tr", "table"]),
    (&["tr"], &["table", "tbody", "thead", "tfoot"]),
    (&["option"], &["select"]),
];

pub(super) fn kind_of(name: &str) -> BlockKind {
    match name {
        "h1" => BlockKind::Heading(1),
        "h2" => BlockKind::Heading(2),
        "h3" => BlockKind::Heading(3),
        "h4" => BlockKind::Heading(4),
        "h5" => BlockKind::Heading(5),
        "h6" => BlockKind::Heading(6),
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "td" | "th" => BlockKind::TableCell,
        "figcaption" | "caption" => BlockKind::Caption,
        _ => BlockKind::Paragraph,
    }
}

/// The first `n` characters of `text`.
fn first_chars(text: &str, n: usize) -> &str {
    if text.len() <= n {
        // no more characters than bytes
        return text;
    }
    let end = text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
    text.get(..end).unwrap_or(text)
}

/// The label of an element: its name, `#id` and up to three `.class`es
/// (`div#content.article`).
pub(super) fn label(name: &str, attrs: &[(&str, &str)]) -> String {
    let mut label = String::with_capacity(name.len() + 48);
    label.push_str(name);
    for (key, value) in attrs {
        match *key {
            "id" if !value.is_empty() => {
                label.push('#');
                label.push_str(first_chars(value, 40));
            }
            "class" => {
                for class in value.split_whitespace().take(3) {
                    label.push('.');
                    label.push_str(first_chars(class, 40));
                }
            }
            _ => {}
        }
    }
    label
}

/// True when a `<script>` element's attributes mark it as JSON-LD metadata (read, not
/// skipped).
pub(super) fn is_json_ld(attrs: &[(&str, &str)]) -> bool {
    attrs
        .iter()
        .any(|(a, v)| *a == "type" && v.contains("ld+json"))
}

/// True when `bytes[at..]` is the end tag that ends the raw text of `name` (ASCII
/// lowercase): `</` and `name` in any case, then white space, `/` or `>`.
pub(super) fn ends_raw_text(bytes: &[u8], at: usize, name: &str) -> bool {
    let n = name.len();
    bytes.get(at..).is_some_and(|rest| {
        rest.get(..2) == Some(b"</")
            && (rest.get(2..2 + n)).is_some_and(|t| t.eq_ignore_ascii_case(name.as_bytes()))
            && matches!(
                rest.get(2 + n),
                Some(b'\t' | b'\n' | b'\x0C' | b'\r' | b' ' | b'/' | b'>')
            )
    })
}

/// How the tokenizer reads what follows an element's start tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Content {
    /// Tags and text.
    Markup,
    /// Script data, up to `</script>`.
    Script,
    /// Raw text, up to the element's end tag.
    Rawtext,
    /// Text with character references, up to the element's end tag.
    Rcdata,
    /// Text to the end of the page.
    Plaintext,
}

/// How the content of the element `name` is read (a self-closing tag has none), as a
/// browser with scripting on reads it.
pub(super) fn content_of(name: &str, self_closing: bool) -> Content {
    if self_closing {
        return Content::Markup;
    }
    match name {
        "script" => Content::Script,
        "style" | "noscript" | "iframe" | "xmp" | "noembed" | "noframes" => Content::Rawtext,
        "title" | "textarea" => Content::Rcdata,
        "plaintext" => Content::Plaintext,
        _ => Content::Markup,
    }
}

/// The name of an element, kept without a copy when it is one of the usual ones.
pub(super) fn element_name(name: &str) -> Cow<'static, str> {
    macro_rules! usual {
        ($($n:literal)*) => {
            match name {
                $($n => Cow::Borrowed($n),)*
                _ => Cow::Owned(name.to_string()),
            }
        };
    }
    usual!(
        "a" "abbr" "address" "article" "aside" "audio" "b" "big" "blockquote" "body" "br"
        "button" "canvas" "caption" "center" "cite" "code" "dd" "del" "details" "dialog"
        "div" "dl" "dt" "em" "embed" "fieldset" "figcaption" "figure" "font" "footer" "form"
        "h1" "h2" "h3" "h4" "h5" "h6" "head" "header" "hr" "html" "i" "iframe" "img" "input"
        "ins" "label" "li" "link" "main" "mark" "math" "menu" "meta" "nav" "noembed"
        "noframes" "noscript" "object" "ol" "option" "p" "pre" "q" "s" "script" "section"
        "select" "small" "source" "span" "strong" "style" "sub" "summary" "sup" "svg"
        "table" "tbody" "td" "template" "textarea" "tfoot" "th" "thead" "time" "title" "tr"
        "u" "ul" "video" "xmp"
    )
}
