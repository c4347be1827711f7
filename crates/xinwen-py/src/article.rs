//! `xinwen.Article`: one extracted article, read-only.

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::PyDict;
use xinwen_core::Article;

use crate::convert::serialize;
use crate::errors::{XinwenError, to_py};

/// One news article extracted from one page (the record of `shared/spec/article.md`).
///
/// Every field of the record is an attribute; nested fields (bylines, people, …) are
/// lists of dicts. `to_dict()` gives the whole record.
#[pyclass(name = "Article", module = "xinwen", frozen)]
#[derive(Clone)]
pub struct PyArticle {
    pub(crate) inner: Arc<Article>,
}

impl PyArticle {
    pub(crate) fn new(article: Article) -> Self {
        PyArticle {
            inner: Arc::new(article),
        }
    }
}

/// The `#[pymethods]` block: one getter per record field, plus `$extra` methods.
macro_rules! article_methods {
    (getters: [$($name:ident),* $(,)?], $($extra:tt)*) => {
        #[pymethods]
        impl PyArticle {
            $(
                #[getter]
                fn $name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    serialize(py, &self.inner.$name)
                }
            )*
            $($extra)*
        }
    };
}

article_methods! {
    getters: [
        id, path, url, encoding, title, subtitle, published, published_year_inferred, site,
        source, column, bylines, tags, summary, paragraphs, text, captions, removed, flags,
        people, places, organizations, dates, keywords, events, quantities, quotes, documents,
        meetings, metadata, error,
    ],
    /// The script of the article text: `simplified`, `traditional` or `mixed`.
    #[getter]
    fn script(&self) -> &'static str {
        self.inner.script.as_str()
    }

    /// The whole record as a dict (the JSON of `xinwen extract`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serialize(py, &*self.inner)
    }

    /// The whole record as a JSON string.
    fn to_json(&self) -> PyResult<String> {
        serde_json::to_string(&*self.inner).map_err(|e| XinwenError::new_err(e.to_string()))
    }

    /// The same article with every text field in simplified characters (offsets are
    /// unchanged: conversion keeps the number of characters).
    fn simplified(&self) -> PyResult<PyArticle> {
        let article = xinwen_extract::simplified(&self.inner).map_err(to_py)?;
        Ok(PyArticle::new(article))
    }

    /// Builds an article from a dict such as `to_dict()` gives.
    #[staticmethod]
    fn from_dict(data: &Bound<'_, PyDict>) -> PyResult<PyArticle> {
        let json = data.py().import("json")?.call_method1("dumps", (data,))?;
        let article: Article = serde_json::from_str(&json.extract::<String>()?)
            .map_err(|e| XinwenError::new_err(format!("not an article record: {e}")))?;
        Ok(PyArticle::new(article))
    }

    /// The article as HTML for notebooks: headline, date, bylines, and the body with
    /// people, places, organizations and garbled characters marked.
    fn _repr_html_(&self, py: Python<'_>) -> PyResult<String> {
        let record = serialize(py, &*self.inner)?;
        py.import("xinwen._display")?
            .call_method1("article_html", (record,))?
            .extract()
    }

    fn __repr__(&self) -> String {
        let a = &self.inner;
        match &a.error {
            Some(e) => format!("Article(error={e:?}, path={:?})", a.path.as_deref().unwrap_or("")),
            None => format!(
                "Article(title={:?}, published={:?}, paragraphs={})",
                a.title.as_deref().unwrap_or(""),
                a.published.as_deref().unwrap_or(""),
                a.paragraphs.len()
            ),
        }
    }

}
