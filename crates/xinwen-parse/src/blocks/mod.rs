//! A page as a list of blocks: lines of a text page, block-level elements of an HTML page.

mod html;
mod text;

pub(crate) use html::{html_blocks, html_readers_agree};
pub(crate) use text::text_blocks;

use std::ops::Range;

use xinwen_core::Script;

use crate::normalize::{ChangeCounts, SpanFlag};

/// Whether a page came as plain text or as HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageKind {
    /// Plain text: one block per line.
    Text,
    /// HTML: one block per block-level element or `<br>`-separated line.
    Html,
}

/// What a block is, as far as its markup tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// A line of a text page, a `<p>`, or text directly in a container.
    Paragraph,
    /// `<h1>`…`<h6>`, with its level.
    Heading(u8),
    /// `<li>`, `<dt>`, `<dd>`.
    ListItem,
    /// `<td>`, `<th>`.
    TableCell,
    /// `<figcaption>`.
    Caption,
}

/// One block of a page, normalized, with the features extraction needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The normalized text.
    pub text: String,
    /// The simplified view of `text` (same characters, same offsets), when it differs
    /// from `text`; see [`Block::simple`].
    pub simplified: Option<String>,
    /// The text as decoded, before normalization.
    pub raw: String,
    /// For each character of `text`, the index of the character of `raw` it came from,
    /// plus one entry for the end.
    pub origin: Vec<usize>,
    /// Suspect spans in `text` (character ranges).
    pub flags: Vec<SpanFlag>,
    /// What the markup says the block is.
    pub kind: BlockKind,
    /// The innermost elements around the block (`div#content.article>p`); empty for
    /// text pages.
    pub tag_path: String,
    /// The innermost element around the block, an index into [`Page::elements`]
    /// (`None` for text pages).
    pub element: Option<usize>,
    /// Characters of `raw` inside links.
    pub link_chars: usize,
    /// Index of the block in the page.
    pub position: usize,
    /// True when the block follows a blank line (text pages) or a line break inside
    /// the same element (HTML `<br>`).
    pub blank_before: bool,
}

impl Block {
    /// The text in simplified script: what rules match, with the character offsets of
    /// `text`.
    pub fn simple(&self) -> &str {
        self.simplified.as_deref().unwrap_or(&self.text)
    }

    /// The part of `text` that the byte range `range` of [`simple`](Block::simple)
    /// covers (the same characters, as written).
    ///
    /// ```
    /// let page = xinwen_parse::parse_text("記者 付楊").unwrap();
    /// let block = &page.blocks[0];
    /// let at = block.simple().find("付杨").unwrap();
    /// assert_eq!(block.original_of(at..at + "付杨".len()), "付楊");
    /// ```
    pub fn original_of(&self, range: Range<usize>) -> &str {
        xinwen_chinese::original_slice(&self.text, self.simple(), range)
    }

    /// The number of characters of the normalized text.
    pub fn char_len(&self) -> usize {
        self.origin.len().saturating_sub(1)
    }

    /// The share of the raw text that sits inside links (0 for text pages).
    pub fn link_density(&self) -> f64 {
        if self.link_chars == 0 {
            return 0.0; // (most blocks: no count of the text then)
        }
        let total = self.raw.chars().count().max(1);
        self.link_chars as f64 / total as f64
    }
}

/// An element of an HTML page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// Tag name with id and up to three classes: `div#content.article`.
    pub label: String,
    /// The enclosing element, an index into [`Page::elements`].
    pub parent: Option<usize>,
}

/// A decoded, normalized page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Text or HTML.
    pub kind: PageKind,
    /// The detected input encoding (`utf-8`, `gb18030`, `big5`, …).
    pub encoding: &'static str,
    /// True when some input bytes were invalid in that encoding.
    pub malformed: bool,
    /// NUL bytes dropped from the input before decoding.
    pub nul_bytes: usize,
    /// The blocks in page order.
    pub blocks: Vec<Block>,
    /// The `<title>` of an HTML page.
    pub html_title: Option<String>,
    /// `<meta>` name (or property, itemprop) → content pairs of an HTML page, names
    /// lowercased, in page order.
    pub meta: Vec<(String, String)>,
    /// The elements of an HTML page that hold blocks, each with its parent: the tree
    /// that content detection scores (empty for text pages).
    pub elements: Vec<Element>,
    /// The script of the page's text.
    pub script: Script,
    /// How many changes each normalization step made.
    pub changes: ChangeCounts,
}

impl Page {
    /// The elements enclosing `element`, innermost first, starting with itself.
    pub fn ancestors(&self, element: usize) -> impl Iterator<Item = usize> + '_ {
        let mut next = Some(element).filter(|&e| e < self.elements.len());
        std::iter::from_fn(move || {
            let current = next?;
            next = self.elements.get(current).and_then(|e| e.parent);
            Some(current)
        })
    }

    /// The content of the first `<meta>` whose name is one of `names`.
    pub fn meta_content(&self, names: &[&str]) -> Option<&str> {
        names.iter().find_map(|name| {
            (self.meta.iter())
                .find(|(n, c)| n == name && !c.trim().is_empty())
                .map(|(_, c)| c.trim())
        })
    }
}

/// A block before normalization, as the text and HTML splitters produce it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RawBlock {
    pub(crate) raw: String,
    pub(crate) kind: BlockKind,
    pub(crate) tag_path: String,
    pub(crate) element: Option<usize>,
    pub(crate) link_chars: usize,
    pub(crate) blank_before: bool,
}

/// Blocks longer than this many bytes are cut (at a character boundary) so that a
/// pathological input (a 50 MB line) stays linear to process.
pub(crate) const MAX_BLOCK_BYTES: usize = 1 << 20;

/// Cuts `text` into pieces of at most [`MAX_BLOCK_BYTES`].
pub(crate) fn cut_long(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut end = rest.len().min(MAX_BLOCK_BYTES);
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let (head, tail) = rest.split_at(end);
        rest = tail;
        Some(head)
    })
}
