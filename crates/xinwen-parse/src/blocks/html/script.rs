//! Script text skipped in one search: most of a news page's bytes are scripts, which the
//! tokenizer would otherwise read character by character only for the blocks to drop.
//!
//! After a `<script>` start tag the tokenizer reads script data until `</script` and a
//! delimiter (white space, `/`, `>`). Only an escape (`<!--`) before that changes where
//! the script ends (`<!--<script>…</script>` does not end it). So when the first such end
//! tag comes before any `<!--`, the text up to it is taken out of the input, and the
//! tokenizer, in the same state, sees the end tag at once: the same tokens as reading
//! it all. Any other script is read as before.

use html5ever::tokenizer::BufferQueue;

use super::tags::ends_raw_text;

/// Where the script data at the start of `text` ends (the byte offset of its end tag),
/// when it holds no escape before that end tag.
pub(super) fn plain_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    loop {
        let at = from + text.get(from..)?.find('<')?;
        let rest = bytes.get(at..)?;
        if rest.starts_with(b"<!--") {
            return None;
        }
        let end_tag = ends_raw_text(bytes, at, "script");
        if end_tag {
            return Some(at);
        }
        from = at + 1;
    }
}

/// The ASCII letters from `at` on: where they end, and whether they spell `script`
/// (any case) followed by white space, `/` or `>`.
fn letters_spell_script(bytes: &[u8], at: usize) -> (usize, bool) {
    let mut end = at;
    while bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
        end += 1;
    }
    let script = bytes
        .get(at..end)
        .is_some_and(|n| n.eq_ignore_ascii_case(b"script"))
        && matches!(
            bytes.get(end),
            Some(b'\t' | b'\n' | b'\x0C' | b' ' | b'/' | b'>')
        );
    (end, script)
}

/// The states of script data that decide where it ends.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Data,
    Escaped,
    EscapedDash,
    EscapedDashDash,
    DoubleEscaped,
    DoubleEscapedDash,
    DoubleEscapedDashDash,
}

/// Where the script data at the start of `text` ends (the byte offset of its end tag),
/// following the tokenizer's escape states (`<!--`, and `<script>` inside one); `None`
/// when it runs to the end of the text.
pub(super) fn end_of(text: &str) -> Option<usize> {
    use State::*;
    let bytes = text.as_bytes();
    let (mut state, mut at) = (Data, 0);
    loop {
        if state == Data {
            at += memchr::memchr(b'<', bytes.get(at..)?)?;
            if ends_raw_text(bytes, at, "script") {
                return Some(at);
            }
            if bytes.get(at + 1..at + 4) == Some(b"!--") {
                (state, at) = (EscapedDashDash, at + 4);
            } else {
                at += 1;
            }
            continue;
        }
        let &b = bytes.get(at)?;
        if b == b'<' {
            let escaped = matches!(state, Escaped | EscapedDash | EscapedDashDash);
            if escaped && ends_raw_text(bytes, at, "script") {
                return Some(at);
            }
            let slash = bytes.get(at + 1) == Some(&b'/');
            let (end, script) = match (escaped, slash) {
                (true, false) => letters_spell_script(bytes, at + 1),
                (false, true) => letters_spell_script(bytes, at + 2),
                _ => (at + 1, false),
            };
            (state, at) = match (script, escaped) {
                (true, true) => (DoubleEscaped, end + 1),
                (true, false) => (Escaped, end + 1),
                (false, true) => (Escaped, end),
                (false, false) => (DoubleEscaped, end),
            };
            continue;
        }
        state = match (state, b) {
            (Escaped, b'-') => EscapedDash,
            (EscapedDash | EscapedDashDash, b'-') => EscapedDashDash,
            (DoubleEscaped, b'-') => DoubleEscapedDash,
            (DoubleEscapedDash | DoubleEscapedDashDash, b'-') => DoubleEscapedDashDash,
            (EscapedDashDash | DoubleEscapedDashDash, b'>') => Data,
            (Escaped | EscapedDash | EscapedDashDash, _) => Escaped,
            _ => DoubleEscaped,
        };
        at += 1;
    }
}

/// Takes the script data at the front of `input` out of it, when [`plain_end`] finds
/// where it ends within the first chunk.
pub(super) fn skip(input: &BufferQueue) {
    let Some(mut chunk) = input.peek_front_chunk_mut() else {
        return;
    };
    let Some(end) = plain_end(&chunk).filter(|&e| e > 0) else {
        return;
    };
    let (Ok(end), len) = (u32::try_from(end), chunk.len32()) else {
        return;
    };
    let rest = chunk.subtendril(end, len - end);
    *chunk = rest;
}

#[cfg(test)]
mod tests {
    use super::plain_end;

    #[test]
    fn where_plain_script_ends() {
        let cases = [
            ("var a = 1;</script>", Some(10)),
            ("if (a < b) x();</SCRIPT >", Some(15)),
            ("a</script\n>", Some(1)),
            ("a</script/>", Some(1)),
            ("</script>", Some(0)),
            // must not: an escape first, an end tag without its delimiter, no end
            ("<!-- x --></script>", None),
            ("a<!--<script></script>b--></script>", None),
            ("a</scripts></script>", Some(11)),
            ("a</script", None),
            ("document.write('</scr' + 'ipt>');", None),
        ];
        for (text, want) in cases {
            assert_eq!(plain_end(text), want, "{text}");
        }
    }
}
