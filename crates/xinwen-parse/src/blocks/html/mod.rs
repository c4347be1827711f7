//! HTML pages: one block per block-level element, `<br>` splitting lines.
//!
//! The page is read by the HTML tokenizer in one pass, without building a tree: a state
//! machine ([`builder`]) keeps the open elements (for tag paths, links and the implicit
//! ends of `<p>`, `<li>`, `<td>`), so any page, however badly nested, takes time linear
//! in its length.

mod builder;
mod json_ld;
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

/// The `<title>`, `<meta>` pairs and element table of a document.
pub(crate) struct HtmlHead {
    pub(crate) title: Option<String>,
    pub(crate) meta: Vec<(String, String)>,
    pub(crate) elements: Vec<Element>,
}

/// The tokenizer's sink: the block builder, and the input (to skip script text).
struct Sink<'i> {
    builder: RefCell<Builder>,
    input: &'i BufferQueue,
    /// Whether script text is skipped ([`script`]) or read (the reference in tests).
    skip_scripts: bool,
}

fn attributes(tag: &Tag) -> Vec<(&str, &str)> {
    (tag.attrs.iter())
        .map(|a| (a.name.local.as_ref(), a.value.as_ref()))
        .collect()
}

impl TokenSink for Sink<'_> {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut b = self.builder.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                // the tokenizer has lowered the ASCII letters of tag names already
                let name = &*tag.name;
                match tag.kind {
                    TagKind::StartTag => {
                        let attrs = attributes(&tag);
                        b.start(name, &attrs, tag.self_closing);
                        let json = tags::is_json_ld(&attrs);
                        if self.skip_scripts && name == "script" && !tag.self_closing && !json {
                            script::skip(self.input);
                        }
                        // tell the tokenizer how to read the content of this element
                        if !tag.self_closing {
                            return match name {
                                "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                                "style" | "noscript" | "iframe" | "xmp" | "noembed"
                                | "noframes" => TokenSinkResult::RawData(RawKind::Rawtext),
                                "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
                                "plaintext" => TokenSinkResult::Plaintext,
                                _ => TokenSinkResult::Continue,
                            };
                        }
                    }
                    TagKind::EndTag => b.end(name),
                }
            }
            Token::CharacterTokens(text) => b.text(&text),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Splits an HTML document into blocks and reads its `<title>`, `<meta>` pairs and
/// element table.
pub(crate) fn html_blocks(html: &str) -> (Vec<RawBlock>, HtmlHead) {
    read(html, true)
}

/// [`html_blocks`], skipping script text or reading it through the tokenizer.
fn read(html: &str, skip_scripts: bool) -> (Vec<RawBlock>, HtmlHead) {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let sink = Sink {
        builder: RefCell::new(Builder::default()),
        input: &input,
        skip_scripts,
    };
    let tokenizer = Tokenizer::new(sink, Default::default());
    while let TokenizerResult::Script(()) = tokenizer.feed(&input) {}
    tokenizer.end();
    let mut builder = tokenizer.sink.builder.into_inner();
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
