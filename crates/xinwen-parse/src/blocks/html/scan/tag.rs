//! A start or end tag: its name and attributes, read as the tokenizer's tag states read
//! them.

use std::borrow::Cow;
use std::collections::HashSet;

use memchr::memchr;

use super::char_ref;
use super::fallback::{Read, slice};

/// The tokenizer's white space (a `\r` has become `\n` before).
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b' ')
}

/// `text` with its ASCII capitals lowered, borrowed when it has none.
fn lowered(text: &str) -> Cow<'_, str> {
    if text.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(text.to_ascii_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(|&b| is_space(b)) {
        at += 1;
    }
    at
}

/// Reads the tag whose name starts at `from` (an ASCII letter): its lowered name,
/// whether it closes itself (`<br/>`), and where the text goes on after its `>`. Its
/// attributes go to `attrs`, in order, a repeated name kept once (the first). A tag cut
/// off by the end of the page is no tag (`None`), as the tokenizer drops it.
pub(super) fn read<'a>(
    html: &'a str,
    from: usize,
    attrs: &mut Vec<(Cow<'a, str>, Cow<'a, str>)>,
) -> Read<Option<(Cow<'a, str>, bool, usize)>> {
    attrs.clear();
    // the names of a tag with very many attributes, so that repeats are found at once
    let mut many: Option<HashSet<Cow<'a, str>>> = None;
    let bytes = html.as_bytes();
    let mut at = from;
    while bytes
        .get(at)
        .is_some_and(|&b| !is_space(b) && b != b'/' && b != b'>')
    {
        at += 1;
    }
    let name = lowered(slice(html, from, at)?);
    loop {
        // before an attribute's name
        at = skip_space(bytes, at);
        match bytes.get(at) {
            None => return Ok(None),
            Some(b'>') => return Ok(Some((name, false, at + 1))),
            Some(b'/') => match bytes.get(at + 1) {
                None => return Ok(None),
                Some(b'>') => return Ok(Some((name, true, at + 2))),
                Some(_) => {
                    at += 1;
                    continue;
                }
            },
            Some(_) => {}
        }
        // the name: its first character whatever it is (even `=`), then up to white
        // space, `/`, `>` or `=`
        let start = at;
        at += html
            .get(at..)
            .and_then(|r| r.chars().next())
            .map_or(1, char::len_utf8);
        while bytes
            .get(at)
            .is_some_and(|&b| !is_space(b) && !matches!(b, b'/' | b'>' | b'='))
        {
            at += 1;
        }
        let key = lowered(slice(html, start, at)?);
        at = skip_space(bytes, at);
        let value = match bytes.get(at) {
            None => return Ok(None),
            Some(b'=') => {
                at = skip_space(bytes, at + 1);
                match bytes.get(at) {
                    None => return Ok(None),
                    Some(&quote @ (b'"' | b'\'')) => {
                        let rest = bytes.get(at + 1..).unwrap_or_default();
                        let Some(end) = memchr(quote, rest).map(|k| at + 1 + k) else {
                            return Ok(None);
                        };
                        let value = attribute_value(html, at + 1, end)?;
                        at = end + 1;
                        value
                    }
                    Some(b'>') => Cow::Borrowed(""),
                    Some(_) => {
                        let start = at;
                        while bytes.get(at).is_some_and(|&b| !is_space(b) && b != b'>') {
                            at += 1;
                        }
                        if at >= bytes.len() {
                            return Ok(None);
                        }
                        attribute_value(html, start, at)?
                    }
                }
            }
            Some(_) => Cow::Borrowed(""),
        };
        let repeated = match many.as_mut() {
            Some(names) => !names.insert(key.clone()),
            None => attrs.iter().any(|(k, _)| *k == key),
        };
        if !repeated {
            attrs.push((key, value));
            if many.is_none() && attrs.len() > 32 {
                many = Some(attrs.iter().map(|(k, _)| k.clone()).collect());
            }
        }
    }
}

/// The value `html[from..to]` of an attribute, its character references read.
fn attribute_value(html: &str, from: usize, to: usize) -> Read<Cow<'_, str>> {
    let raw = slice(html, from, to)?;
    if memchr(b'&', raw.as_bytes()).is_none() {
        return Ok(Cow::Borrowed(raw));
    }
    let mut value = String::with_capacity(raw.len());
    char_ref::emit_region(html, from, to, true, &mut |t| value.push_str(t))?;
    Ok(Cow::Owned(value))
}
