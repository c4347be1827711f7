//! The error every public xinwen entry point returns.

/// A result whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in xinwen.
///
/// Batch runs turn an error on one page into a record with an `error` field and go on;
/// single calls return it. The Python binding maps each variant to one exception class
/// of the `xinwen.XinwenError` hierarchy.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or stream could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The path (or `-` for stdin) that failed.
        path: String,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The bytes of a page could not be turned into text.
    #[error("cannot decode page: {0}")]
    Decode(String),
    /// The page was decoded but no article could be built from it.
    #[error("cannot extract article: {0}")]
    Extract(String),
    /// The search index could not be created, opened, written or read.
    #[error("index error: {0}")]
    Index(String),
    /// A search query could not be understood.
    #[error("invalid query: {0}")]
    Query(String),
    /// A caller passed an argument outside what the function accepts.
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    /// A language resource shipped with xinwen (script tables, dictionary, gazetteer,
    /// entity model) could not be loaded.
    #[error("cannot load a language resource: {0}")]
    Resource(String),
}

impl Error {
    /// An [`Error::Io`] for `path`.
    pub fn io(path: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// A short name of the variant (`io`, `decode`, `extract`, `index`, `query`,
    /// `invalid_argument`, `resource`), stable enough to match on in other languages.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Io { .. } => "io",
            Error::Decode(_) => "decode",
            Error::Extract(_) => "extract",
            Error::Index(_) => "index",
            Error::Query(_) => "query",
            Error::InvalidArgument(_) => "invalid_argument",
            Error::Resource(_) => "resource",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_error_names_the_path() {
        let err = Error::io(
            "missing.txt",
            std::io::Error::new(std::io::ErrorKind::NotFound, "No such file or directory"),
        );
        assert_eq!(err.to_string(), "missing.txt: No such file or directory");
        assert_eq!(err.kind(), "io");
    }
}
