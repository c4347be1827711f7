//! Shared types of xinwen.
//!
//! Every surface of xinwen (the Rust crates, `xinwen extract` JSON lines, the Python
//! `Article`, DataFrame columns and the search index) speaks one record: [`Article`].
//! This crate holds that record, the small types it is made of, and the [`Error`] every
//! public entry point returns. It depends on `serde` and `thiserror` only, so any tool
//! can read and write xinwen records without pulling in the extraction machinery.
//!
//! Offsets (`mentions`, `flags`, `dates`) are **character** (Unicode scalar) offsets
//! into [`Article::text`].
//!
//! ```
//! use xinwen_core::{Article, Byline, Role};
//!
//! let mut article = Article::default();
//! article.title = Some("洪慶檢查指導全市疫情防控工作".to_string());
//! article.bylines.push(Byline::new(Role::Photographer, "李軍廣"));
//! let json = serde_json::to_string(&article).unwrap();
//! assert!(json.contains(r#""role":"photographer""#));
//! assert!(json.contains(r#""people":[]"#));
//! ```

mod article;
mod entities;
mod error;
mod fields;
pub mod time;

pub use article::Article;
pub use entities::{
    DateMention, Event, Keyword, Organization, OrganizationKind, Person, Place, PlaceLevel,
    Quantity, Span, TextSpan,
};
pub use error::{Error, Result};
pub use fields::{Byline, Caption, Flag, FlagKind, Removed, RemovedKind, Role, Script};
