//! The terms of one text, handed to tantivy one by one.

use tantivy::tokenizer::{Token, TokenStream};

use super::{Cut, Span};

/// The words and pairs of `cut` in one list in text order (by start, then end), each
/// text at each place once.
pub(super) fn in_text_order(cut: &Cut) -> Vec<Span> {
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

/// The tokens of one text, handed out one by one; one token is reused for all, so
/// tokenizing allocates nothing per term.
pub struct ChineseTokenStream {
    cut: Cut,
    order: Vec<Span>,
    next: usize,
    token: Token,
}

impl ChineseTokenStream {
    pub(super) fn new(cut: Cut) -> Self {
        ChineseTokenStream {
            order: in_text_order(&cut),
            cut,
            next: 0,
            token: Token::default(),
        }
    }
}

impl TokenStream for ChineseTokenStream {
    fn advance(&mut self) -> bool {
        let Some(span) = self.order.get(self.next) else {
            return false;
        };
        self.next += 1;
        self.token.offset_from = span.from;
        self.token.offset_to = span.to;
        self.token.position = span.position;
        self.token.position_length = 1;
        self.token.text.clear();
        self.token.text.push_str(self.cut.text_of(span));
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}
