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
        let end_tag = rest.get(1) == Some(&b'/')
            && rest
                .get(2..8)
                .is_some_and(|n| n.eq_ignore_ascii_case(b"script"))
            && matches!(
                rest.get(8),
                Some(b'\t' | b'\n' | b'\x0C' | b'\r' | b' ' | b'/' | b'>')
            );
        if end_tag {
            return Some(at);
        }
        from = at + 1;
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
