//! The Python module `xinwen._xinwen`: a thin layer over the xinwen crates.
//!
//! Python code imports the `xinwen` package, which re-exports what is here and adds
//! DataFrame helpers.

mod article;
mod column;
mod convert;
mod errors;
mod index;
mod options;
mod shards;
mod stream;

use std::path::PathBuf;

use options::{extractor, output_script};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use xinwen_chinese::Conversion;
use xinwen_parse::ReadOptions;

use article::PyArticle;
use errors::{guard, to_py};

/// Extracts the article of one page given as `str` (already decoded) or `bytes` (any
/// encoding; detected).
///
/// With `script="simplified"`, every text field is in simplified characters.
/// `crawl_date` (`"2024-05-01 10:22"`) is when the page was fetched: the reference of
/// relative dates (`3小时前`); without it such a date is flagged (`relative_date`).
///
/// Raises `DecodeError` for content that is not a page (an image, say) and
/// `ExtractError` when no article can be built.
#[pyfunction]
#[pyo3(signature = (data, url=None, path=None, *, entities=true, keywords=true, script="original", crawl_date=None))]
#[allow(clippy::too_many_arguments)] // the keyword arguments of the Python function
fn parse(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    url: Option<String>,
    path: Option<String>,
    entities: bool,
    keywords: bool,
    script: &str,
    crawl_date: Option<String>,
) -> PyResult<PyArticle> {
    let script = output_script(script)?;
    let content = if let Ok(bytes) = data.cast::<PyBytes>() {
        xinwen_parse::Content::Bytes(bytes.as_bytes().to_vec())
    } else if data.is_instance_of::<PyString>() {
        xinwen_parse::Content::Text(data.extract::<String>()?)
    } else {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "parse() takes str or bytes",
        ));
    };
    let extractor = extractor(entities, keywords, script, crawl_date.as_deref())?;
    guard("parse", || {
        py.detach(|| {
            let page = xinwen_parse::parse_content(&content).map_err(to_py)?;
            let mut article = extractor.extract_page(&page).map_err(to_py)?;
            article.url = url;
            article.path = path;
            Ok(PyArticle::new(article))
        })
    })
}

/// One path (`str` or `os.PathLike`) or an iterable of them.
fn path_list(paths: &Bound<'_, PyAny>) -> PyResult<Vec<PathBuf>> {
    if let Ok(one) = paths.extract::<PathBuf>() {
        return Ok(vec![one]);
    }
    let mut list = Vec::new();
    for item in paths.try_iter()? {
        list.push(item?.extract::<PathBuf>()?);
    }
    Ok(list)
}

/// Reads and extracts every page under `paths` (files, directories, `.jsonl`
/// collections, `.gz`/`.zst`) on a background thread pool of `workers` threads (all
/// cores by default), returning an iterator of `Article`s in input order; memory stays
/// bounded however many pages there are. A page that fails gives an `Article` whose
/// `error` is set. With `learn_templates`, a first pass learns the lines each site
/// repeats and extraction drops them. With `script="simplified"`, every text field is
/// converted to simplified characters (offsets unchanged). `crawl_date` is when the
/// pages were fetched, for those whose JSONL line does not say. A page larger than
/// `max_page_mb` megabytes (after decompression) is not read: its `Article` carries the
/// error.
#[pyfunction]
#[pyo3(signature = (paths, *, field=None, workers=None, entities=true, keywords=true, learn_templates=false, script="original", crawl_date=None, max_page_mb=32))]
#[allow(clippy::too_many_arguments)] // the keyword arguments of the Python function
fn read(
    paths: &Bound<'_, PyAny>,
    field: Option<String>,
    workers: Option<usize>,
    entities: bool,
    keywords: bool,
    learn_templates: bool,
    script: &str,
    crawl_date: Option<String>,
    max_page_mb: usize,
) -> PyResult<stream::PyArticleStream> {
    let script = output_script(script)?;
    stream::PyArticleStream::start(stream::StreamSpec {
        paths: path_list(paths)?,
        options: ReadOptions {
            field,
            max_page_bytes: max_page_mb.saturating_mul(1 << 20),
            ..ReadOptions::default()
        },
        extractor: extractor(entities, keywords, script, crawl_date.as_deref())?,
        workers,
        learn_templates,
    })
}

