//! Character classes: characters grouped by the company they keep in news text.
//!
//! Surnames (`张`, `王`, `李`) share a class, the letters of transliterated names (`斯`,
//! `尔`, `克`) another, the last characters of places and waters (`江`, `湖`) a third. The
//! classes come from `data/char_clusters.tsv.zst` (`scripts/gen_word_clusters.py`:
//! neighbour statistics over unlabeled text, no labels), laid out by build.rs as one byte
//! per character, used where it lies. Words have classes made the same way, kept in their
//! dictionary entries ([`TaggedWord::class`](crate::TaggedWord::class)). The NER tagger
//! uses both as features: what it learnt of one character or word carries over to the
//! others of its class.

/// The class of each character of the Basic Multilingual Plane (0: none), by build.rs.
const CHAR_TABLE: &[u8; 0x10000] = include_bytes!(concat!(env!("OUT_DIR"), "/char_classes.bin"));

/// The class of `c` (simplified script), 0 for a rare character or one outside the Basic
/// Multilingual Plane.
pub fn char_class(c: char) -> u8 {
    CHAR_TABLE.get(c as usize).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::char_class;
    use crate::Segmenter;

    #[test]
    fn characters_of_one_kind_share_a_class() {
        assert_ne!(char_class('张'), 0);
        assert_eq!(char_class('张'), char_class('王'));
        assert_eq!(char_class('斯'), char_class('尔'));
        assert_ne!(char_class('张'), char_class('斯'));
        // must-not: no class for a letter, a rare or an astral character
        assert_eq!(char_class('a'), 0);
        assert_eq!(char_class('\u{20000}'), 0);
    }

    #[test]
    fn words_of_one_kind_share_a_class_and_unknown_words_have_none() {
        let segmenter = Segmenter::new();
        let class = |text: &str| {
            let mut classes = Vec::new();
            segmenter.for_each_tagged(text, None, |t| classes.push(t.class));
            classes
        };
        let [beijing, _, wuhan] = class("北京和武汉")[..] else {
            panic!("three words expected");
        };
        assert_ne!(beijing, 0);
        assert_eq!(beijing, wuhan);
        assert_eq!(class("公司"), class("集团"));
        assert_eq!(class("表示"), class("指出"));
        assert_ne!(class("北京"), class("公司"));
        // must-not: a word the dictionary does not hold has no class
        assert_eq!(class("xinwen"), vec![0]);
    }
}
