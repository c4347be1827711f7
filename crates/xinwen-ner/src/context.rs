//! What the feature templates look at: the characters of a sentence, its jieba words
//! with their part-of-speech tags, surnames, and optional dictionary matches.

use xinwen_chinese::{Lexicon, Segmenter, Surnames, char_class};

use crate::chars::{BOS, CharClass, EOS, fold_width, shape};
use crate::hash::str_key;
use crate::org_ending::is_org_ending;
use crate::span::NerKind;

/// A dictionary of names (a place gazetteer, a list of organizations) whose matches
/// become features. The shipped model is trained without one; a model trained with a
/// dictionary must be used with the same dictionary.
pub trait NameDictionary: Sync {
    /// Calls `found(len, kind)` for each entry that starts at `chars[start]` and spans
    /// `len` characters. `chars` are simplified and width-folded.
    fn entries_at(&self, chars: &[char], start: usize, found: &mut dyn FnMut(usize, NerKind));
}

/// The language resources a context is built with.
#[derive(Debug, Clone, Copy)]
pub struct Tools<'a> {
    /// Words and their part-of-speech tags.
    pub segmenter: &'a Segmenter,
    /// Surnames.
    pub surnames: &'a Surnames,
    /// The word lists of the features (`ner/`, `numbers/`).
    pub words: &'a Lexicon,
}

/// One jieba word of the sentence.
#[derive(Debug, Clone)]
pub struct WordInfo {
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last.
    pub end: usize,
    /// The jieba part-of-speech tag.
    pub tag: &'static str,
    /// The word (simplified, width-folded).
    pub text: String,
    /// True when the word ends like an organization (`公安局`), computed once.
    pub org_ending: bool,
    /// The first and the last character of the word.
    pub first: char,
    /// See `first`.
    pub last: char,
    /// [`str_key`] of the word.
    pub text_key: u64,
    /// [`str_key`] of the tag.
    pub tag_key: u64,
    /// The word's class ([`TaggedWord::class`](xinwen_chinese::TaggedWord::class)), 0
    /// when it has none.
    pub class: u64,
}

/// A dictionary match covering a character.
#[derive(Debug, Clone, Copy)]
pub struct LexiconHit {
    /// The kind of the entry.
    pub kind: NerKind,
    /// Position of the character in the match: 0 first, 1 inside, 2 last, 3 single.
    pub position: u8,
    /// Length of the match in characters (capped at 8).
    pub len: u8,
}

/// A sentence ready for feature extraction.
#[derive(Debug, Clone)]
pub struct Context {
    /// The characters, simplified and width-folded.
    pub chars: Vec<char>,
    /// The characters as n-gram features see them (digits as `0`, Latin letters as `a`).
    pub shapes: Vec<char>,
    /// The class code of each character ([`crate::CharClass::code`]).
    pub classes: Vec<char>,
    /// The class of each character ([`char_class`]).
    pub char_classes: Vec<u8>,
    /// The jieba words in order.
    pub words: Vec<WordInfo>,
    /// For each character, the index of its word in `words`.
    pub word_of: Vec<usize>,
    /// For each character, the length of the surname starting there (0, 1 or 2).
    pub surname: Vec<u8>,
    /// For each character, the dictionary matches covering it.
    pub lexicon: Vec<Vec<LexiconHit>>,
}

/// A word of a sentence cut beforehand (by [`Segmenter::for_each_tagged`] over the same
/// text): its character range in the sentence and its tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CutWord {
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last.
    pub end: usize,
    /// The jieba part-of-speech tag.
    pub tag: &'static str,
    /// The word's class ([`TaggedWord::class`](xinwen_chinese::TaggedWord::class)).
    pub class: u8,
}

impl Context {
    /// Builds the context of `simplified` (text already in simplified script).
    pub fn new(
        simplified: &str,
        tools: &Tools<'_>,
        dictionary: Option<&dyn NameDictionary>,
    ) -> Context {
        Context::with_cut(simplified, tools, dictionary, None)
    }

