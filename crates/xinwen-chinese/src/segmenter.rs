//! Word segmentation and part-of-speech tagging in either script.

use jieba_rs::{Jieba, TokenizeMode};

use crate::{ScriptConverter, SimplifiedView};

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

/// The word at characters `start..end`, found at bytes `sbytes` of the simplified view.
fn word<'s>(
    view: &'s SimplifiedView<'_>,
    start: usize,
    end: usize,
    sbytes: (usize, usize),
) -> Word<'s> {
    let range = view.original_range(sbytes.0..sbytes.1);
    Word {
        text: view.original().get(range.clone()).unwrap_or(""),
        simplified: view.simplified().get(sbytes.0..sbytes.1).unwrap_or(""),
        start,
        end,
        byte_start: range.start,
        byte_end: range.end,
    }
}

fn view_of<'a>(text: &'a str, converter: Option<&ScriptConverter>) -> SimplifiedView<'a> {
    match converter {
        Some(c) => SimplifiedView::new(text, c),
        None => SimplifiedView::identity(text),
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

    /// Loads the model that tags the words the dictionary does not hold (jieba's
    /// part-of-speech HMM, about 35 ms), which otherwise loads at the first such word.
    /// It needs no dictionary, so start-up can run this beside [`Segmenter::new`].
    pub fn preload_unknown_word_tags() {
        // with an empty dictionary every Chinese character is an unknown word
        let _ = Jieba::empty().tag("嘎", false);
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
        let view = view_of(text, converter);
        let mode = if search {
            TokenizeMode::Search
        } else {
            TokenizeMode::Default
        };
        for t in self.jieba.tokenize(view.simplified(), mode, true) {
            f(word(&view, t.start, t.end, (t.byte_start, t.byte_end)));
        }
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
        for t in self.jieba.tag(view.simplified(), true) {
            let word = word(&view, t.start, t.end, (t.byte_start, t.byte_end));
            f(TaggedWord { word, tag: t.tag });
        }
    }

    /// The dictionary's part-of-speech tag for `word` (simplified), when the dictionary
    /// holds it as one word: `Some("n")` for `冲锋舟`, `None` for `吴德顺`.
    pub fn dictionary_tag(&self, word: &str) -> Option<String> {
        if !self.jieba.has_word(word) {
            return None;
        }
        let mut tags = Vec::new();
        for t in self.jieba.tag(word, true) {
            tags.push(t.tag);
        }
        match tags.as_slice() {
            [tag] => Some(tag.to_string()),
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
    fn tags_people_and_places() {
        let r = Resources::global();
        let mut tags = Vec::new();
        r.segmenter().for_each_tagged("习近平在北京", None, |t| {
            tags.push((t.word.text.to_string(), t.tag.to_string()))
        });
        assert!(tags.contains(&("北京".to_string(), "ns".to_string())));
    }
}
