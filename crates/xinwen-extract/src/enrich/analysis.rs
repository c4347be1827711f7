//! One analysis of the article text that every enricher shares.

use std::ops::Range;

use xinwen_chinese::{Lexicon, Resources, Segmenter};
use xinwen_core::Error;

/// A word of the text with its part-of-speech tag, in characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Character range in the text.
    pub range: Range<usize>,
    /// The jieba tag (`nr`, `ns`, `nt`, `v`, `n`, …).
    pub tag: &'static str,
    /// The word's class ([`TaggedWord::class`](xinwen_chinese::TaggedWord::class)).
    pub class: u8,
}

/// The article text, its simplified view (same character offsets), its words and its
/// sentences.
#[derive(Debug, Clone)]
pub struct Analysis<'r> {
    /// The characters of the text as written.
    pub chars: Vec<char>,
    /// The characters of its simplified view.
    pub simplified: Vec<char>,
    /// Words with tags, in order.
    pub tokens: Vec<Token>,
    /// Sentences (ranges ending after `。！？；` or a line break).
    pub sentences: Vec<Range<usize>>,
    /// The simplified view as one string, for regular expressions.
    pub simple_text: String,
    /// The byte offset in `simple_text` where each character starts.
    byte_starts: Vec<usize>,
    /// The word lists rules look for.
    pub lexicon: &'r Lexicon,
    /// Character ranges that credit people (`記者 付楊`): who is named there is no
    /// person of the story.
    pub credits: Vec<Range<usize>>,
}

/// Marks that end a sentence.
pub const SENTENCE_ENDS: &[char] = &['。', '！', '？', '；', '!', '?', ';', '\n'];

impl<'r> Analysis<'r> {
    /// Analyzes `text`.
    pub fn new(text: &str, resources: &'r Resources) -> Result<Self, Error> {
        let simple = resources.converter()?.to_simplified(text).into_owned();
        Self::with_simplified(text, simple, resources)
    }

    /// Analyzes `text`, whose simplified view `simple` is known already (it must have
    /// the same number of characters; else `text` stands for it).
    pub fn with_simplified(
        text: &str,
        simple: String,
        resources: &'r Resources,
    ) -> Result<Self, Error> {
        let lexicon = resources.lexicon()?;
        let chars: Vec<char> = text.chars().collect();
        let simplified: Vec<char> = simple.chars().collect();
        let (simplified, simple_text) = if simplified.len() == chars.len() {
            (simplified, simple)
        } else {
            (chars.clone(), text.to_string())
        };
        let mut tokens = Vec::new();
        let byte_starts = simple_text.char_indices().map(|(b, _)| b).collect();
        resources
            .segmenter()
            .for_each_tagged(&simple_text, None, |t| {
                tokens.push(Token {
                    range: t.word.start..t.word.end,
                    tag: t.tag,
                    class: t.class,
                });
            });
        let mut sentences = Vec::new();
        let mut start = 0;
        for (i, c) in chars.iter().enumerate() {
            if SENTENCE_ENDS.contains(c) {
                if i + 1 > start {
                    sentences.push(start..i + 1);
                }
                start = i + 1;
            }
        }
        if start < chars.len() {
            sentences.push(start..chars.len());
        }
        Ok(Analysis {
            chars,
            simplified,
            tokens,
            sentences,
            simple_text,
            byte_starts,
            lexicon,
            credits: Vec::new(),
        })
    }

    /// The same analysis, knowing the ranges of the text that credit people.
    pub fn with_credits(mut self, credits: Vec<Range<usize>>) -> Self {
        self.credits = credits;
        self
    }

    /// The character offset of byte offset `byte` of [`simple_text`](Self::simple_text)
    /// (a match boundary of a regular expression run over it).
    pub fn char_at_byte(&self, byte: usize) -> usize {
        self.byte_starts.partition_point(|&b| b < byte)
    }

    /// The original characters of `range`.
    pub fn original(&self, range: Range<usize>) -> String {
        self.chars.get(range).unwrap_or_default().iter().collect()
    }

    /// The simplified characters of `range`.
    pub fn simple(&self, range: Range<usize>) -> String {
        self.simplified
            .get(range)
            .unwrap_or_default()
            .iter()
            .collect()
    }

    /// The simplified characters of `range`, borrowed from the simplified text.
    pub fn simple_slice(&self, range: Range<usize>) -> &str {
        let byte =
            |at: usize| (self.byte_starts.get(at).copied()).unwrap_or(self.simple_text.len());
        self.simple_text
            .get(byte(range.start)..byte(range.end))
            .unwrap_or("")
    }

    /// The token covering character `at`.
    pub fn token_at(&self, at: usize) -> Option<&Token> {
        let k = self.tokens.partition_point(|t| t.range.end <= at);
        self.tokens.get(k).filter(|t| t.range.start <= at)
    }

    /// The tokens lying wholly inside `range`, in order.
    pub fn tokens_within(&self, range: Range<usize>) -> &[Token] {
        let first = self.tokens.partition_point(|t| t.range.start < range.start);
        let rest = self.tokens.get(first..).unwrap_or_default();
        let n = rest.partition_point(|t| t.range.end <= range.end);
        &rest[..n]
    }

    /// The token ending right before character `at`.
    pub fn token_ending(&self, at: usize) -> Option<&Token> {
        at.checked_sub(1)
            .and_then(|last| self.token_at(last))
            .filter(|t| t.range.end == at)
    }

    /// The index of the token that starts at character `at`, if one does.
    pub fn token_starting(&self, at: usize) -> Option<usize> {
        self.tokens
            .binary_search_by_key(&at, |t| t.range.start)
            .ok()
    }

    /// True when a word of `segmenter`'s dictionary runs across character boundary `at`
    /// (`提|香炉`); a word the segmenter made up of what it did not know does not count
    /// (`据施|一公`).
    pub fn dictionary_word_across(&self, at: usize, segmenter: &Segmenter) -> bool {
        (self.token_at(at)).is_some_and(|t| {
            t.range.start < at && segmenter.has_word(self.simple_slice(t.range.clone()))
        })
    }

    /// True when a word starts at character `at` (or `at` is the end).
    pub fn is_word_start(&self, at: usize) -> bool {
        at >= self.chars.len() || self.token_starting(at).is_some()
    }

    /// Every place the simplified text holds each of `needles` (simplified, distinct), as
    /// character ranges in order, overlaps included: one pass over the text for all of
    /// them.
    pub fn find_each(&self, needles: &[String]) -> Vec<Vec<Range<usize>>> {
        super::needles::find_each(&self.simplified, needles)
    }
}

pub use xinwen_chinese::is_han;
