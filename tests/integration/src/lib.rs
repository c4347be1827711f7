//! Helpers for tests that read the shared test data (`../shared` beside the checkout).
//!
//! Tests call [`shared`]: it returns the data directory, or `None` on a developer
//! machine without it (the test then returns early and says so). Under `CI` missing data
//! is a failure, never a skip.

use std::path::{Path, PathBuf};

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The shared data directory: `$XINWEN_SHARED`, else `../shared` beside the repository.
///
/// # Panics
/// When the directory is missing and the `CI` environment variable is set: continuous
/// integration must run every test on real data.
#[allow(clippy::panic)] // a test helper: failing loudly under CI is its purpose
pub fn shared() -> Option<PathBuf> {
    let dir = std::env::var_os("XINWEN_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("..").join("shared"));
    if dir.join("corpus").join("seeds").is_dir() {
        return Some(dir);
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "shared test data not found at {} (set XINWEN_SHARED); CI needs it",
            dir.display()
        );
    }
    eprintln!("skipped: shared test data not found at {}", dir.display());
    None
}

/// The seed pages, in name order.
pub fn seed_files(shared: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared.join("corpus").join("seeds"))
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    files
}

/// The gold record of every seed, by file name.
pub fn seed_gold(shared: &Path) -> serde_json::Map<String, serde_json::Value> {
    let text = std::fs::read_to_string(shared.join("gold").join("seeds.json")).unwrap_or_default();
    match serde_json::from_str(&text) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    }
}

/// The field names of the article record that `shared/spec/article.md` fixes.
pub const SPEC_FIELDS: &[&str] = &[
    "id",
    "path",
    "url",
    "encoding",
    "script",
    "title",
    "subtitle",
    "published",
    "published_year_inferred",
    "site",
    "source",
    "bylines",
    "tags",
    "summary",
    "paragraphs",
    "text",
    "captions",
    "removed",
    "flags",
    "people",
    "places",
    "organizations",
    "dates",
    "keywords",
];
