//! `xinwen.extract_arrow`'s engine: the pages of an Arrow column, given as its
//! buffers, extracted in parallel without the GIL into JSON lines that pyarrow reads
//! back as a table, so no Python object is made per page or per article.

use pyo3::prelude::*;
use pyo3::types::PyBytes;
use rayon::prelude::*;
use serde_json::Value;
use xinwen_core::{Article, Error};
use xinwen_extract::{Extractor, RawPage};
use xinwen_parse::Content;

use crate::errors::XinwenError;

/// A column of variable-length values as Arrow lays it out (`large_binary` or
/// `large_string`): 64-bit offsets into one data buffer.
pub(crate) struct Column<'a> {
    offsets: &'a [u8],
    data: &'a [u8],
    /// The first row of the array within its buffers (a sliced array).
    first: usize,
    rows: usize,
}

impl<'a> Column<'a> {
    /// The column in `offsets` and `data` (bytes objects that outlive the call).
    pub(crate) fn new(
        offsets: &'a [u8],
        data: &'a [u8],
        first: usize,
        rows: usize,
    ) -> PyResult<Self> {
        let column = Column {
            offsets,
            data,
            first,
            rows,
        };
        if column.offsets.len() < (first + rows + 1) * 8 {
            return Err(XinwenError::new_err(
                "the offsets buffer is shorter than the column",
            ));
        }
        Ok(column)
    }

    fn offset(&self, n: usize) -> usize {
        let at = (self.first + n) * 8;
        let mut word = [0u8; 8];
        word.copy_from_slice(&self.offsets[at..at + 8]);
        usize::try_from(i64::from_le_bytes(word)).unwrap_or(0)
    }

    /// The bytes of row `n` (empty when the offsets point outside the data).
    fn value(&self, n: usize) -> &[u8] {
        let (start, end) = (self.offset(n), self.offset(n + 1));
        self.data.get(start..end).unwrap_or_default()
    }
}

/// What one call extracts.
pub(crate) struct ColumnJob<'a> {
    pub(crate) pages: Column<'a>,
    /// The pages are text (`large_string`), not bytes to decode.
    pub(crate) text: bool,
    pub(crate) urls: Option<Column<'a>>,
    /// One byte per row, not 0 where the column holds no page (null).
    pub(crate) missing: Option<&'a [u8]>,
    /// Columns given to extraction as each page's metadata, by key (a JSON line's
    /// other keys): a `title` or a date is evidence, and all are recorded.
    pub(crate) metadata: Vec<(String, Column<'a>)>,
    pub(crate) max_page_bytes: usize,
}

/// The record of row `n`.
fn extract_row(extractor: &Extractor, job: &ColumnJob<'_>, n: usize) -> Article {
    let bytes = job.pages.value(n);
    let url = (job.urls.as_ref())
        .map(|urls| String::from_utf8_lossy(urls.value(n)).trim().to_string())
        .filter(|u| !u.is_empty());
    if job.missing.and_then(|m| m.get(n)).is_some_and(|&b| b != 0) {
        let error = Error::Decode("no page in this row (null)".into());
        return Article::failed(None, url, &error);
    }
    if bytes.len() > job.max_page_bytes {
        let error = Error::Decode(format!(
            "page larger than {} bytes; raise max_page_mb to read it",
            job.max_page_bytes
        ));
        return Article::failed(None, url, &error);
    }
    let content = match (job.text, std::str::from_utf8(bytes)) {
        (true, Ok(text)) => Content::Text(text.to_string()),
        _ => Content::Bytes(bytes.to_vec()),
    };
    let mut page = RawPage::from_bytes(Vec::new(), None);
    page.content = content;
    page.url = url;
    for (key, column) in &job.metadata {
        let value = String::from_utf8_lossy(column.value(n));
        if !value.is_empty() {
            page.metadata.insert(key.clone(), value.into_owned());
        }
    }
    extractor.extract_raw(&page)
}

/// One JSON line of `article` for pyarrow's JSON reader: `metadata` as a list of
/// `{key, value}` (a JSON object of unknown keys has no Arrow type to be read into).
fn json_line(article: &Article, out: &mut Vec<u8>) -> Result<(), serde_json::Error> {
    let mut value = serde_json::to_value(article)?;
    if let Some(metadata) = value.get_mut("metadata") {
        let pairs: Vec<Value> = match metadata.take() {
            Value::Object(map) => (map.into_iter())
                .map(|(key, value)| serde_json::json!({ "key": key, "value": value }))
                .collect(),
            _ => Vec::new(),
        };
        *metadata = Value::Array(pairs);
    }
    serde_json::to_writer(&mut *out, &value)?;
    out.push(b'\n');
    Ok(())
}

