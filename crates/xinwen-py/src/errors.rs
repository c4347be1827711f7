//! The Python exception hierarchy, mapped from the Rust error variants.

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use xinwen_core::Error;
use xinwen_index::IndexError;

create_exception!(
    xinwen,
    XinwenError,
    PyException,
    "Base class of every error xinwen raises."
);
create_exception!(
    xinwen,
    ReadError,
    XinwenError,
    "A file or stream could not be read or written."
);
create_exception!(
    xinwen,
    DecodeError,
    XinwenError,
    "The bytes of a page could not be decoded as text."
);
create_exception!(
    xinwen,
    ExtractError,
    XinwenError,
    "No article could be extracted from a page."
);
create_exception!(
    xinwen,
    IndexingError,
    XinwenError,
    "A search index could not be created, opened, written or read."
);
create_exception!(
    xinwen,
    ResourceError,
    XinwenError,
    "A language resource shipped with xinwen could not be loaded."
);
create_exception!(
    xinwen,
    QueryError,
    XinwenError,
    "A search query or its options could not be understood."
);

/// The Python exception for a Rust error.
pub(crate) fn to_py(error: Error) -> PyErr {
    let message = error.to_string();
    match error {
        Error::Io { .. } => ReadError::new_err(message),
        Error::Decode(_) => DecodeError::new_err(message),
        Error::Extract(_) => ExtractError::new_err(message),
        Error::Index(_) => IndexingError::new_err(message),
        Error::Query(_) => QueryError::new_err(message),
        Error::Resource(_) => ResourceError::new_err(message),
        _ => XinwenError::new_err(message),
    }
}

/// The Python exception for an index error.
pub(crate) fn index_to_py(error: IndexError) -> PyErr {
    to_py(error.into())
}

/// Runs `f`, turning a Rust panic into an `XinwenError` instead of letting it reach
/// Python.
pub(crate) fn guard<T>(what: &str, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(panic) => {
            let detail = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(XinwenError::new_err(format!(
                "internal error in {what}: {detail} (please report it)"
            )))
        }
    }
}

/// Adds the exception classes to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("XinwenError", py.get_type::<XinwenError>())?;
    m.add("ReadError", py.get_type::<ReadError>())?;
    m.add("DecodeError", py.get_type::<DecodeError>())?;
    m.add("ExtractError", py.get_type::<ExtractError>())?;
    m.add("IndexingError", py.get_type::<IndexingError>())?;
    m.add("QueryError", py.get_type::<QueryError>())?;
    m.add("ResourceError", py.get_type::<ResourceError>())?;
    Ok(())
}
