//! `xinwen search`: query an index.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use xinwen_core::Error;
use xinwen_index::{ArticleIndex, SearchOptions};

use super::Format;
use crate::output::{self, Table};

/// Arguments of `xinwen search`.
#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// The index directory.
    #[arg(long, value_name = "DIR")]
    index: PathBuf,
    /// What to search: words, "phrases", OR, -word, person:…, place:…, site:…, tag:…
    #[arg(required = true, value_name = "QUERY")]
    query: Vec<String>,
    /// The most hits to print.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// Only articles published on or after this date (2021-01-01, 2021-01, 2021).
    #[arg(long)]
    since: Option<String>,
    /// Only articles published on or before this date.
    #[arg(long)]
    until: Option<String>,
    /// JSON lines (default) or a readable table.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

fn strip_tags(snippet: &str) -> String {
    snippet
        .replace("<b>", "【")
        .replace("</b>", "】")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let index = ArticleIndex::open(&args.index)?;
    let options = SearchOptions {
        limit: args.limit,
        since: args.since,
        until: args.until,
    };
    let query = args.query.join(" ");
    let hits = index.search(&query, &options)?;
    let mut out = output::open(None).map_err(|e| Error::io("-", e))?;
    let written = (|| -> std::io::Result<()> {
        match args.format {
            Format::Jsonl => {
                for hit in &hits {
                    serde_json::to_writer(&mut out, hit)?;
                    out.write_all(b"\n")?;
                }
            }
            Format::Table => {
                writeln!(out, "{query}: {} hits", hits.len())?;
                let table = Table::new(
                    &mut out,
                    &[
                        ("score", 6),
                        ("published", 10),
                        ("title", 30),
                        ("snippet", 60),
                    ],
                )?;
                for hit in &hits {
                    let score = format!("{:.2}", hit.score);
                    let date: String = hit
                        .published
                        .as_deref()
                        .unwrap_or("")
                        .chars()
                        .take(10)
                        .collect();
                    let snippet = strip_tags(&hit.snippet);
                    let title = hit.title.as_deref().unwrap_or("");
                    table.row(&mut out, &[&score, &date, title, &snippet])?;
                }
                writeln!(out)?;
            }
        }
        out.flush()
    })();
    match written {
        Err(e) if !output::is_closed(&e) => Err(Error::io("-", e)),
        _ => Ok(ExitCode::SUCCESS),
    }
}
