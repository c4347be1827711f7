//! Pinyin readings of characters.

use std::collections::HashSet;
use std::sync::OnceLock;

use pinyin::{Pinyin, ToPinyinMulti};

/// The Mandarin readings of characters, simplified and traditional (Unihan kMandarin and
/// the pinyin-data tables, through the `pinyin` crate).
///
/// Crawls often carry pinyin annotations after characters (`指導(dǎo)`). An annotation
/// can be told from real text only by checking that the bracketed syllable is a reading
/// of the character before it: `(dǎo)` after 導 is, `(AI)` after 用 is not.
#[derive(Debug, Default, Clone, Copy)]
pub struct Readings;

/// Lowercases and folds the ways crawls write ü.
fn fold(syllable: &str) -> String {
    syllable
        .trim()
        .to_lowercase()
        .replace("u:", "ü")
        .replace('v', "ü")
}

/// True when the syllable carries a tone mark.
fn has_tone_mark(syllable: &str) -> bool {
    syllable.chars().any(|c| {
        matches!(
            c,
            'ā' | 'á'
                | 'ǎ'
                | 'à'
                | 'ē'
                | 'é'
                | 'ě'
                | 'è'
                | 'ī'
                | 'í'
                | 'ǐ'
                | 'ì'
                | 'ō'
                | 'ó'
                | 'ǒ'
                | 'ò'
                | 'ū'
                | 'ú'
                | 'ǔ'
                | 'ù'
                | 'ǖ'
                | 'ǘ'
                | 'ǚ'
                | 'ǜ'
                | 'ń'
                | 'ň'
                | 'ǹ'
                | 'ḿ'
        )
    })
}

impl Readings {
    /// The readings of `c` with tone marks (`導` → `["dǎo"]`); empty for a character
    /// with no Mandarin reading.
    pub fn of(&self, c: char) -> Vec<&'static str> {
        c.to_pinyin_multi()
            .map(|m| m.into_iter().map(Pinyin::with_tone).collect())
            .unwrap_or_default()
    }

    /// True when `syllable` is a reading of `c`. A syllable with a tone mark must match a
    /// reading exactly (`dǎo`); one without is compared to the toneless readings (`dao`).
    pub fn is_reading(&self, c: char, syllable: &str) -> bool {
        let Some(multi) = c.to_pinyin_multi() else {
            return false;
        };
        let wanted = fold(syllable);
        if wanted.is_empty() {
            return false;
        }
        let toned = has_tone_mark(&wanted);
        multi.into_iter().any(|p| {
            let reading = if toned { p.with_tone() } else { p.plain() };
            fold(reading) == wanted
        })
    }

    /// True when `syllable` (with tone mark, any case) is the reading of some character.
    pub fn is_syllable(&self, syllable: &str) -> bool {
        static SYLLABLES: OnceLock<HashSet<&'static str>> = OnceLock::new();
        let all = SYLLABLES.get_or_init(|| {
            (0x3400..=0x9FFF)
                .filter_map(char::from_u32)
                .filter_map(|c| c.to_pinyin_multi())
                .flat_map(|m| m.into_iter().map(Pinyin::with_tone))
                .collect()
        });
        all.contains(fold(syllable).as_str())
    }

    /// True when `c` has at least one Mandarin reading (a Han character).
    pub fn has_readings(&self, c: char) -> bool {
        c.to_pinyin_multi().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognizes_annotations_of_traditional_characters() {
        let r = Readings;
        assert!(r.is_reading('導', "dǎo"));
        assert!(r.is_reading('進', "jìn"));
        assert!(r.is_reading('區', "qū"));
        assert!(r.is_reading('長', "zhǎng"));
        assert!(r.is_reading('長', "cháng"));
        assert!(r.is_reading('綠', "lǜ"));
        assert!(r.is_reading('導', "dao"));
        assert!(r.is_reading('導', "DǍO"));
    }

    #[test]
    fn rejects_text_in_brackets() {
        let r = Readings;
        assert!(!r.is_reading('縣', "市"));
        assert!(!r.is_reading('導', "shì"));
        assert!(!r.is_reading('用', "AI"));
        assert!(!r.is_reading('o', "hù"));
        assert!(!r.is_reading('導', ""));
        assert!(r.of('還').contains(&"huán"));
        assert!(r.is_syllable("qiáng"));
        assert!(!r.is_syllable("qiángx"));
    }
}
