//! The words of a query's text: what must match, and how.

use tantivy::Term;
use tantivy::query::{PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::Token;

use super::forward_only::ForwardOnly;
use super::natural::is_stopword;
use crate::tokenizer::is_han;

/// The length of a term in characters.
pub(super) fn chars(token: &Token) -> usize {
    token.text.chars().count()
}

/// True when a term is all Chinese characters.
pub(super) fn all_han(token: &Token) -> bool {
    token.text.chars().all(is_han)
}

/// A plain cut of `words` (in text order, as the tokenizer gives them): at each
/// position not yet covered, the longest word starting there (the index also holds its
/// sub-words, so a query word matches itself and any longer word it is part of).
pub(super) fn plain_cut(words: &[Token]) -> Vec<&Token> {
    let mut cut: Vec<&Token> = Vec::new();
    let mut covered = 0;
    for (n, word) in words.iter().enumerate() {
        // words starting at one place come shortest first
        let longest_here = (words.get(n + 1)).is_none_or(|next| next.position != word.position);
        if longest_here && word.position >= covered {
            covered = word.position + chars(word);
            cut.push(word);
        }
    }
    cut
}

/// A stretch of a query's text that an all-words query requires.
pub(super) struct Stretch<'w> {
    /// Where it starts, in characters.
    pub(super) start: usize,
    /// Where it ends, in characters.
    pub(super) end: usize,
    /// Its text when it is one word; `None` for Chinese characters joined around lone
    /// ones.
    pub(super) word: Option<&'w str>,
}

impl Stretch<'_> {
    /// True when it must match as pairs of characters in a row: joined characters, or
    /// one word of three Chinese characters or more (found inside longer words too).
    pub(super) fn as_pairs(&self) -> bool {
        self.word
            .is_none_or(|w| self.end - self.start >= 3 && w.chars().all(is_han))
    }
}

/// The stretches of a plain cut: each word, except that a lone Chinese character
/// (`议` in `议|召开`) goes with the words beside it, since the index holds it alone
/// only where the segmenter cut it alone.
pub(super) fn stretches<'w>(cut: &[&'w Token]) -> Vec<Stretch<'w>> {
    let lone = |t: &Token| chars(t) == 1 && all_han(t) && !is_stopword(&t.text);
    let mut out: Vec<Stretch<'w>> = Vec::new();
    let mut last_lone = false;
    for word in cut {
        let (start, end) = (word.position, word.position + chars(word));
        match out.last_mut() {
            Some(last)
                if last.end == start
                    && all_han(word)
                    && last.word.is_none_or(|t| t.chars().all(is_han))
                    && (last_lone || lone(word)) =>
            {
                (last.end, last.word) = (end, None);
            }
            _ => out.push(Stretch {
                start,
                end,
                word: Some(word.text.as_str()),
            }),
        }
        last_lone = lone(word);
    }
    out
}

/// `terms` (position, text) in a row in `field`; `None` when there are none.
pub(super) fn in_a_row(field: Field, mut terms: Vec<(usize, &str)>) -> Option<Box<dyn Query>> {
    terms.sort_by_key(|(p, _)| *p);
    terms.dedup_by_key(|(p, _)| *p);
    let base = terms.first()?.0;
    let mut terms: Vec<(usize, Term)> = (terms.into_iter())
        .map(|(p, w)| (p - base, Term::from_field_text(field, w)))
        .collect();
    if terms.len() == 1 {
        let (_, term) = terms.pop()?;
        let q = TermQuery::new(term, IndexRecordOption::WithFreqsAndPositions);
        return Some(Box::new(q));
    }
    let phrase: Box<dyn Query> = Box::new(PhraseQuery::new_with_offset(terms));
    Some(Box::new(ForwardOnly(phrase)))
}
