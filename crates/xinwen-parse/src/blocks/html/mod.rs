//! HTML pages: one block per block-level element, `<br>` splitting lines.
//!
//! The page is read by the HTML tokenizer in one pass, without building a tree: a state
//! machine ([`builder`]) keeps the open elements (for tag paths, links and the implicit
//! ends of `<p>`, `<li>`, `<td>`), so any page, however badly nested, takes time linear
//! in its length.

mod builder;
mod events;
mod json_ld;
mod scan;
mod script;
mod tags;

use std::cell::RefCell;

use html5ever::TokenizerResult;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer,
};

use super::{Element, RawBlock};
use builder::Builder;
use events::Events;
use tags::{Content, content_of};

/// The `<title>`, `<meta>` pairs and element table of a document.
pub(crate) struct HtmlHead {
    pub(crate) title: Option<String>,
    pub(crate) meta: Vec<(String, String)>,
    pub(crate) elements: Vec<Element>,
}

/// html5ever's sink: the events, and the input (to skip script text).
struct Sink<'i, E> {
    events: RefCell<E>,
    input: &'i BufferQueue,
    /// Whether script text is skipped ([`script`]) or read (the reference in tests).
    skip_scripts: bool,
}

fn attributes(tag: &Tag) -> Vec<(&str, &str)> {
    (tag.attrs.iter())
        .map(|a| (a.name.local.as_ref(), a.value.as_ref()))
        .collect()
}

impl<E: Events> TokenSink for Sink<'_, E> {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut events = self.events.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                // the tokenizer has lowered the ASCII letters of tag names already
                let name = &*tag.name;
                match tag.kind {
                    TagKind::StartTag => {
                        let attrs = attributes(&tag);
                        events.start(name, &attrs, tag.self_closing);
                        let json = tags::is_json_ld(&attrs);
                        if self.skip_scripts && name == "script" && !tag.self_closing && !json {
                            script::skip(self.input);
                        }
                        // tell the tokenizer how to read the content of this element
                        return match content_of(name, tag.self_closing) {
                            Content::Markup => TokenSinkResult::Continue,
                            Content::Script => TokenSinkResult::RawData(RawKind::ScriptData),
                            Content::Rawtext => TokenSinkResult::RawData(RawKind::Rawtext),
                            Content::Rcdata => TokenSinkResult::RawData(RawKind::Rcdata),
                            Content::Plaintext => TokenSinkResult::Plaintext,
                        };
                    }
                    TagKind::EndTag => events.end(name),
                }
            }
            Token::CharacterTokens(text) => events.text(&text),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Splits an HTML document into blocks and reads its `<title>`, `<meta>` pairs and
/// element table: with the fast reader ([`scan`]), or html5ever where it gives up.
pub(crate) fn html_blocks(html: &str) -> (Vec<RawBlock>, HtmlHead) {
    let mut builder = Builder::default();
    if scan::scan(html, &mut builder).is_err() {
        builder = tokenize(html, true, Builder::default());
    }
    finish(builder)
}

/// Whether both readers give `html` the same blocks and head (`None`: the fast reader
/// leaves it to html5ever).
pub(crate) fn html_readers_agree(html: &str) -> Option<bool> {
    let mut builder = Builder::default();
    scan::scan(html, &mut builder).ok()?;
    let (blocks, head) = finish(builder);
    let (reference, reference_head) = finish(tokenize(html, false, Builder::default()));
    Some(
        blocks == reference
            && head.title == reference_head.title
            && head.meta == reference_head.meta
            && head.elements == reference_head.elements,
    )
}

/// The events of `html` as html5ever's tokenizer gives them, skipping script text or
/// reading it through the tokenizer.
fn tokenize<E: Events>(html: &str, skip_scripts: bool, events: E) -> E {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let sink = Sink {
        events: RefCell::new(events),
        input: &input,
        skip_scripts,
    };
    let tokenizer = Tokenizer::new(sink, Default::default());
    while let TokenizerResult::Script(()) = tokenizer.feed(&input) {}
    tokenizer.end();
    tokenizer.sink.events.into_inner()
}

/// The blocks and head the builder made.
fn finish(mut builder: Builder) -> (Vec<RawBlock>, HtmlHead) {
    builder.flush(false);
    let title = (builder.title.take())
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty());
    let head = HtmlHead {
        title,
        meta: std::mem::take(&mut builder.meta),
        elements: std::mem::take(&mut builder.elements),
    };
    (builder.blocks, head)
}

#[cfg(test)]
mod tests;
