//! What a tokenizer tells of a page, as calls the block builder answers.

use super::builder::Builder;

/// What a tokenizer tells of the page: the block builder, or a recorder in tests.
pub(super) trait Events {
    /// A start tag, its name lowered, its attributes in order.
    fn start(&mut self, name: &str, attrs: &[(&str, &str)], self_closing: bool);
    /// An end tag.
    fn end(&mut self, name: &str);
    /// Text (one piece of it: the pieces of a text may come in several calls).
    fn text(&mut self, text: &str);
}

impl Events for Builder {
    fn start(&mut self, name: &str, attrs: &[(&str, &str)], self_closing: bool) {
        Builder::start(self, name, attrs, self_closing);
    }

    fn end(&mut self, name: &str) {
        Builder::end(self, name);
    }

    fn text(&mut self, text: &str) {
        Builder::text(self, text);
    }
}
