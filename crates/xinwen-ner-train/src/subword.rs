//! Entities inside PFR words: the People's Daily NER conventions label `华` in `访华`,
//! `中` in `中医`, `邓小平` in `邓小平理论` and `中华` in `中华民族`, which the
//! part-of-speech corpus keeps as single words.

use std::collections::HashSet;

use xinwen_chinese::Lexicon;
use xinwen_ner::NerKind;

use crate::token::{Token, tokens};

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
    pub fn gather<'a>(lines: impl Iterator<Item = &'a str>, words: &Lexicon) -> CorpusLists {
        let mut lists = CorpusLists::default();
        let mut abbrev_counts = std::collections::HashMap::new();
        let mut surname_counts = std::collections::HashMap::new();
        for line in lines {
            let toks = tokens(line);
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
            .filter(|&(c, n)| n >= 3 && !words.tagger.not_place_abbreviations.contains_char(c))
            .map(|(c, _)| c)
            .collect();
        lists.surnames = (surname_counts.into_iter())
            .filter(|&(_, n)| n >= 3)
            .map(|(s, _)| s)
            .collect();
        lists
    }
}

/// The entity inside a word that is not itself an entity: (kind, first character,
/// one past the last character), in characters of the word.
pub fn inside(t: &Token, lists: &CorpusLists, words: &Lexicon) -> Option<(NerKind, usize, usize)> {
    let chars: Vec<char> = t.word.chars().collect();
    let n = chars.len();
    if words.tagger.place_words.contains(&t.word)
        || (t.tag == "s" && words.tagger.region_words.contains(&t.word))
    {
        return Some((NerKind::Place, 0, n));
    }
    if t.tag == "j" {
        let suffix = words.tagger.region_suffixes.suffix_of(&t.word);
        if let Some(prefix) = suffix.and_then(|s| t.word.strip_suffix(s)) {
            return Some((NerKind::Place, 0, prefix.chars().count()));
        }
        if n >= 2 && chars.iter().all(|c| lists.abbreviations.contains(c)) {
            return Some((NerKind::Place, 0, n));
        }
    }
    if n == 2 {
        if words.tagger.move_chars.contains_char(chars[0])
            && lists.abbreviations.contains(&chars[1])
        {
            return Some((NerKind::Place, 1, 2));
        }
        if lists.abbreviations.contains(&chars[0])
            && words.tagger.after_abbreviation.contains_char(chars[1])
        {
            return Some((NerKind::Place, 0, 1));
        }
    }
    let ends = [
        (&words.tagger.after_name_in_word, NerKind::Person),
        (&words.tagger.after_place_in_word, NerKind::Place),
    ];
    for (ends, kind) in ends {
        for e in ends.iter() {
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
