//! A search index over article records.
//!
//! [`ArticleIndex`] stores articles in a tantivy index whose text fields go through
//! [`ChineseTokenizer`]: traditional and simplified text meet in one simplified form, so
//! `檢查指導` and `检查指导` find the same articles, while snippets highlight the
//! characters as the article writes them.
//!
//! ```
//! use xinwen_core::Article;
//! use xinwen_index::{ArticleIndex, SearchOptions};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let index = ArticleIndex::create(dir.path()).unwrap();
//! let article = Article {
//!     id: "a1".into(),
//!     title: Some("洪慶檢查指導全市疫情防控工作".into()),
//!     text: "洪慶就全市疫情防控工作進行檢查指導。".into(),
//!     ..Article::default()
//! };
//! index.add(&article).unwrap();
//! index.commit().unwrap();
//! let hits = index.search("检查指导", &SearchOptions::default()).unwrap();
//! assert_eq!(hits[0].id, "a1");
//! assert!(hits[0].snippet.contains("<b>"));
//! ```

mod date_range;
mod dates;
pub mod duplicates;
mod error;
mod explain;
mod facets;
mod hits;
mod merge;
mod query;
mod schema;
mod search;
mod shards;
mod similar;
mod snippet;
mod statistics;
mod tokenizer;
mod write;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy};
use xinwen_chinese::Resources;

pub use dates::{bound_timestamp, published_timestamp};
pub use error::IndexError;
pub use explain::explain_query;
pub use facets::{FACET_FIELDS, FacetCount};
pub use query::QueryMode;
pub use schema::{FILTER_FIELDS, Fields};
pub use search::{SearchHit, SearchOptions};
pub use shards::ShardedIndex;
pub use tokenizer::{ChineseTokenizer, TOKENIZER_NAME};

/// The on-disk format this version writes and reads (2: near-duplicate clusters; 3:
/// pairs of adjacent Chinese characters among the terms).
pub const FORMAT: u32 = 3;

/// The file that marks a directory as an xinwen index.
const MARKER: &str = "xinwen-index.json";

/// A search index of articles in a directory.
///
/// Readers see the last commit while a writer works; `add` replaces an article with the
/// same id (upsert) and puts it in a cluster of near-duplicates; `commit` makes changes
/// visible atomically. One process writes an index at a time (tantivy's lock).
pub struct ArticleIndex {
    path: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    writer: Mutex<Option<IndexWriter>>,
    pending: Mutex<duplicates::PendingSignatures>,
}

impl std::fmt::Debug for ArticleIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ArticleIndex")
            .field("path", &self.path)
            .finish()
    }
}

fn io_error(path: &Path, source: std::io::Error) -> IndexError {
    IndexError::Io {
        path: path.display().to_string(),
        source,
    }
}

fn simplify(text: &str) -> String {
    match Resources::global().converter() {
        Ok(c) => c.to_simplified(text).into_owned(),
        Err(_) => text.to_string(),
    }
}

impl ArticleIndex {
    /// Creates an empty index in `path` (created if missing; must hold no index).
    pub fn create(path: impl AsRef<Path>) -> Result<Self, IndexError> {
        Self::create_with(path.as_ref(), ReloadPolicy::OnCommitWithDelay)
    }

    fn create_with(path: &Path, policy: ReloadPolicy) -> Result<Self, IndexError> {
        std::fs::create_dir_all(path).map_err(|e| io_error(path, e))?;
        let (schema, _) = schema::schema();
        let index = match Index::create_in_dir(path, schema.clone()) {
            Ok(index) => index,
            // a run killed between creating the index and writing its marker left an
            // empty index of this schema: it is taken as created
            Err(tantivy::TantivyError::IndexAlreadyExists) => {
                let index = Index::open_in_dir(path)?;
                if index.schema() != schema || !index.searchable_segment_metas()?.is_empty() {
                    return Err(tantivy::TantivyError::IndexAlreadyExists.into());
                }
                index
            }
            Err(other) => return Err(other.into()),
        };
        let marker = serde_json::json!({ "format": FORMAT, "xinwen": env!("CARGO_PKG_VERSION") });
        std::fs::write(path.join(MARKER), marker.to_string()).map_err(|e| io_error(path, e))?;
        Self::with_index(path, index, policy)
    }

    /// Opens the index in `path`. Its searches follow the commits of every handle and
    /// process that writes the index.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, IndexError> {
        Self::open_with(path.as_ref(), ReloadPolicy::OnCommitWithDelay)
    }

    fn open_with(path: &Path, policy: ReloadPolicy) -> Result<Self, IndexError> {
        let marker = path.join(MARKER);
        let text = std::fs::read_to_string(&marker)
            .map_err(|_| IndexError::NotAnIndex(path.display().to_string()))?;
        let format = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .and_then(|v| v.get("format").and_then(|f| f.as_u64()));
        if format != Some(u64::from(FORMAT)) {
            return Err(IndexError::Version {
                path: path.display().to_string(),
                found: format.map_or_else(|| "unknown".to_string(), |f| f.to_string()),
                expected: FORMAT,
            });
        }
        let index = Index::open_in_dir(path)?;
        Self::with_index(path, index, policy)
    }

    /// Opens the index in `path` for a run that writes it, creating it when the
    /// directory holds none. Its searches see its own commits only: one writer at a
    /// time holds an index, so there are no others to follow, and no thread watches
    /// the index, whose reload could hold segments that [`finish_writing`] must delete.
    ///
    /// [`finish_writing`]: ArticleIndex::finish_writing
    pub fn open_or_create(path: impl AsRef<Path>) -> Result<Self, IndexError> {
        let path = path.as_ref();
        if path.join(MARKER).exists() {
            Self::open_with(path, ReloadPolicy::Manual)
        } else {
            Self::create_with(path, ReloadPolicy::Manual)
        }
    }

    fn with_index(path: &Path, index: Index, policy: ReloadPolicy) -> Result<Self, IndexError> {
        // tokenizers are not stored in the index: register ours on every open
        index
            .tokenizers()
            .register(TOKENIZER_NAME, ChineseTokenizer::new()?);
        let (_, fields) = schema::schema();
        let reader = index.reader_builder().reload_policy(policy).try_into()?;
        Ok(ArticleIndex {
            path: path.to_path_buf(),
            index,
            reader,
            fields,
            writer: Mutex::new(None),
            pending: Mutex::new(duplicates::PendingSignatures::default()),
        })
    }

    /// The directory of the index.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The number of articles visible to searches.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// True when no article is visible.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
