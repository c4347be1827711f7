//! Article records read back (JSON lines as `xinwen extract` writes them), for
//! `xinwen index --records`: indexing what was extracted before, without extracting
//! again.

use std::io::{BufRead, Read};
use std::path::PathBuf;

use rayon::prelude::*;
use xinwen_core::{Article, Error};
use xinwen_parse::read::open_reader;

/// Lines parsed together, in parallel.
const BATCH: usize = 1024;

/// What reading the records gave.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct RecordStats {
    /// Records handed on.
    pub(crate) records: usize,
    /// Records of pages that failed (`error` set): skipped.
    pub(crate) failed_pages: usize,
    /// Lines that are no record (not JSON, not an article, or too long): skipped.
    pub(crate) bad_lines: usize,
}

/// Reads the lines of `reader` in batches of [`BATCH`]; a line longer than `max_line`
/// bytes is skipped unread. Returns how many were.
fn batches(
    mut reader: Box<dyn BufRead + Send>,
    max_line: usize,
    name: &str,
    mut each: impl FnMut(Vec<Vec<u8>>) -> Result<(), Error>,
) -> Result<usize, Error> {
    let mut too_long = 0;
    let io = |e| Error::io(name, e);
    let mut batch: Vec<Vec<u8>> = Vec::with_capacity(BATCH);
    loop {
        let mut line = Vec::new();
        let limit = u64::try_from(max_line)
            .unwrap_or(u64::MAX)
            .saturating_add(1);
        let n = (reader.by_ref().take(limit))
            .read_until(b'\n', &mut line)
            .map_err(io)?;
        if n == 0 {
            break;
        }
        if line.len() > max_line {
            if line.last() != Some(&b'\n') {
                reader.skip_until(b'\n').map_err(io)?;
            }
            too_long += 1;
            continue;
        }
        batch.push(line);
        if batch.len() == BATCH {
            each(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))?;
        }
    }
    if !batch.is_empty() {
        each(batch)?;
    }
    Ok(too_long)
}

/// Every record of `paths` (files, `.gz`/`.zst` too, or `-` for stdin), parsed in
/// parallel and handed to `add` with its line (trimmed) in the order of the files and
/// their lines. Blank lines are passed over; lines that are no article, and records of
/// failed pages, are counted and skipped.
pub(crate) fn for_each_record(
    paths: &[PathBuf],
    max_line: usize,
    mut add: impl FnMut(Article, &str) -> Result<(), Error>,
) -> Result<RecordStats, Error> {
    let mut stats = RecordStats::default();
    for path in paths {
        let name = path.display().to_string();
        let reader: Box<dyn BufRead + Send> = if path.as_os_str() == "-" {
            Box::new(std::io::BufReader::new(std::io::stdin()))
        } else if path.is_dir() {
            return Err(Error::InvalidArgument(format!(
                "{name} is a directory: --records reads files of JSON lines"
            )));
        } else {
            open_reader(path)?
        };
        stats.bad_lines += batches(reader, max_line, &name, |lines| {
            let parsed: Vec<Option<Option<(Article, &str)>>> = (lines.par_iter())
                .map(|line| {
                    let text = line.trim_ascii();
                    // the line validated once by the vectorized check, then parsed as
                    // text (from bytes the parser would check each string again)
                    let article = || {
                        let text = simdutf8::basic::from_utf8(text).ok()?;
                        Some((serde_json::from_str::<Article>(text).ok()?, text))
                    };
                    (!text.is_empty()).then(article)
                })
                .collect();
            for record in parsed.into_iter().flatten() {
                match record {
                    None => stats.bad_lines += 1,
                    Some((article, _)) if article.is_error() => stats.failed_pages += 1,
                    Some((article, json)) => {
                        stats.records += 1;
                        add(article, json)?;
                    }
                }
            }
            Ok(())
        })?;
    }
    Ok(stats)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // test code

    use std::io::Write;

    use super::*;

    #[test]
    fn records_failed_pages_and_bad_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("articles.jsonl");
        let mut file = std::fs::File::create(&path).unwrap();
        let ok = serde_json::to_string(&Article {
            id: "a".into(),
            text: "疫情防控".into(),
            ..Article::default()
        })
        .unwrap();
        let failed = r#"{"id":"b","error":"decode: not text"}"#;
        let long = format!("{{\"id\":\"c\",\"text\":\"{}\"}}", "长".repeat(1000));
        writeln!(file, "{ok}\n\nnot json\n{failed}\n{long}\n{ok}").unwrap();
        let mut ids = Vec::new();
        let stats = for_each_record(&[path], 2000, |a, json| {
            assert_eq!(serde_json::from_str::<Article>(json).unwrap().id, a.id);
            ids.push(a.id);
            Ok(())
        })
        .unwrap();
        assert_eq!(ids, ["a", "a"], "{stats:?}");
        assert_eq!(stats.records, 2);
        assert_eq!(stats.bad_lines, 2, "not json, and the line over the cap");
        assert_eq!(stats.failed_pages, 1);
    }
}
