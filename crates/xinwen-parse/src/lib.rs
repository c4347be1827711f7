//! From the bytes of a crawled page to normalized text blocks.
//!
//! The stages, in order:
//!
//! 1. **read** ([`read`]): files, directories, stdin, JSONL collections, `.gz`/`.zst`,
//!    streamed as [`RawPage`]s; a page that cannot be read is an item, not the end.
//! 2. **decode** ([`mod@decode`]): byte-order mark, UTF-8, the declared charset checked
//!    against the bytes, detection (GB18030, Big5, …).
//! 3. **kind** ([`detect_kind`]): HTML or plain text.
//! 4. **blocks** ([`Block`]): lines of a text page; block-level elements of an HTML page
//!    with their tag path and link density; `<title>` and `<meta>`.
//! 5. **normalize** ([`normalize`]): the ordered [`normalize::PIPELINE`] over each block,
//!    keeping the way back to the decoded text.
//!
//! ```
//! use xinwen_parse::{parse_bytes, PageKind};
//!
//! let page = parse_bytes("洪慶檢查指導(dǎo)全市疫情防控工作\n\n2020年02月07日 18:25".as_bytes()).unwrap();
//! assert_eq!(page.kind, PageKind::Text);
//! assert_eq!(page.blocks[0].text, "洪慶檢查指導全市疫情防控工作");
//! assert_eq!(page.blocks[0].raw, "洪慶檢查指導(dǎo)全市疫情防控工作");
//! assert_eq!(page.changes["pinyin_annotations"], 1);
//! ```

mod blocks;
pub mod decode;
mod kind;
pub mod normalize;
pub mod read;

use xinwen_chinese::Resources;
use xinwen_core::{Error, Script};

pub use blocks::{Block, BlockKind, Element, Page, PageKind};

/// Whether the fast HTML reader and html5ever's tokenizer give `html` the same blocks,
/// title, meta pairs and element table; `None` when the fast reader leaves the page to
/// html5ever. For the differential tests and the `html` fuzz target.
#[doc(hidden)]
pub fn html_readers_agree(html: &str) -> Option<bool> {
    blocks::html_readers_agree(html)
}
pub use decode::{Decoded, decode};
pub use kind::detect_kind;
pub use read::{Content, Inputs, RawPage, ReadOptions};

use blocks::RawBlock;
use normalize::ChangeCounts;

/// Decodes and parses the bytes of one page.
pub fn parse_bytes(bytes: &[u8]) -> Result<Page, Error> {
    let decoded = decode(bytes)?;
    let page = parse_decoded(&decoded.text, decoded.encoding, decoded.malformed)?;
    Ok(Page {
        nul_bytes: decoded.nul_bytes,
        ..page
    })
}

/// Parses a page that is already text (detecting text or HTML).
///
/// ```
/// use xinwen_parse::{parse_text, PageKind};
///
/// let html = "<html><head><title>新闻</title></head><body>\
///     <div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">新闻</a></div>\
///     <p>4月8日,我市召开安全生产工作会议,,市长陈嘉树出席。</p>\
///     <script>var x = 1;</script></body></html>";
/// let page = parse_text(html).unwrap();
/// assert_eq!(page.kind, PageKind::Html);
/// assert_eq!(page.html_title.as_deref(), Some("新闻"));
/// let body = page.blocks.iter().find(|b| b.text.contains("会议")).unwrap();
/// assert_eq!(body.text, "4月8日,我市召开安全生产工作会议,市长陈嘉树出席。"); // `,,` repaired
/// assert!(page.blocks.iter().all(|b| !b.text.contains("var x")));     // scripts dropped
/// let nav = page.blocks.iter().find(|b| b.text.contains("首页")).unwrap();
/// assert!(nav.link_density() >= 0.8); // all but the space between the links
/// ```
pub fn parse_text(text: &str) -> Result<Page, Error> {
    parse_decoded(text, "utf-8", false)
}

/// Parses the content of a [`RawPage`].
pub fn parse_content(content: &Content) -> Result<Page, Error> {
    match content {
        Content::Bytes(bytes) => parse_bytes(bytes),
        Content::Text(text) => parse_text(text),
    }
}

fn parse_decoded(text: &str, encoding: &'static str, malformed: bool) -> Result<Page, Error> {
    let resources = Resources::global();
    let kind = detect_kind(text);
    let (raw_blocks, html_title, meta, elements) = match kind {
        PageKind::Text => (blocks::text_blocks(text), None, Vec::new(), Vec::new()),
        PageKind::Html => {
            let (blocks, head) = blocks::html_blocks(text);
            (blocks, head.title, head.meta, head.elements)
        }
    };
    let mut changes = ChangeCounts::new();
    let converter = resources.converter()?;
    let (mut traditional, mut simplified) = (0, 0);
    let mut blocks: Vec<Block> = Vec::with_capacity(raw_blocks.len());
    for raw in raw_blocks {
        let Some((mut block, (t, s))) = normalize_block(raw, resources, &mut changes) else {
            continue;
        };
        block.position = blocks.len();
        traditional += t;
        simplified += s;
        if t > 0 {
            let simple = converter.to_simplified(&block.text);
            block.simplified = (simple != block.text).then(|| simple.into_owned());
        }
        blocks.push(block);
    }
    let script = script_of(traditional, simplified);
    let html_title = html_title.filter(|t| !t.is_empty());
    Ok(Page {
        kind,
        encoding,
        malformed,
        nul_bytes: 0,
        blocks,
        html_title,
        meta,
        elements,
        script,
        changes,
    })
}

/// The script from counts of traditional-only and simplified-only characters (the rule
/// of [`xinwen_chinese::ScriptConverter::detect`]).
pub fn script_of(traditional: usize, simplified: usize) -> Script {
    let total = traditional + simplified;
    if traditional > 0 && traditional * 10 >= total * 9 {
        Script::Traditional
    } else if simplified * 10 >= total * 9 {
        Script::Simplified
    } else {
        Script::Mixed
    }
}

/// The normalized block of `raw`, unless nothing is left of it, and how many of its
/// characters only traditional and only simplified script use.
fn normalize_block(
    raw: RawBlock,
    resources: &Resources,
    changes: &mut ChangeCounts,
) -> Option<(Block, (usize, usize))> {
    let context = normalize::Context::of(&raw.raw, resources);
    let buf = normalize::normalize_in(&raw.raw, &context, changes);
    let (text, origin, flags) = buf.into_parts();
    if text.is_empty() {
        return None;
    }
    let block = Block {
        text,
        simplified: None,
        raw: raw.raw,
        origin,
        flags,
        kind: raw.kind,
        tag_path: raw.tag_path,
        element: raw.element,
        link_chars: raw.link_chars,
        position: 0,
        blank_before: raw.blank_before,
    };
    Some((block, context.script_chars))
}
