//! Entities inside PFR words: the People's Daily NER conventions label `华` in `访华`,
//! `中` in `中医`, `邓小平` in `邓小平理论` and `中华` in `中华民族`, which the
//! part-of-speech corpus keeps as single words.

use std::collections::HashSet;

use crate::pfr::Token;
use crate::span::NerKind;
use crate::wordlists::NOT_PLACE_ABBREVIATIONS;

/// Names and abbreviations gathered from the whole corpus before conversion.
#[derive(Debug, Clone, Default)]
pub struct CorpusLists {
    /// One-character place abbreviations (`中`, `美`, `京`): one-character `j` words.
    pub abbreviations: HashSet<char>,
    /// Person names (merged `nr` runs of two or more characters).
    pub names: HashSet<String>,
    /// Place names (`ns` words).
    pub places: HashSet<String>,
    /// Surnames: first words of two-word `nr` runs (`江` of `江/nr 泽民/nr`), seen
    /// at least three times.
    pub surnames: HashSet<String>,
}

impl CorpusLists {
    /// Gathers the lists from the corpus lines.
    pub fn gather<'a>(lines: impl Iterator<Item = &'a str>) -> CorpusLists {
        let mut lists = CorpusLists::default();
        let mut abbrev_counts = std::collections::HashMap::new();
        let mut surname_counts = std::collections::HashMap::new();
        for line in lines {
            let toks = crate::pfr::tokens(line);
            let mut i = 0;
            while i < toks.len() {
                let t = &toks[i];
                let mut j = i + 1;
                match t.tag.as_str() {
                    "nr" => {
                        let mut name = t.word.clone();
                        while j < toks.len() && toks[j].tag == "nr" {
                            name.push_str(&toks[j].word);
                            j += 1;
                        }
                        if j == i + 2 && t.word.chars().count() <= 2 {
                            *surname_counts.entry(t.word.clone()).or_insert(0) += 1;
                        }
                        if name.chars().count() >= 2 {
                            lists.names.insert(name);
                        }
                    }
                    "ns" => {
                        lists.places.insert(t.word.clone());
                    }
                    "j" => {
                        let mut cs = t.word.chars();
                        if let (Some(c), None) = (cs.next(), cs.next()) {
                            *abbrev_counts.entry(c).or_insert(0) += 1;
                        }
                    }
                    _ => {}
                }
                i = j;
            }
        }
        lists.abbreviations = (abbrev_counts.into_iter())
            .filter(|&(c, n)| n >= 3 && !NOT_PLACE_ABBREVIATIONS.contains(c))
            .map(|(c, _)| c)
            .collect();
        lists.surnames = (surname_counts.into_iter())
            .filter(|&(_, n)| n >= 3)
            .map(|(s, _)| s)
            .collect();
        lists
    }
}

/// Verbs of movement before a place abbreviation (`访华`, `驻京`, `来华`).
const MOVE_CHARS: &str = "访来驻赴抵离返进回旅在";
/// Second characters after an abbreviation that make it a place (`中医`, `京剧`, `华侨`).
const AFTER_ABBREV: &str = "医药餐剧侨裔胞方人";
/// Endings after a person name inside a word (`邓小平理论`, `马克思主义`).
const AFTER_NAME: &[&str] = &["理论", "主义", "思想"];
/// Endings after a place name inside a word (`中华民族`, `中国人`).
const AFTER_PLACE: &[&str] = &["民族", "人"];
/// Words that are places whatever their tag (celestial bodies, regions).
const PLACE_WORDS: &[&str] = &[
    "地球", "月球", "太阳", "火星", "木星", "土星", "金星", "两岸", "大陆", "中华",
];
/// Regions tagged `s`/`f` that are places.
const REGION_WORDS: &[&str] = &["东北", "西北", "西南", "东南"];

/// The entity inside a word that is not itself an entity: (kind, first character,
/// one past the last character), in characters of the word.
pub fn inside(t: &Token, lists: &CorpusLists) -> Option<(NerKind, usize, usize)> {
    let chars: Vec<char> = t.word.chars().collect();
    let n = chars.len();
    if PLACE_WORDS.contains(&t.word.as_str())
        || (t.tag == "s" && REGION_WORDS.contains(&t.word.as_str()))
    {
        return Some((NerKind::Place, 0, n));
    }
    if t.tag == "j" {
        if let Some(prefix) = t.word.strip_suffix("地区") {
            return Some((NerKind::Place, 0, prefix.chars().count()));
        }
        if n >= 2 && chars.iter().all(|c| lists.abbreviations.contains(c)) {
            return Some((NerKind::Place, 0, n));
        }
    }
    if n == 2 {
        if MOVE_CHARS.contains(chars[0]) && lists.abbreviations.contains(&chars[1]) {
            return Some((NerKind::Place, 1, 2));
        }
        if lists.abbreviations.contains(&chars[0]) && AFTER_ABBREV.contains(chars[1]) {
            return Some((NerKind::Place, 0, 1));
        }
    }
    for (ends, kind) in [(AFTER_NAME, NerKind::Person), (AFTER_PLACE, NerKind::Place)] {
        for e in ends {
            if let Some(prefix) = t.word.strip_suffix(e) {
                let known = match kind {
                    NerKind::Person => lists.names.contains(prefix),
                    _ => lists.places.contains(prefix),
                };
                if known && !prefix.is_empty() {
                    return Some((kind, 0, prefix.chars().count()));
                }
            }
        }
    }
    None
}
