//! `xinwen search`: query an index, count facets, find similar articles.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;
use xinwen_core::Error;
use xinwen_index::{
    ArticleIndex, FacetCount, QueryMode, SearchHit, SearchOptions, ShardedIndex, explain_query,
};

use super::Format;
use crate::output::{self, Table};

/// Arguments of `xinwen search`.
#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// The index directory; repeat it to search several shards as one index (hits
    /// merged by a score over all of them, facets summed).
    #[arg(long, value_name = "DIR", required = true)]
    index: Vec<PathBuf>,
    /// What to search: words, "phrases", OR, -word, person:…, place:…, site:…, tag:…,
    /// cluster:… (may be empty with --facet, --like or --duplicates-of).
    #[arg(value_name = "QUERY")]
    query: Vec<String>,
    /// The most hits to print (0: none, for facets only).
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// Only articles published on or after this date (2021-01-01, 2021-01, 2021).
    #[arg(long)]
    since: Option<String>,
    /// Only articles published on or before this date.
    #[arg(long)]
    until: Option<String>,
    /// Count the values of a field over the matching articles: person, place,
    /// organization, site, source, tag or cluster (repeatable).
    #[arg(long, value_name = "FIELD")]
    facet: Vec<String>,
    /// Values shown per facet.
    #[arg(long, default_value_t = 10, value_name = "N")]
    facet_size: usize,
    /// One hit per near-duplicate cluster (reposts of one story show once).
    #[arg(long)]
    collapse_duplicates: bool,
    /// Every word must match, function words too (by default articles with every
    /// word come first, then those with most of the words).
    #[arg(long, conflicts_with = "any")]
    all: bool,
    /// Any word may match, ranked by how many and how rare (BM25), articles with every
    /// word not put first.
    #[arg(long)]
    any: bool,
    /// Articles like the one with this id, instead of a query.
    #[arg(long, value_name = "ID", conflicts_with = "duplicates_of")]
    like: Option<String>,
    /// The near-duplicates (same cluster) of the article with this id.
    #[arg(long, value_name = "ID")]
    duplicates_of: Option<String>,
    /// Print how the query is read (the query each tier of the mode runs) instead of
    /// searching.
    #[arg(long)]
    explain: bool,
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

/// A facet as a JSON line: `{"facet": "place", "counts": [{"value": …, "count": …}]}`.
#[derive(Serialize)]
struct FacetLine<'a> {
    facet: &'a str,
    counts: &'a [FacetCount],
}

fn write_hits(
    out: &mut dyn Write,
    title: &str,
    hits: &[SearchHit],
    format: Format,
) -> std::io::Result<()> {
    match format {
        Format::Jsonl => {
            for hit in hits {
                serde_json::to_writer(&mut *out, hit)?;
                out.write_all(b"\n")?;
            }
        }
        Format::Table => {
            writeln!(out, "{title}: {} hits", hits.len())?;
            let columns = [
                ("score", 6),
                ("published", 10),
                ("title", 30),
                ("snippet", 60),
            ];
            let table = Table::new(&mut *out, &columns)?;
            for hit in hits {
                let score = format!("{:.2}", hit.score);
                let date: String = hit
                    .published
                    .as_deref()
                    .unwrap_or("")
                    .chars()
                    .take(10)
                    .collect();
                let title = hit.title.as_deref().unwrap_or("");
                table.row(
                    &mut *out,
                    &[&score, &date, title, &strip_tags(&hit.snippet)],
                )?;
            }
            writeln!(out)?;
        }
    }
    Ok(())
}

fn write_facet(
    out: &mut dyn Write,
    facet: &str,
    counts: &[FacetCount],
    format: Format,
) -> std::io::Result<()> {
    match format {
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, &FacetLine { facet, counts })?;
            out.write_all(b"\n")
        }
        Format::Table => {
            writeln!(out, "facet {facet}:")?;
            for c in counts {
                writeln!(out, "  {:>6}  {}", c.count, c.value)?;
            }
            writeln!(out)
        }
    }
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let query = args.query.join(" ");
    let asks_something =
        !query.trim().is_empty() || args.like.is_some() || args.duplicates_of.is_some();
    if !asks_something && args.facet.is_empty() {
        return Err(Error::InvalidArgument(
            "give a query, --facet, --like ID or --duplicates-of ID".into(),
        ));
    }
    let mode = if args.any {
        QueryMode::AnyWords
    } else if args.all {
        QueryMode::AllWords
    } else {
        QueryMode::MostWords
    };
    if args.explain {
        for (n, tier) in explain_query(&query, mode)?.iter().enumerate() {
            println!("tier {}: {tier}", n + 1);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let index = ShardedIndex::open(&args.index)?;
    let single = || -> Result<&ArticleIndex, Error> {
        match index.shards() {
            [one] => Ok(one),
            _ => Err(Error::InvalidArgument(
                "--like and --duplicates-of search one index: give one --index".into(),
            )),
        }
    };
    let options = SearchOptions {
        limit: args.limit,
        since: args.since,
        until: args.until,
        collapse_duplicates: args.collapse_duplicates,
        mode,
    };
    let (title, hits) = if let Some(id) = &args.like {
        (
            format!("like {id}"),
            single()?.more_like_this(id, &options)?,
        )
    } else if let Some(id) = &args.duplicates_of {
        (
            format!("duplicates of {id}"),
            single()?.duplicates_of(id, args.limit)?,
        )
    } else if !query.trim().is_empty() {
        (query.clone(), index.search(&query, &options)?)
    } else {
        (String::new(), Vec::new())
    };
    let mut facets = Vec::new();
    for field in &args.facet {
        facets.push((
            field,
            index.facet_counts(&query, field, args.facet_size, &options)?,
        ));
    }
    let mut out = output::open(None).map_err(|e| Error::io("-", e))?;
    let written = (|| -> std::io::Result<()> {
        if asks_something && args.limit > 0 {
            write_hits(&mut out, &title, &hits, args.format)?;
        }
        for (field, counts) in &facets {
            write_facet(&mut out, field, counts, args.format)?;
        }
        out.flush()
    })();
    match written {
        Err(e) if !output::is_closed(&e) => Err(Error::io("-", e)),
        _ => Ok(ExitCode::SUCCESS),
    }
}
