//! What reading gives: raw pages with where they came from, and failures as items.

use std::collections::BTreeMap;

use xinwen_core::Error;

/// What a page is made of: bytes to decode, or text that is already decoded (a JSON
/// string).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// Raw bytes of a file, in any encoding.
    Bytes(Vec<u8>),
    /// Text already decoded.
    Text(String),
}

/// One page as read from its container, before decoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPage {
    /// The page itself.
    pub content: Content,
    /// The file it came from (`-` for stdin).
    pub path: Option<String>,
    /// Its URL, when the container gives one.
    pub url: Option<String>,
    /// Other fields the container gives (the other keys of a JSONL line, its line number).
    pub metadata: BTreeMap<String, String>,
}

impl RawPage {
    /// A page of `bytes` read from `path`.
    pub fn from_bytes(bytes: Vec<u8>, path: Option<String>) -> Self {
        RawPage {
            content: Content::Bytes(bytes),
            path,
            url: None,
            metadata: BTreeMap::new(),
        }
    }
}

/// A page that could not be read, with where it came from.
#[derive(Debug)]
pub struct Failed {
    /// The file (or `file.jsonl`) that failed.
    pub path: Option<String>,
    /// What went wrong.
    pub error: Error,
    /// For a line of a JSONL collection, its number (from 1).
    pub line: Option<usize>,
}

/// One item of an input stream.
pub type ReadItem = Result<RawPage, Failed>;

/// The largest page read by default, in bytes (after decompression): news pages are a
/// few megabytes at most; a larger one is a bomb, a dump or a mistake.
pub const DEFAULT_MAX_PAGE_BYTES: usize = 32 << 20;

/// How to read inputs.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// The field of a JSONL line that holds the page (text or HTML). When unset, the
    /// first of `html`, `content`, `text`, `body` present is used.
    pub field: Option<String>,
    /// Read stdin as JSON lines rather than as one page.
    pub stdin_jsonl: bool,
    /// The largest page (a file after decompression, a JSONL line) read, in bytes: a
    /// larger one becomes a failed item without being read whole, so memory stays
    /// bounded whatever the input (a gzip bomb, a 2 GB line).
    pub max_page_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            field: None,
            stdin_jsonl: false,
            max_page_bytes: DEFAULT_MAX_PAGE_BYTES,
        }
    }
}
