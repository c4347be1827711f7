//! The terms of one text, handed to tantivy one by one.

use tantivy::tokenizer::{Token, TokenStream};

use super::cut::{Cut, Span, in_text_order};

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
