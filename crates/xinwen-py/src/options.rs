//! The options every extracting function takes, from their Python form.

use pyo3::prelude::*;
use xinwen_extract::{ExtractOptions, Extractor, OutputScript};

use crate::errors::to_py;

/// The extractor of the keyword arguments `entities`, `keywords`, `script` and
/// `crawl_date`.
pub(crate) fn extractor(
    entities: bool,
    keywords: bool,
    script: OutputScript,
    crawl_date: Option<&str>,
) -> PyResult<Extractor> {
    let options = ExtractOptions {
        entities,
        keywords,
        script,
        ..ExtractOptions::default()
    };
    let options = match crawl_date {
        Some(date) => options.with_crawl_date(date).map_err(to_py)?,
        None => options,
    };
    Ok(Extractor::new(options))
}

/// The script `script="original"` or `"simplified"` asks for.
pub(crate) fn output_script(script: &str) -> PyResult<OutputScript> {
    match script {
        "original" => Ok(OutputScript::Original),
        "simplified" => Ok(OutputScript::Simplified),
        other => Err(pyo3::exceptions::PyValueError::new_err(format!(
            "script must be \"original\" or \"simplified\", not {other:?}"
        ))),
    }
}
