//! Markup that gives no token the blocks use: comments, doctypes and bogus comments,
//! read only to find where they end; and the end tag of raw text.

use memchr::memchr;

use super::super::tags::ends_raw_text;
use super::fallback::{Fallback, Read};

/// Where a bogus comment starting at `from` ends: after the first `>`, or at the end of
/// the page.
pub(super) fn bogus_comment_end(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    memchr(b'>', rest).map_or(bytes.len(), |k| from + k + 1)
}

/// Where the markup declaration whose `<!` ends at `from` ends: a comment, a doctype
/// (which a `>` ends, even inside quotes) or a bogus comment (`<![CDATA[` is one outside
/// foreign content, and the tokenizer is never told of any).
pub(super) fn declaration_end(html: &str, from: usize) -> Read<usize> {
    let bytes = html.as_bytes();
    let rest = bytes.get(from..).unwrap_or_default();
    if rest.len() < 7 {
        // html5ever waits for more input before deciding
        return Err(Fallback("a declaration at the end"));
    }
    if rest.starts_with(b"--") {
        return Ok(comment_end(bytes, from + 2));
    }
    let doctype = rest
        .get(..7)
        .is_some_and(|d| d.eq_ignore_ascii_case(b"doctype"));
    let from = if doctype { from + 7 } else { from };
    Ok(bogus_comment_end(bytes, from))
}

/// The states of a comment that decide where it ends.
#[derive(Clone, Copy)]
enum Comment {
    Text,
    EndDash,
    End,
    EndBang,
}

/// Where the comment whose `<!--` ends at `from` ends (`-->`, `--!>`, or `<!-->` and
/// `<!--->` at once), or the end of the page.
pub(super) fn comment_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    // the comment start states
    let mut state = match bytes.get(at) {
        None => return bytes.len(),
        Some(b'>') => return at + 1,
        Some(b'-') => match bytes.get(at + 1) {
            None => return bytes.len(),
            Some(b'>') => return at + 2,
            Some(b'-') => {
                at += 2;
                Comment::End
            }
            Some(_) => {
                at += 1;
                Comment::Text
            }
        },
        Some(_) => Comment::Text,
    };
    loop {
        if let Comment::Text = state {
            let rest = bytes.get(at..).unwrap_or_default();
            let Some(k) = memchr(b'-', rest) else {
                return bytes.len();
            };
            at += k + 1;
            state = Comment::EndDash;
            continue;
        }
        let Some(&b) = bytes.get(at) else {
            return bytes.len();
        };
        state = match (state, b) {
            (Comment::EndDash, b'-') | (Comment::End, b'-') => Comment::End,
            (Comment::End | Comment::EndBang, b'>') => return at + 1,
            (Comment::End, b'!') => Comment::EndBang,
            (Comment::EndBang, b'-') => Comment::EndDash,
            _ => Comment::Text,
        };
        at += 1;
    }
}

/// Where the end tag `</name` of raw text starts in `text`, if anywhere.
pub(super) fn end_tag_at(text: &str, name: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    loop {
        let at = from + memchr(b'<', bytes.get(from..)?)?;
        if ends_raw_text(bytes, at, name) {
            return Some(at);
        }
        from = at + 1;
    }
}