    /// Builds the context of `simplified` with its words cut beforehand: `cut`, when it
    /// covers the sentence word after word and width folding changes no character the
    /// segmenter joins into words (a full-width `，` stays a word of its own as `,` does;
    /// a folded digit or letter may cut otherwise), saves cutting the sentence again;
    /// otherwise the sentence is cut here.
    pub fn with_cut(
        simplified: &str,
        tools: &Tools<'_>,
        dictionary: Option<&dyn NameDictionary>,
        cut: Option<&[CutWord]>,
    ) -> Context {
        let Tools {
            segmenter,
            surnames,
            words: lists,
        } = *tools;
        let folded: String = simplified.chars().map(fold_width).collect();
        let chars: Vec<char> = folded.chars().collect();
        let n = chars.len();
        let shapes = chars.iter().map(|&c| shape(c)).collect();
        let classes = chars
            .iter()
            .map(|&c| CharClass::of(c, lists).code())
            .collect();
        let char_classes = chars.iter().map(|&c| char_class(c)).collect();
        let mut words = Vec::new();
        let mut word_of = vec![0; n];
        let mut add = |start: usize, end: usize, tag: &'static str, class: u8, text: &str| {
            for w in word_of.get_mut(start..end).unwrap_or_default() {
                *w = words.len();
            }
            words.push(WordInfo {
                start,
                end,
                tag,
                text: text.to_string(),
                org_ending: is_org_ending(text, lists),
                first: text.chars().next().unwrap_or(BOS),
                last: text.chars().last().unwrap_or(EOS),
                text_key: str_key(text),
                tag_key: str_key(tag),
                class: u64::from(class),
            });
        };
        match cut.filter(|cut| folds_apart(simplified) && covers(cut, n)) {
            Some(cut) => {
                let starts: Vec<usize> = folded.char_indices().map(|(b, _)| b).collect();
                let byte = |at: usize| starts.get(at).copied().unwrap_or(folded.len());
                for w in cut {
                    add(
                        w.start,
                        w.end,
                        w.tag,
                        w.class,
                        folded.get(byte(w.start)..byte(w.end)).unwrap_or(""),
                    );
                }
            }
            None => segmenter.for_each_tagged(&folded, None, |t| {
                let (start, end) = (t.word.start.min(n), t.word.end.min(n));
                add(start, end.max(start), t.tag, t.class, t.word.simplified);
            }),
        }
        if words.is_empty() {
            words.push(WordInfo {
                start: 0,
                end: n,
                tag: "x",
                text: folded.clone(),
                org_ending: false,
                first: folded.chars().next().unwrap_or(BOS),
                last: folded.chars().last().unwrap_or(EOS),
                text_key: str_key(&folded),
                tag_key: str_key("x"),
                class: 0,
            });
        }
        let surname = folded
            .char_indices()
            .map(|(b, _)| folded.get(b..).map_or(0, |s| surnames.surname_len(s)) as u8)
            .collect();
        let mut hits = vec![Vec::new(); n];
        if let Some(dictionary) = dictionary {
            for start in 0..n {
                dictionary.entries_at(&chars, start, &mut |len, kind| {
                    let end = (start + len).min(n);
                    for (i, hit) in hits.iter_mut().enumerate().take(end).skip(start) {
                        let position = match (i == start, i + 1 == end) {
                            (true, true) => 3,
                            (true, false) => 0,
                            (false, true) => 2,
                            (false, false) => 1,
                        };
                        let len = len.min(8) as u8;
                        hit.push(LexiconHit {
                            kind,
                            position,
                            len,
                        });
                    }
                });
            }
        }
        Context {
            chars,
            shapes,
            classes,
            char_classes,
            words,
            word_of,
            surname,
            lexicon: hits,
        }
    }

    /// Number of characters.
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// True for an empty sentence.
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }
}

/// True when `cut` lays words end to end over `0..n`, none of them empty.
fn covers(cut: &[CutWord], n: usize) -> bool {
    let mut at = 0;
    for w in cut {
        if w.start != at || w.end <= w.start {
            return false;
        }
        at = w.end;
    }
    at == n
}

/// True when every character of `text` that width folding changes stays a word of its
/// own both before and after (punctuation, not a letter, digit, joiner or space), so
/// that the folded text cuts into the same words.
fn folds_apart(text: &str) -> bool {
    text.chars().all(|c| {
        let f = fold_width(c);
        f == c
            || !(f.is_ascii_alphanumeric()
                || f.is_whitespace()
                || matches!(f, '+' | '#' | '&' | '.' | '_' | '%' | '-'))
    })
}
