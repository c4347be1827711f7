//! Errors of the index.

/// What can go wrong with an index.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IndexError {
    /// tantivy failed (I/O, corruption, locking, …).
    #[error(transparent)]
    Tantivy(#[from] tantivy::TantivyError),
    /// A directory could not be opened as an index.
    #[error(transparent)]
    OpenDirectory(#[from] tantivy::directory::error::OpenDirectoryError),
    /// A file of the index could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// Another process or handle is writing the index (one writer at a time).
    #[error("{0} is being written by another process or Index object; one writer at a time")]
    Busy(String),
    /// The directory holds no xinwen index.
    #[error("{0} is not a xinwen index (no xinwen-index.json); create it first")]
    NotAnIndex(String),
    /// The index was written by an incompatible version of xinwen.
    #[error(
        "the index at {path} has format {found}, this xinwen reads format {expected}; rebuild it"
    )]
    Version {
        /// The index directory.
        path: String,
        /// The format the index declares.
        found: String,
        /// The format this version reads.
        expected: u32,
    },
    /// A query that cannot be run.
    #[error("invalid query {query:?}: {reason}")]
    Query {
        /// The query as given.
        query: String,
        /// Why it cannot be run.
        reason: String,
    },
    /// The language resources failed to load.
    #[error(transparent)]
    Resources(#[from] xinwen_core::Error),
}

impl From<IndexError> for xinwen_core::Error {
    fn from(e: IndexError) -> Self {
        match e {
            IndexError::Query { .. } => xinwen_core::Error::Query(e.to_string()),
            IndexError::Resources(inner) => inner,
            IndexError::Io { path, source } => xinwen_core::Error::Io { path, source },
            other => xinwen_core::Error::Index(other.to_string()),
        }
    }
}
