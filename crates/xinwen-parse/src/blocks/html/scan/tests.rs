use super::super::events::Events;
use super::super::tokenize;
use super::{Fallback, scan};

/// A token as both readers give it (the pieces of a text joined).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in super::super) enum Event {
    Start(String, Vec<(String, String)>, bool),
    End(String),
    Text(String),
}

/// Events written down, for comparing the two readers.
#[derive(Debug, Default)]
pub(in super::super) struct Recorder(pub(in super::super) Vec<Event>);

impl Events for Recorder {
    fn start(&mut self, name: &str, attrs: &[(&str, &str)], self_closing: bool) {
        let attrs = (attrs.iter().map(|(k, v)| (k.to_string(), v.to_string()))).collect();
        self.0.push(Event::Start(name.into(), attrs, self_closing));
    }

    fn end(&mut self, name: &str) {
        self.0.push(Event::End(name.into()));
    }

    fn text(&mut self, text: &str) {
        if let Some(Event::Text(last)) = self.0.last_mut() {
            last.push_str(text);
        } else if !text.is_empty() {
            self.0.push(Event::Text(text.into()));
        }
    }
}

/// The events of the fast reader, or why it gave up.
pub(in super::super) fn scanned(html: &str) -> Result<Vec<Event>, Fallback> {
    let mut recorder = Recorder::default();
    scan(html, &mut recorder).map(|()| recorder.0)
}

/// The events html5ever gives, reading every character.
pub(in super::super) fn reference(html: &str) -> Vec<Event> {
    tokenize(html, false, Recorder::default()).0
}

/// Asserts that the fast reader reads each of `pages`, giving html5ever's tokens.
fn read_as_html5ever_reads(pages: &[&str]) {
    for html in pages {
        assert_eq!(scanned(html), Ok(reference(html)), "{html}");
    }
}

fn text(s: &str) -> Event {
    Event::Text(s.into())
}

