//! Word segmentation and part-of-speech tagging in either script.
//!
//! Stages, each a file: [`dictionary`] (jieba's words, compiled at build time into a
//! finite-state map), [`route`] (the best cut of each block over the word graph, and
//! jieba's model of unknown words for the runs it leaves), [`tags`] (the dictionary's
//! tag, or a guess for a word it does not hold), [`search`] (the dictionary words inside
//! a long word, for an index). The cuts and tags are jieba's (jieba-rs 0.11, checked
//! by `tests/jieba_conformance.rs`); what differs is that nothing is built at start-up
//! (jieba-rs builds its trie of 349,045 words, ~0.12 s), and one rare guess: a word
//! outside the dictionary that the model of unknown words would cut in several pieces
//! when alone takes its longest piece's tag.

mod dictionary;
mod route;
mod search;
mod tags;

use jieba_rs::Jieba;

use crate::{ScriptConverter, SimplifiedView};
use dictionary::WordDictionary;
use route::Piece;

/// Segments Chinese text into words with the jieba dictionary and HMM.
///
/// The dictionary is simplified Chinese; traditional text is segmented through its
/// simplified view, and every word still points at the characters of the original.
pub struct Segmenter {
    dict: WordDictionary,
    /// An empty jieba instance: its model of unknown words needs no dictionary.
    unknown: Jieba,
}

impl std::fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Segmenter")
    }
}

/// One word of a segmented text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// The word as written in the original text.
    pub text: &'a str,
    /// The word in simplified script (same characters as `text` when it was simplified).
    pub simplified: &'a str,
    /// Character offset of the first character in the original text.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
    /// Byte offset of the first character in the original text.
    pub byte_start: usize,
    /// Byte offset one past the last character in the original text.
    pub byte_end: usize,
    /// True for a sub-word that search mode gives before the word it is part of; the
    /// other words tile the text.
    pub inside: bool,
}

/// A word with its part-of-speech tag (`nr` person, `ns` place, `nt` organization, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaggedWord<'a> {
    /// The word and where it is.
    pub word: Word<'a>,
    /// The jieba part-of-speech tag (the dictionary's own string, alive as long as the
    /// program).
    pub tag: &'static str,
    /// The word's class, 0 for none: words that keep the same company in news text share
    /// one (`北京`, `武汉`, `深圳`; the NER features read it). Only dictionary words have
    /// one.
    pub class: u8,
}

/// The word of piece `p` of the simplified view.
fn word<'s>(view: &'s SimplifiedView<'_>, p: &Piece, inside: bool) -> Word<'s> {
    let range = view.original_range(p.byte_start..p.byte_end);
    Word {
        text: view.original().get(range.clone()).unwrap_or(""),
        simplified: view
            .simplified()
            .get(p.byte_start..p.byte_end)
            .unwrap_or(""),
        start: p.start,
        end: p.end,
        byte_start: range.start,
        byte_end: range.end,
        inside,
    }
}

fn view_of<'a>(text: &'a str, converter: Option<&ScriptConverter>) -> SimplifiedView<'a> {
    match converter {
        Some(c) => SimplifiedView::new(text, c),
        None => SimplifiedView::identity(text),
    }
}

impl Segmenter {
    /// Opens the dictionary (nothing to build: ~1 ms). Prefer
    /// [`Resources::global`](crate::Resources::global), which does this once per process.
    pub fn new() -> Self {
        Segmenter {
            dict: WordDictionary::open(),
            unknown: Jieba::empty(),
        }
    }

    /// Loads the model that tags the words the dictionary does not hold (jieba's
    /// part-of-speech HMM, about 35 ms), which otherwise loads at the first such word.
    pub fn preload_unknown_word_tags() {
        // with an empty dictionary every Chinese character is an unknown word
        let _ = Jieba::empty().tag("嘎", false);
    }

    /// True when the dictionary holds `word` (simplified) as one word.
    pub fn has_word(&self, word: &str) -> bool {
        self.dict.get(word).is_some()
    }

    /// The dictionary's frequency of `word` (simplified), when it holds it: how common
    /// the word is (`能力` 18,874; `祖马` 6).
    pub fn frequency(&self, word: &str) -> Option<u64> {
        self.dict.get(word).map(|e| e.frequency())
    }

