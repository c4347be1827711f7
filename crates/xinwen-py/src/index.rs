//! `xinwen.Index`: a search index on disk.

use std::path::PathBuf;

use pyo3::prelude::*;
use xinwen_index::{ArticleIndex, SearchOptions};

use crate::article::PyArticle;
use crate::convert::serialize;
use crate::errors::{guard, index_to_py};

/// A full-text search index of articles in a directory. Queries in either script find
/// articles in both; snippets highlight the matched characters as written.
#[pyclass(name = "Index", module = "xinwen", frozen)]
pub struct PyIndex {
    inner: ArticleIndex,
}

#[pymethods]
impl PyIndex {
    /// Creates an empty index in `path`.
    #[staticmethod]
    fn create(py: Python<'_>, path: PathBuf) -> PyResult<PyIndex> {
        guard("Index.create", || {
            py.detach(|| {
                ArticleIndex::create(&path)
                    .map(|inner| PyIndex { inner })
                    .map_err(index_to_py)
            })
        })
    }

    /// Opens the index in `path`.
    #[staticmethod]
    fn open(py: Python<'_>, path: PathBuf) -> PyResult<PyIndex> {
        guard("Index.open", || {
            py.detach(|| {
                ArticleIndex::open(&path)
                    .map(|inner| PyIndex { inner })
                    .map_err(index_to_py)
            })
        })
    }

    /// Adds articles (an `Article` or a list of them), replacing those with the same id.
    /// Records with `error` are skipped. Visible to searches after `commit()`.
    /// Returns how many were added.
    fn add(&self, py: Python<'_>, articles: &Bound<'_, PyAny>) -> PyResult<usize> {
        let list: Vec<PyRef<'_, PyArticle>> = match articles.extract::<PyRef<'_, PyArticle>>() {
            Ok(one) => vec![one],
            Err(_) => articles.extract()?,
        };
        let records: Vec<_> = list.iter().map(|a| a.inner.clone()).collect();
        guard("Index.add", || {
            py.detach(|| {
                let mut added = 0;
                for a in records.iter().filter(|a| !a.is_error()) {
                    self.inner.add(a).map_err(index_to_py)?;
                    added += 1;
                }
                Ok(added)
            })
        })
    }

    /// Deletes the article with `id` (visible after `commit()`).
    fn delete(&self, py: Python<'_>, id: &str) -> PyResult<()> {
        guard("Index.delete", || {
            py.detach(|| self.inner.delete(id).map_err(index_to_py))
        })
    }

    /// Makes every change since the last commit visible, atomically.
    fn commit(&self, py: Python<'_>) -> PyResult<()> {
        guard("Index.commit", || {
            py.detach(|| self.inner.commit().map_err(index_to_py))
        })
    }

    /// The best `limit` hits for `query`, each a dict with `id`, `url`, `path`, `score`,
    /// `title`, `published` and `snippet` (matched words in `<b>…</b>`).
    #[pyo3(signature = (query, limit=10, *, since=None, until=None))]
    fn search<'py>(
        &self,
        py: Python<'py>,
        query: &str,
        limit: usize,
        since: Option<String>,
        until: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let options = SearchOptions {
            limit,
            since,
            until,
        };
        let hits = guard("Index.search", || {
            py.detach(|| self.inner.search(query, &options).map_err(index_to_py))
        })?;
        serialize(py, &hits)
    }

    /// The stored article with `id`, or `None`.
    fn get(&self, py: Python<'_>, id: &str) -> PyResult<Option<PyArticle>> {
        guard("Index.get", || {
            py.detach(|| {
                self.inner
                    .get(id)
                    .map(|a| a.map(PyArticle::new))
                    .map_err(index_to_py)
            })
        })
    }

    /// The directory of the index.
    #[getter]
    fn path(&self) -> String {
        self.inner.path().display().to_string()
    }

    fn __len__(&self) -> usize {
        usize::try_from(self.inner.len()).unwrap_or(usize::MAX)
    }

    fn __repr__(&self) -> String {
        format!(
            "Index({:?}, articles={})",
            self.inner.path().display(),
            self.inner.len()
        )
    }
}
