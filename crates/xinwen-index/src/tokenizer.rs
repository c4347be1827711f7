//! The Chinese tokenizer of the index.

use tantivy::tokenizer::{Token, Tokenizer};
use xinwen_chinese::{Resources, ScriptConverter, Segmenter, Word};
use xinwen_core::Error;

mod cut;
mod stream;
#[cfg(test)]
mod tests;

pub use stream::ChineseTokenStream;

use cut::Cut;

/// The name the tokenizer is registered under in every xinwen index.
pub const TOKENIZER_NAME: &str = "xinwen_chinese";

/// Segments text into terms for the index:
///
/// 1. traditional text is converted to simplified before segmenting (so a query in
///    either script finds both);
/// 2. the segmenter cuts words in search mode: long words also yield their dictionary
///    sub-words (`检查指导` → `检查`, `指导`, `检查指导`);
/// 3. every two adjacent Chinese characters also make a term (`查指`), so a name the
///    dictionary does not know, or a phrase cut differently here than in the query,
///    is still found;
/// 4. Latin letters are lowercased (full-width letters and digits made half-width),
///    numbers kept, punctuation and spaces dropped.
///
/// Offsets are byte offsets into the original text, so snippets highlight the
/// characters as written. Positions are character offsets of each term's start, so a
/// phrase matches whatever words the segmenter cut it into, as long as they line up
/// character by character. Terms come in text order (by start, then end).
#[derive(Clone, Copy)]
pub struct ChineseTokenizer {
    segmenter: &'static Segmenter,
    converter: &'static ScriptConverter,
}

/// The terms of a text by kind, each kind in text order.
pub(crate) struct Terms {
    /// Words (search mode: sub-words too) and runs of letters or digits.
    pub(crate) words: Vec<Token>,
    /// Pairs of adjacent Chinese characters.
    pub(crate) pairs: Vec<Token>,
}

/// A Chinese character of the text: its simplified form, where its bytes are in the
/// original, and whether a two-character word starts on it (then that word is its
/// pair's term).
#[derive(Clone, Copy)]
struct HanChar {
    simplified: char,
    from: usize,
    len: u8,
    pair_is_word: bool,
}

impl ChineseTokenizer {
    /// A tokenizer over the process-wide resources.
    pub fn new() -> Result<Self, Error> {
        let resources = Resources::global();
        Ok(ChineseTokenizer {
            segmenter: resources.segmenter(),
            converter: resources.converter()?,
        })
    }

    /// The terms of `text`, as the index sees them, in text order.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let cut = self.cut(text, false);
        let order = cut::in_text_order(&cut);
        order.iter().map(|s| cut.token(s)).collect()
    }

    /// The words of `text` and its pairs of Chinese characters; with `every_pair`
    /// unset, pairs that are also a two-character word are left out.
    pub(crate) fn terms(&self, text: &str, every_pair: bool) -> Terms {
        let cut = self.cut(text, every_pair);
        Terms {
            words: cut.words.iter().map(|s| cut.token(s)).collect(),
            pairs: cut.pairs.iter().map(|s| cut.token(s)).collect(),
        }
    }

    fn cut(&self, text: &str, every_pair: bool) -> Cut {
        let mut cut = Cut {
            texts: String::with_capacity(text.len() * 2),
            words: Vec::with_capacity(text.len() / 4),
            pairs: Vec::with_capacity(text.len() / 3),
        };
        // by character position; `None` where the character is not Chinese
        let mut han: Vec<Option<HanChar>> = Vec::with_capacity(text.len() / 3);
        // where a two-character word starts (its characters may not be noted yet)
        let mut pair_words = Vec::new();
        let mut run = Run::default();
        self.segmenter
            .for_each_word(text, true, Some(self.converter), |w| {
                note_han_chars(&mut han, &w);
                if !w.simplified.chars().all(is_han) {
                    run.extend(&mut cut, &w);
                    return;
                }
                run.end_into(&mut cut);
                if w.end == w.start + 2 {
                    pair_words.push(w.start);
                }
                let span = cut.span(w.simplified, w.byte_start, w.byte_end, w.start);
                cut.words.push(span);
            });
        run.end_into(&mut cut);
        for at in pair_words {
            if let Some(Some(c)) = han.get_mut(at) {
                c.pair_is_word = true;
            }
        }
        // search mode gives sub-words before their word: nearly in order already
        cut.words.sort_by_key(|s| (s.from, s.to));
        for (position, pair) in han.windows(2).enumerate() {
            if let [Some(a), Some(b)] = pair
                && (every_pair || !a.pair_is_word)
            {
                let to = b.from + usize::from(b.len);
                let span = cut.pair([a.simplified, b.simplified], a.from, to, position);
                cut.pairs.push(span);
            }
        }
        cut
    }
}