/// Extracts every row of `job` on `pool` (rayon's global pool when `None`) and returns
/// the records as JSON lines, in row order, and the length of the longest line (the
/// least block size that lets pyarrow read the lines in parallel blocks).
pub(crate) fn extract_column(
    extractor: &Extractor,
    job: &ColumnJob<'_>,
    pool: Option<&rayon::ThreadPool>,
) -> Result<(Vec<u8>, usize), String> {
    // a chunk of rows at a time, as `extract_stream` reads files: what is in flight stays
    // small, and each chunk's lines join the output as soon as they are written
    let run = || -> Result<(Vec<u8>, usize), String> {
        let (mut out, mut longest) = (Vec::new(), 0);
        for start in (0..job.pages.rows).step_by(xinwen_extract::CHUNK) {
            let end = (start + xinwen_extract::CHUNK).min(job.pages.rows);
            let lines: Vec<Result<Vec<u8>, serde_json::Error>> = (start..end)
                .into_par_iter()
                .map(|n| {
                    let mut line = Vec::new();
                    json_line(&extract_row(extractor, job, n), &mut line).map(|()| line)
                })
                .collect();
            for line in lines {
                let line = line.map_err(|e| format!("cannot write a record: {e}"))?;
                longest = longest.max(line.len());
                out.extend(line);
            }
        }
        Ok((out, longest))
    };
    match pool {
        Some(pool) => pool.install(run),
        None => run(),
    }
}

/// Extracts the pages of an Arrow `large_binary` or `large_string` column, given as
/// the bytes of its offsets and data buffers (and those of a URL column), on `workers` threads (all
/// cores by default); returns the records as JSON lines, one per row, in row order,
/// and the length in bytes of the longest line.
#[pyfunction]
#[pyo3(signature = (offsets, data, first, rows, *, text=false, missing=None, metadata=Vec::new(), url_offsets=None, url_data=None, url_first=0, workers=None, entities=true, keywords=true, script="original", crawl_date=None, max_page_mb=32))]
#[allow(clippy::too_many_arguments)] // the keyword arguments of the Python function
pub(crate) fn extract_column_buffers<'py>(
    py: Python<'py>,
    offsets: &[u8],
    data: &[u8],
    first: usize,
    rows: usize,
    text: bool,
    missing: Option<&[u8]>,
    metadata: Vec<(String, Bound<'py, PyBytes>, Bound<'py, PyBytes>, usize)>,
    url_offsets: Option<&[u8]>,
    url_data: Option<&[u8]>,
    url_first: usize,
    workers: Option<usize>,
    entities: bool,
    keywords: bool,
    script: &str,
    crawl_date: Option<String>,
    max_page_mb: usize,
) -> PyResult<(Bound<'py, PyBytes>, usize)> {
    let extractor = crate::options::extractor(
        entities,
        keywords,
        crate::options::output_script(script)?,
        crawl_date.as_deref(),
    )?;
    let urls = match (&url_offsets, &url_data) {
        (Some(o), Some(d)) => Some(Column::new(o, d, url_first, rows)?),
        _ => None,
    };
    let metadata = (metadata.iter())
        .map(|(key, o, d, first)| {
            Ok((
                key.clone(),
                Column::new(o.as_bytes(), d.as_bytes(), *first, rows)?,
            ))
        })
        .collect::<PyResult<Vec<_>>>()?;
    let job = ColumnJob {
        pages: Column::new(offsets, data, first, rows)?,
        text,
        urls,
        missing,
        metadata,
        max_page_bytes: max_page_mb.saturating_mul(1 << 20),
    };
    // all cores: rayon's global pool, started once per process; a pool of its own only
    // when a thread count is asked for
    let pool = match workers {
        Some(n) => Some(
            (rayon::ThreadPoolBuilder::new()
                .num_threads(n.max(1))
                .build())
            .map_err(|e| XinwenError::new_err(format!("cannot start workers: {e}")))?,
        ),
        None => None,
    };
    let (lines, longest) = crate::errors::guard("extract_arrow", || {
        py.detach(|| extract_column(&extractor, &job, pool.as_ref()).map_err(XinwenError::new_err))
    })?;
    Ok((PyBytes::new(py, &lines), longest))
}
