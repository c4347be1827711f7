//! Word segmentation and part-of-speech tagging in either script.

use std::borrow::Cow;

use jieba_rs::{Jieba, TokenizeMode};

use crate::ScriptConverter;

/// Segments Chinese text into words with the jieba dictionary and HMM.
///
/// The dictionary is simplified Chinese; traditional text is segmented through its
/// simplified view, and every word still points at the characters of the original.
pub struct Segmenter {
    jieba: Jieba,
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
}

/// A word with its part-of-speech tag (`nr` person, `ns` place, `nt` organization, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaggedWord<'a> {
    /// The word and where it is.
    pub word: Word<'a>,
    /// The jieba part-of-speech tag.
    pub tag: &'a str,
}

/// Maps positions in the simplified view back to the original text.
struct View<'a> {
    original: &'a str,
    simplified: Cow<'a, str>,
    /// Byte offset in `original` of each character, plus the end; empty when the
    /// simplified view is the original itself.
    byte_of_char: Vec<usize>,
}

impl<'a> View<'a> {
    fn new(original: &'a str, converter: Option<&ScriptConverter>) -> Self {
        let simplified = match converter {
            Some(c) => c.to_simplified(original),
            None => Cow::Borrowed(original),
        };
        let byte_of_char = match simplified {
            Cow::Borrowed(_) => Vec::new(),
            Cow::Owned(_) => (original.char_indices().map(|(i, _)| i))
                .chain(std::iter::once(original.len()))
                .collect(),
        };
        View {
            original,
            simplified,
            byte_of_char,
        }
    }

    /// The word at characters `start..end`, found at `sbytes` in the simplified view.
    fn word<'s>(&'s self, start: usize, end: usize, sbytes: (usize, usize)) -> Word<'s> {
        let (byte_start, byte_end) = if self.byte_of_char.is_empty() {
            sbytes
        } else {
            let at = |i: usize| {
                self.byte_of_char
                    .get(i)
                    .copied()
                    .unwrap_or(self.original.len())
            };
            (at(start), at(end))
        };
        Word {
            text: self.original.get(byte_start..byte_end).unwrap_or(""),
            simplified: self.simplified.get(sbytes.0..sbytes.1).unwrap_or(""),
            start,
            end,
            byte_start,
            byte_end,
        }
    }
}

impl Segmenter {
    /// Loads the dictionary. Prefer [`Resources::global`](crate::Resources::global), which
    /// does this once per process.
    pub fn new() -> Self {
        Segmenter {
            jieba: Jieba::new(),
        }
    }

    /// The underlying jieba instance, for keyword extraction.
    pub fn jieba(&self) -> &Jieba {
        &self.jieba
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
        let view = View::new(text, converter);
        let mode = if search {
            TokenizeMode::Search
        } else {
            TokenizeMode::Default
        };
        for t in self.jieba.tokenize(&view.simplified, mode, true) {
            f(view.word(t.start, t.end, (t.byte_start, t.byte_end)));
        }
    }

    /// The words of `text` as owned strings in their original script.
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
        let view = View::new(text, converter);
        for t in self.jieba.tag(&view.simplified, true) {
            let word = view.word(t.start, t.end, (t.byte_start, t.byte_end));
            f(TaggedWord { word, tag: t.tag });
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
    fn tags_people_and_places() {
        let r = Resources::global();
        let mut tags = Vec::new();
        r.segmenter().for_each_tagged("习近平在北京", None, |t| {
            tags.push((t.word.text.to_string(), t.tag.to_string()))
        });
        assert!(tags.contains(&("北京".to_string(), "ns".to_string())));
    }
}