/// The conversion `region` asks for: `None` for the default, else `"standard"`
/// (OpenCC's standard traditional), `"tw"` or `"hk"`.
fn conversion(region: Option<&str>, to_simplified: bool) -> PyResult<Option<Conversion>> {
    Ok(match (region, to_simplified) {
        (None, _) => None,
        (Some("standard"), true) => Some(Conversion::T2s),
        (Some("tw"), true) => Some(Conversion::Tw2s),
        (Some("hk"), true) => Some(Conversion::Hk2s),
        (Some("standard"), false) => Some(Conversion::S2t),
        (Some("tw"), false) => Some(Conversion::S2tw),
        (Some("hk"), false) => Some(Conversion::S2hk),
        (Some(other), _) => {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "region must be None, \"standard\", \"tw\" or \"hk\", not {other:?}"
            )));
        }
    })
}

/// `text` in simplified characters (OpenCC's tables; the number of characters is
/// kept). Without `region`, each line is read as it is written: a traditional line as
/// OpenCC reads traditional text of any region, a simplified one left as written but
/// for the characters simplified script lacks. `region="standard"`, `"tw"` or `"hk"`
/// converts the whole text as OpenCC's `t2s`, `tw2s` or `hk2s` does.
#[pyfunction]
#[pyo3(signature = (text, region=None))]
fn to_simplified(text: &str, region: Option<&str>) -> PyResult<String> {
    let converter = xinwen_chinese::Resources::global()
        .converter()
        .map_err(to_py)?;
    Ok(match conversion(region, true)? {
        Some(c) => converter.convert(text, c),
        None => converter.to_simplified(text).into_owned(),
    })
}

/// `text` in traditional characters (OpenCC's tables): `region=None` or `"standard"`
/// as OpenCC's `s2t`, `"tw"` as `s2tw`, `"hk"` as `s2hk`.
#[pyfunction]
#[pyo3(signature = (text, region=None))]
fn to_traditional(text: &str, region: Option<&str>) -> PyResult<String> {
    let converter = xinwen_chinese::Resources::global()
        .converter()
        .map_err(to_py)?;
    let conversion = conversion(region, false)?.unwrap_or(Conversion::S2t);
    Ok(converter.convert(text, conversion))
}

/// The script of `text`: `simplified`, `traditional` or `mixed`.
#[pyfunction]
fn detect_script(text: &str) -> PyResult<&'static str> {
    let converter = xinwen_chinese::Resources::global()
        .converter()
        .map_err(to_py)?;
    Ok(converter.detect(text).as_str())
}

/// The words of `text` in its original script, segmented by the dictionary segmenter
/// through the simplified view of the text (so `檢查指導` and `检查指导` cut alike).
/// With `search=True`, long words are followed by their dictionary sub-words, as the
/// search index sees them.
#[pyfunction]
#[pyo3(signature = (text, *, search=false))]
fn segment(py: Python<'_>, text: &str, search: bool) -> PyResult<Vec<String>> {
    let resources = xinwen_chinese::Resources::global();
    let converter = resources.converter().map_err(to_py)?;
    let segmenter = resources.segmenter();
    py.detach(|| {
        let mut words = Vec::new();
        segmenter.for_each_word(text, search, Some(converter), |w| {
            words.push(w.text.to_string())
        });
        Ok(words)
    })
}

/// The Python module.
#[pymodule]
fn _xinwen(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<PyArticle>()?;
    m.add_class::<index::PyIndex>()?;
    m.add_class::<shards::PyShardedIndex>()?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_class::<stream::PyArticleStream>()?;
    m.add_function(wrap_pyfunction!(read, m)?)?;
    m.add_function(wrap_pyfunction!(column::extract_column_buffers, m)?)?;
    m.add_function(wrap_pyfunction!(to_simplified, m)?)?;
    m.add_function(wrap_pyfunction!(to_traditional, m)?)?;
    m.add_function(wrap_pyfunction!(detect_script, m)?)?;
    m.add_function(wrap_pyfunction!(segment, m)?)?;
    errors::register(m)?;
    Ok(())
}
