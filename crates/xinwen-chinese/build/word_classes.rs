//! The word and character classes of the NER features (`data/word_clusters.tsv.zst`,
//! `data/char_clusters.tsv.zst`, made by `scripts/gen_word_clusters.py`), for build.rs.

use std::collections::HashMap;
use std::path::Path;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The class of each word of `words` (`word<TAB>class` lines, classes 1–255), which
/// build.rs writes into the word's dictionary entry.
pub fn word_classes(words: &str) -> Result<HashMap<&str, u64>> {
    let mut classes = HashMap::new();
    for line in words.lines() {
        let (word, class) = line
            .split_once('\t')
            .ok_or("word classes: a line without a tab")?;
        classes.insert(word, u64::from(class.parse::<u8>()?));
    }
    Ok(classes)
}

/// Writes `$OUT_DIR/char_classes.bin`, one class byte for each character of the Basic
/// Multilingual Plane (0 for none), from `chars` (`character<TAB>class` lines).
pub fn char_table(chars: &str, out: &Path) -> Result<()> {
    let mut table = vec![0u8; 0x10000];
    for line in chars.lines() {
        let (c, class) = line
            .split_once('\t')
            .ok_or("character classes: a line without a tab")?;
        let mut it = c.chars();
        let (Some(c), None) = (it.next(), it.next()) else {
            return Err(format!("character classes: not one character: {line:?}").into());
        };
        let slot = table
            .get_mut(c as usize)
            .ok_or("character classes: a character outside the BMP")?;
        *slot = class.parse()?;
    }
    std::fs::write(out.join("char_classes.bin"), table)?;
    Ok(())
}
