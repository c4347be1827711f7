//! From page blocks to the article record.
//!
//! The stages, in order:
//!
//! 1. **roles** (`roles/`): each block of the page gets a role: title, date line, body,
//!    caption, boilerplate of some kind, …
//! 2. **fields** (`fields/`): title, published date, bylines, captions read from the
//!    blocks of their role.
//! 3. **body** (`body`): the body blocks in order, repeated ones dropped, mojibake flags
//!    carried to offsets of the article text.
//! 4. **enrich** (`enrich/`): the `enrich::ENRICHERS` list over the finished text:
//!    entities, dates, keywords.
//! 5. **id**: a hash of the normalized body, so a re-crawl gets the same id.
//!
//! In corpus mode (`templates.rs`), a first pass over a batch learns the lines each site
//! repeats, and extraction drops them before deciding roles.
//!
//! Extraction of one page needs only the page and the shared [`Resources`]
//! (`xinwen_chinese::Resources::global`), so pages extract independently and in parallel.
//!
//! ```
//! use xinwen_extract::Extractor;
//!
//! let page = "首頁 > 延吉 > 洪慶檢查指導工作\n\n洪慶檢查指導工作\n\n2020年02月07日 18:25\n\n\
//!             2月6日上午,州委副書記、市委書記洪慶就全市疫情防控工作進行檢查指導,要求切實做好疫情防控工作。";
//! let article = Extractor::default().extract_bytes(page.as_bytes(), None).unwrap();
//! assert_eq!(article.title.as_deref(), Some("洪慶檢查指導工作"));
//! assert_eq!(article.published.as_deref(), Some("2020-02-07T18:25:00+08:00"));
//! assert_eq!(article.paragraphs.len(), 1);
//! ```
//!
//! [`Resources`]: xinwen_chinese::Resources

mod batch;
mod body;
#[cfg(test)]
mod cases;
mod dedup;
mod enrich;
mod extractor;
mod fields;
mod id;
mod inspect;
mod options;
mod origin;
mod recognize;
mod roles;
mod templates;

/// The language resources entity finding needs ([`find_entities`]).
pub use xinwen_chinese::Resources;
/// The record and the error type, so that users of this crate need no other.
pub use xinwen_core::{Article, Error};
/// Reading inputs (files, directories, JSONL collections) as pages.
pub use xinwen_parse::{Inputs, RawPage, ReadOptions};

pub use batch::{BatchStats, CHUNK, extract_all, extract_stream, learn_templates};
pub use enrich::dates::dates_in;
pub use enrich::entities::{EntityKind, EntitySpan, find_entities, tagged_entities};
pub use extractor::{Extractor, simplified};
pub use inspect::{BlockRole, inspect};
pub use options::{ExtractOptions, OutputScript};
pub use origin::Origin;
pub use templates::{SiteTemplates, TemplateLearner};