    /// Calls `f` with each word of `simplified_text` and its part-of-speech tag, cutting
    /// with the model of unknown words when `use_hmm` is set (keyword extraction cuts
    /// without it, as jieba's does).
    pub fn tag_words<'t>(
        &self,
        simplified_text: &'t str,
        use_hmm: bool,
        mut f: impl FnMut(&'t str, &'static str),
    ) {
        route::cut(
            &self.dict,
            &self.unknown,
            simplified_text,
            use_hmm,
            &mut |p| {
                let w = simplified_text.get(p.byte_start..p.byte_end).unwrap_or("");
                let entry = tags::entry_of(&self.dict, w, &p);
                f(w, tags::tag_of(&self.dict, &self.unknown, w, entry));
            },
        );
    }

    /// Calls `f` with each word of `text` in order. With `search` set, long words are
    /// also given as their dictionary sub-words (`检查指导` → `检查`, `指导`,
    /// `检查指导`), as a search index wants. With a converter, traditional text is
    /// segmented through its simplified view.
    pub fn for_each_word(
        &self,
        text: &str,
        search: bool,
        converter: Option<&ScriptConverter>,
        mut f: impl FnMut(Word<'_>),
    ) {
        let view = view_of(text, converter);
        let simplified = view.simplified();
        route::cut(&self.dict, &self.unknown, simplified, true, &mut |p| {
            if search {
                search::with_parts(&self.dict, simplified, p, &mut |q| {
                    f(word(&view, &q, q != p));
                });
            } else {
                f(word(&view, &p, false));
            }
        });
    }

    /// The words of `text` as owned strings in their original script.
    ///
    /// ```
    /// use xinwen_chinese::Resources;
    ///
    /// let resources = Resources::global();
    /// let converter = resources.converter().unwrap();
    /// let words = resources.segmenter().cut("州委副書記洪慶檢查指導工作", Some(converter));
    /// assert_eq!(words, ["州委", "副", "書記", "洪慶", "檢查指導", "工作"]);
    /// ```
    pub fn cut(&self, text: &str, converter: Option<&ScriptConverter>) -> Vec<String> {
        let mut words = Vec::new();
        self.for_each_word(text, false, converter, |w| words.push(w.text.to_string()));
        words
    }

    /// Calls `f` with each word of `text` and its part-of-speech tag.
    pub fn for_each_tagged(
        &self,
        text: &str,
        converter: Option<&ScriptConverter>,
        mut f: impl FnMut(TaggedWord<'_>),
    ) {
        let view = view_of(text, converter);
        let simplified = view.simplified();
        route::cut(&self.dict, &self.unknown, simplified, true, &mut |p| {
            let w = simplified.get(p.byte_start..p.byte_end).unwrap_or("");
            let entry = tags::entry_of(&self.dict, w, &p);
            f(TaggedWord {
                word: word(&view, &p, false),
                tag: tags::tag_of(&self.dict, &self.unknown, w, entry),
                class: entry.map_or(0, |e| e.class()),
            });
        });
    }

    /// The dictionary's part-of-speech tag for `word` (simplified), when the dictionary
    /// holds it and cuts it as one word: `Some("n")` for `冲锋舟`, `None` for `吴德顺`.
    pub fn dictionary_tag(&self, word: &str) -> Option<String> {
        if !self.has_word(word) {
            return None;
        }
        let mut tags = Vec::new();
        self.tag_words(word, true, |_, tag| tags.push(tag.to_string()));
        match tags.as_slice() {
            [tag] => Some(tag.clone()),
            _ => None,
        }
    }
}

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::new()
    }
}

#[cfg(test)]
mod tests {
    use crate::Resources;

    #[test]
    fn segments_traditional_text_through_its_simplified_view() {
        let r = Resources::global();
        let text = "洪慶檢查指導全市疫情防控工作";
        let mut words = Vec::new();
        r.segmenter()
            .for_each_word(text, true, Some(r.converter().unwrap()), |w| {
                assert_eq!(&text[w.byte_start..w.byte_end], w.text);
                words.push((w.text.to_string(), w.simplified.to_string()));
            });
        assert!(words.contains(&("檢查".to_string(), "检查".to_string())));
        assert!(words.contains(&("指導".to_string(), "指导".to_string())));
    }

    #[test]
    fn search_mode_marks_the_sub_words_and_the_other_words_tile_the_text() {
        let r = Resources::global();
        let text = "洪慶檢查指導中華人民共和國WES-5.4.5項目";
        let (mut inside, mut tiling) = (Vec::new(), String::new());
        r.segmenter()
            .for_each_word(text, true, Some(r.converter().unwrap()), |w| {
                if w.inside {
                    inside.push(w.text.to_string());
                } else {
                    tiling.push_str(w.text);
                }
            });
        assert_eq!(tiling, text);
        for part in ["檢查", "指導", "共和國", "WES"] {
            assert!(inside.iter().any(|w| w == part), "{part} in {inside:?}");
        }
        assert!(!inside.iter().any(|w| w == "檢查指導" || w == "WES-5.4.5"));
    }

    #[test]
    fn tags_people_and_places() {
        let r = Resources::global();
        let mut tags = Vec::new();
        r.segmenter().for_each_tagged("习近平在北京", None, |t| {
            tags.push((t.word.text.to_string(), t.tag.to_string()))
        });
        assert!(tags.contains(&("北京".to_string(), "ns".to_string())));
    }
}
