//! What blocks are compared by when repeats are looked for.

use xxhash_rust::xxh3::Xxh3Default;

/// A hash of `text` with whitespace removed (hashed run by run: the same as of the
/// joined text, which is never built). Two blocks that differ only in spacing are the
/// same block.
pub(crate) fn dedup_key(text: &str) -> u64 {
    let mut hasher = Xxh3Default::new();
    for run in text.split(is_whitespace) {
        hasher.update(run.as_bytes());
    }
    hasher.digest()
}

/// `char::is_whitespace`, answered at once for the CJK range (no whitespace from U+3001
/// to U+FEFE).
fn is_whitespace(c: char) -> bool {
    !('\u{3001}'..='\u{FEFE}').contains(&c) && c.is_whitespace()
}

#[cfg(test)]
mod tests {
    use super::{dedup_key, is_whitespace};

    #[test]
    fn whitespace_as_the_standard_library_tells_it() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_whitespace(c), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn spacing_aside() {
        assert_eq!(
            dedup_key("疫情 防控\u{3000}工作"),
            dedup_key("疫情防控工作")
        );
        assert_ne!(dedup_key("疫情防控"), dedup_key("疫情防控工作"));
        assert_eq!(dedup_key(""), dedup_key(" \n "));
    }
}
