//! The terms of one text, their texts kept in one buffer.

use tantivy::tokenizer::Token;

/// One term: its bytes in the original, its position in characters, and its text as
/// bytes of [`Cut::texts`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    pub(crate) from: usize,
    pub(crate) to: usize,
    pub(crate) position: usize,
    pub(crate) text: (usize, usize),
}

/// The terms of a text, their texts kept in one buffer (no allocation per term).
#[derive(Debug, Default)]
pub(crate) struct Cut {
    pub(crate) texts: String,
    pub(crate) words: Vec<Span>,
    pub(crate) pairs: Vec<Span>,
}

impl Cut {
    pub(crate) fn span(&mut self, text: &str, from: usize, to: usize, at: usize) -> Span {
        let start = self.texts.len();
        self.texts.push_str(text);
        let text = (start, self.texts.len());
        Span {
            from,
            to,
            position: at,
            text,
        }
    }

    /// The span of a pair of characters.
    pub(crate) fn pair(&mut self, pair: [char; 2], from: usize, to: usize, at: usize) -> Span {
        let start = self.texts.len();
        self.texts.extend(pair);
        Span {
            from,
            to,
            position: at,
            text: (start, self.texts.len()),
        }
    }

    pub(crate) fn text_of(&self, span: &Span) -> &str {
        self.texts.get(span.text.0..span.text.1).unwrap_or("")
    }

    pub(crate) fn token(&self, span: &Span) -> Token {
        Token {
            offset_from: span.from,
            offset_to: span.to,
            position: span.position,
            text: self.text_of(span).to_string(),
            position_length: 1,
        }
    }
}

/// The words and pairs of `cut` in one list in text order (by start, then end), each
/// text at each place once.
pub(crate) fn in_text_order(cut: &Cut) -> Vec<Span> {
    let mut merged: Vec<Span> = Vec::with_capacity(cut.words.len() + cut.pairs.len());
    let (mut words, mut pairs) = (cut.words.iter().peekable(), cut.pairs.iter().peekable());
    let key = |s: &Span| (s.from, s.to);
    loop {
        let next = match (words.peek(), pairs.peek()) {
            (Some(w), Some(p)) if key(w) <= key(p) => words.next(),
            (_, Some(_)) => pairs.next(),
            (Some(_), None) => words.next(),
            (None, None) => break,
        };
        let Some(span) = next else { break };
        let repeated = merged.last().is_some_and(|last| {
            last.position == span.position && cut.text_of(last) == cut.text_of(span)
        });
        if !repeated {
            merged.push(*span);
        }
    }
    merged
}