/// Notes where the Chinese characters of `word` are, for the character pairs. Sub-words
/// are left to the word they are part of: the other words tile the text, so each
/// character is read once.
fn note_han_chars(han: &mut Vec<Option<HanChar>>, word: &Word<'_>) {
    if word.inside {
        return;
    }
    if han.len() < word.end {
        han.resize(word.end, None);
    }
    let Some(slots) = han.get_mut(word.start..word.end) else {
        return;
    };
    let note = |slot: &mut Option<HanChar>, byte: usize, original: char, simplified: char| {
        if is_han(simplified) {
            *slot = Some(HanChar {
                simplified,
                from: word.byte_start + byte,
                len: u8::try_from(original.len_utf8()).unwrap_or(4),
                pair_is_word: false,
            });
        }
    };
    if word.text == word.simplified {
        for ((byte, c), slot) in word.text.char_indices().zip(slots) {
            note(slot, byte, c, c);
        }
    } else {
        let chars = word.text.char_indices().zip(word.simplified.chars());
        for (((byte, original), simplified), slot) in chars.zip(slots) {
            note(slot, byte, original, simplified);
        }
    }
}

/// A run of letters and digits, or of Chinese characters in a word that mixes scripts
/// (`COVID-19`, `5G网络`), growing across words: the segmenter cuts full-width
/// letters (`ＣＯＶＩＤ`) one by one.
#[derive(Default)]
struct Run {
    text: String,
    from: usize,
    to: usize,
    position: usize,
    end: usize,
}

impl Run {
    /// Adds the characters of `w` to the run, or ends it and starts another.
    fn extend(&mut self, cut: &mut Cut, w: &Word<'_>) {
        let chars = w.text.char_indices().zip(w.simplified.chars()).enumerate();
        for (n, ((byte, original), simplified)) in chars {
            let c = half_width(simplified);
            let (position, from) = (w.start + n, w.byte_start + byte);
            let joins = position == self.end
                && c.is_alphanumeric()
                && (self.text.chars().last()).is_some_and(|last| is_han(last) == is_han(c));
            if !joins {
                self.end_into(cut);
            }
            if c.is_alphanumeric() {
                if self.text.is_empty() {
                    (self.from, self.position) = (from, position);
                }
                self.text.extend(c.to_lowercase());
                (self.to, self.end) = (from + original.len_utf8(), position + 1);
            }
        }
    }

    /// Ends the run: its term goes to the words of `cut`.
    fn end_into(&mut self, cut: &mut Cut) {
        if !self.text.is_empty() {
            let span = cut.span(&self.text, self.from, self.to, self.position);
            cut.words.push(span);
            self.text.clear();
        }
    }
}

/// The ASCII form of a full-width letter, digit or sign (`Ａ` → `A`); other characters
/// as they are.
pub(crate) fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// True for a Chinese character (the CJK unified ideograph blocks).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

impl std::fmt::Debug for ChineseTokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ChineseTokenizer")
    }
}

impl Tokenizer for ChineseTokenizer {
    type TokenStream<'a> = ChineseTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ChineseTokenStream {
        ChineseTokenStream::new(self.cut(text, false))
    }
}
