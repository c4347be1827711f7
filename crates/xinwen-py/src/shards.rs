//! `xinwen.ShardedIndex`: index shards searched together, without merging them.

use std::path::PathBuf;

use pyo3::prelude::*;
use pyo3::types::PyDict;
use xinwen_index::{SearchOptions, ShardedIndex};

use crate::article::PyArticle;
use crate::convert::serialize;
use crate::errors::{guard, index_to_py};
use crate::index::{counts_dict, search_options};

/// Several indexes (shards built by separate workers) searched as one: hits merged by
/// a score computed over all shards together, facets summed. Read-only.
#[pyclass(name = "ShardedIndex", module = "xinwen", frozen)]
pub struct PyShardedIndex {
    inner: ShardedIndex,
}

#[pymethods]
impl PyShardedIndex {
    /// Opens the index in each of `paths`.
    #[staticmethod]
    fn open(py: Python<'_>, paths: Vec<PathBuf>) -> PyResult<PyShardedIndex> {
        guard("Index.open_many", || {
            py.detach(|| {
                ShardedIndex::open(&paths)
                    .map(|inner| PyShardedIndex { inner })
                    .map_err(index_to_py)
            })
        })
    }

    /// The best `limit` hits for `query` over every shard, as `Index.search` gives them.
    #[pyo3(signature = (query, limit=10, *, since=None, until=None, collapse_duplicates=false, mode="most"))]
    #[allow(clippy::too_many_arguments)] // the keyword arguments of the Python method
    fn search<'py>(
        &self,
        py: Python<'py>,
        query: &str,
        limit: usize,
        since: Option<String>,
        until: Option<String>,
        collapse_duplicates: bool,
        mode: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        let options = search_options(limit, since, until, collapse_duplicates, mode)?;
        let hits = guard("ShardedIndex.search", || {
            py.detach(|| self.inner.search(query, &options).map_err(index_to_py))
        })?;
        serialize(py, &hits)
    }

    /// Facet counts summed over the shards, as `Index.facets` gives them.
    #[pyo3(signature = (field, query="", size=10, *, since=None, until=None))]
    fn facets<'py>(
        &self,
        py: Python<'py>,
        field: &str,
        query: &str,
        size: usize,
        since: Option<String>,
        until: Option<String>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let options = SearchOptions {
            since,
            until,
            ..SearchOptions::default()
        };
        let counts = guard("ShardedIndex.facets", || {
            py.detach(|| {
                (self.inner)
                    .facet_counts(query, field, size, &options)
                    .map_err(index_to_py)
            })
        })?;
        counts_dict(py, counts)
    }

    /// The stored article with `id` (from the first shard holding it), or `None`.
    fn get(&self, py: Python<'_>, id: &str) -> PyResult<Option<PyArticle>> {
        guard("ShardedIndex.get", || {
            py.detach(|| {
                self.inner
                    .get(id)
                    .map(|a| a.map(PyArticle::new))
                    .map_err(index_to_py)
            })
        })
    }

    /// The directories of the shards.
    #[getter]
    fn paths(&self) -> Vec<String> {
        (self.inner.shards().iter())
            .map(|s| s.path().display().to_string())
            .collect()
    }

    fn __len__(&self) -> usize {
        usize::try_from(self.inner.len()).unwrap_or(usize::MAX)
    }

    fn __repr__(&self) -> String {
        format!(
            "ShardedIndex(shards={}, articles={})",
            self.inner.shards().len(),
            self.inner.len()
        )
    }
}