#[test]
fn character_references_as_html5ever_reads_them() {
    // (text of a <p>, the text it gives)
    let cases = [
        ("a&amp;b", "a&b"),
        ("&lt;p&gt;", "<p>"),
        ("&nbsp;", "\u{a0}"),
        ("&copy2024", "©2024"),
        ("&notit;", "¬it;"),
        ("&notin;", "∉"),
        ("&#20013;&#x56FD;&#X56fd", "中国国"),
        ("&#150;", "–"),
        ("&#0;&#xD800;&#x110000;", "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("&#99999999999;", "\u{FFFD}"),
        ("&NotEqualTilde;", "≂\u{338}"),
        // must not: an ampersand that starts no reference stays as it is
        ("a & b", "a & b"),
        ("&#;", "&#;"),
        ("&#x;", "&#x;"),
        ("&zz;", "&zz;"),
        ("&1;", "&1;"),
        ("AT&T", "AT&T"),
    ];
    for (html, want) in cases {
        let page = format!("<p>{html}</p>");
        let events = scanned(&page).unwrap_or_default();
        assert_eq!(events.get(1), Some(&text(want)), "{html}");
        assert_eq!(events, reference(&page), "{html}");
    }
}

#[test]
fn attributes_as_html5ever_reads_them() {
    let cases = [
        r#"<a href="/x?a=1&amp;b=2&copy=3&times;4" CLASS='nav main' id=top>"#,
        r#"<A HREF=/a/b/ Title = "t" data-x>"#,
        r#"<img src="a.png" alt="" src="b.png"/>"#,
        r#"<div class="a"id="b"/ x>"#,
        r#"<p =x "y"='z' <q>"#,
        "<meta\ncontent=\"中文\"\tname=description>",
        "<br/><br / ><hr/x>",
    ];
    read_as_html5ever_reads(&cases);
}

#[test]
fn markup_that_gives_no_token() {
    let cases = [
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x>y\">a",
        "<!-- a -- b --!> c <!--> d <!---> e <!-- <!-- --> f <!-- x --->g",
        "<!-x-->h<?xml version=\"1.0\"?>i</ x>j</>k<![CDATA[l]]>m",
        "a < b <3 <中 </p>",
        "<!--a--!->b-->c",
        // cut off by the end of the page: a tag is dropped, a reference read as it goes
        "a<",
        "a</",
        "a<p",
        "a<a href=\"x",
        "a<a href=x",
        "a<a b",
        "a</p",
        "&amp",
        "&am",
        "&#x4e2d",
        "&#",
        "&",
        "<title>&copy",
        "<style>a</sty",
    ];
    read_as_html5ever_reads(&cases);
}

#[test]
fn what_it_leaves_to_html5ever() {
    // must not read: each of these is html5ever's to read
    for html in ["a\0b", "<plaintext>a", "<!DO"] {
        assert!(scanned(html).is_err(), "{html}");
    }
}

/// Pages put together from pieces of markup, read by both readers: wherever the fast
/// reader reads a page, it gives html5ever's tokens.
#[test]
fn generated_pages_give_html5ever_tokens() {
    let pieces = [
        "<p>",
        "</p>",
        "<P CLASS=\"a b\">",
        "<div id=x class='c'>",
        "</div >",
        "<br/>",
        "<br>",
        "正文一段。",
        "text ",
        " ",
        "\n",
        "\r\n",
        "\r",
        "\t",
        "\u{FEFF}",
        "&",
        "&amp;",
        "&amp",
        "&copy",
        "&nbsp;",
        "&#",
        "&#x",
        "&#20013;",
        "&#x4e2d",
        "&#128;",
        "&notin",
        "&not",
        "&lt",
        ";",
        "=",
        "\"",
        "'",
        "<",
        ">",
        "/",
        "-",
        "!",
        "?",
        "<!--",
        "-->",
        "--!>",
        "<!-",
        "<!DOCTYPE html>",
        "<!doctype",
        "<![CDATA[",
        "]]>",
        "<?xml?>",
        "</",
        "</>",
        "<a href=\"/x?a=1&b=2\">",
        "<a href=/u?x=1&amp;y=2>",
        "</a>",
        "<img src=a alt=b/>",
        "<meta name=\"description\" content=\"摘要&quot;\">",
        "<title>",
        "</title>",
        "<TITLE>",
        "<textarea>",
        "</TEXTAREA>",
        "<style>",
        "</style>",
        "</style",
        "<script>",
        "</script>",
        "<script type=\"application/ld+json\">",
        "{\"headline\": \"标题\"}",
        "<noscript>",
        "</noscript>",
        "<iframe src=x>",
        "</iframe>",
        "<xmp>",
        "</xmp>",
        "<select>",
        "<option>",
        "</select>",
        "<svg>",
        "</svg>",
        "<pre>",
        "</pre>",
        "<td>",
        "<a b c d=e f='g'h>",
        "<x y=\"",
    ];
    let (mut read, mut left) = (0, 0);
    let mut reasons = std::collections::BTreeMap::new();
    for page in super::super::tests::pages(&pieces, 30_000) {
        match scanned(&page) {
            Ok(events) => {
                read += 1;
                assert_eq!(events, reference(&page), "{page:?}");
            }
            Err(Fallback(why)) => {
                left += 1;
                *reasons.entry(why).or_insert(0) += 1;
            }
        }
    }
    eprintln!("read {read}, left to html5ever {left}: {reasons:?}");
    assert!(
        read > 9 * left,
        "read {read}, left to html5ever {left}: {reasons:?}"
    );
}

#[test]
fn line_breaks_become_line_feeds() {
    let cases = [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("\r\r\n\n\r", "\n\n\n\n"),
        ("a\r", "a\n"),
        ("中\r\n文", "中\n文"),
        // must not: a line feed alone stays one
        ("a\nb", "a\nb"),
    ];
    for (html, want) in cases {
        let first = html.find('\r').unwrap_or(html.len());
        if first < html.len() {
            assert_eq!(super::line_feeds(html, first), want, "{html:?}");
        }
        let page = format!("<pre>{html}</pre>");
        assert_eq!(scanned(&page), Ok(reference(&page)), "{html:?}");
    }
}
