//! `xinwen.Index`: a search index on disk.

use std::path::PathBuf;

use pyo3::prelude::*;
use pyo3::types::PyDict;
use xinwen_index::{ArticleIndex, FacetCount, SearchOptions};

use crate::article::PyArticle;
use crate::convert::serialize;
use crate::errors::{guard, index_to_py};

/// The options of a search, from the keyword arguments of `search`.
pub(crate) fn search_options(
    limit: usize,
    since: Option<String>,
    until: Option<String>,
    collapse_duplicates: bool,
    mode: &str,
) -> PyResult<SearchOptions> {
    Ok(SearchOptions {
        limit,
        since,
        until,
        collapse_duplicates,
        mode: mode.parse().map_err(index_to_py)?,
    })
}

/// Facet counts as a dict of value to count, most frequent first.
pub(crate) fn counts_dict(py: Python<'_>, counts: Vec<FacetCount>) -> PyResult<Bound<'_, PyDict>> {
    let out = PyDict::new(py);
    for c in counts {
        out.set_item(c.value, c.count)?;
    }
    Ok(out)
}

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

    /// Adds every article of the index in each directory of `shards` (built by other
    /// workers), replacing those with the same id; visible after `commit()`. Returns
    /// how many were added.
    fn merge(&self, py: Python<'_>, shards: Vec<PathBuf>) -> PyResult<usize> {
        guard("Index.merge", || {
            py.detach(|| {
                let mut added = 0;
                for path in &shards {
                    let shard = ArticleIndex::open(path).map_err(index_to_py)?;
                    added += self.inner.add_all_from(&shard).map_err(index_to_py)?;
                }
                Ok(added)
            })
        })
    }

    /// Deletes the article with `id`, or each of a list of ids (visible after
    /// `commit()`). Ids not in the index are ignored.
    fn delete(&self, py: Python<'_>, ids: &Bound<'_, PyAny>) -> PyResult<()> {
        let ids: Vec<String> = match ids.extract::<String>() {
            Ok(one) => vec![one],
            Err(_) => ids.extract()?,
        };
        guard("Index.delete", || {
            py.detach(|| {
                for id in &ids {
                    self.inner.delete(id).map_err(index_to_py)?;
                }
                Ok(())
            })
        })
    }

    /// Drops every change since the last commit.
    fn rollback(&self, py: Python<'_>) -> PyResult<()> {
        guard("Index.rollback", || {
            py.detach(|| self.inner.rollback().map_err(index_to_py))
        })
    }

    /// Makes every change since the last commit visible, atomically.
    fn commit(&self, py: Python<'_>) -> PyResult<()> {
        guard("Index.commit", || {
            py.detach(|| self.inner.commit().map_err(index_to_py))
        })
    }

    /// The best `limit` hits for `query`, each a dict with `id`, `url`, `path`, `score`,
    /// `title`, `published`, `snippet` (matched words in `<b>…</b>`) and `cluster` (its
    /// near-duplicate cluster); `pandas.DataFrame(hits)` makes a table of them. With
    /// `collapse_duplicates`, reposts of one story show once.
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
        let hits = guard("Index.search", || {
            py.detach(|| self.inner.search(query, &options).map_err(index_to_py))
        })?;
        serialize(py, &hits)
    }

    /// How many articles matching `query` (all articles when empty) have each value of
    /// `field` (`person`, `place`, `organization`, `site`, `source`, `tag`, `cluster`):
    /// a dict of the `size` most frequent values to their counts, most frequent first.
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
        let counts = guard("Index.facets", || {
            py.detach(|| {
                (self.inner)
                    .facet_counts(query, field, size, &options)
                    .map_err(index_to_py)
            })
        })?;
        counts_dict(py, counts)
    }

    /// Articles about the same things as the article with `id` (not itself), as hits.
    #[pyo3(signature = (id, limit=10, *, since=None, until=None))]
    fn more_like_this<'py>(
        &self,
        py: Python<'py>,
        id: &str,
        limit: usize,
        since: Option<String>,
        until: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let options = SearchOptions {
            limit,
            since,
            until,
            ..SearchOptions::default()
        };
        let hits = guard("Index.more_like_this", || {
            py.detach(|| self.inner.more_like_this(id, &options).map_err(index_to_py))
        })?;
        serialize(py, &hits)
    }

    /// The other articles of the near-duplicate cluster of the article with `id`.
    #[pyo3(signature = (id, limit=10))]
    fn duplicates<'py>(
        &self,
        py: Python<'py>,
        id: &str,
        limit: usize,
    ) -> PyResult<Bound<'py, PyAny>> {
        let hits = guard("Index.duplicates", || {
            py.detach(|| self.inner.duplicates_of(id, limit).map_err(index_to_py))
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
