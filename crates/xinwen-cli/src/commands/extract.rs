//! `xinwen extract`: one record per page.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use xinwen_core::{Article, Error, Role};

use super::{Format, InputArgs, ScriptArg};
use crate::output::{self, Table};
use crate::progress;

/// Arguments of `xinwen extract`.
#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Write records to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Write text fields in their original script or in simplified characters.
    #[arg(long, value_enum, default_value_t)]
    script: ScriptArg,
    /// JSON lines (default) or a readable table.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

fn row(article: &Article) -> [String; 5] {
    let credits: Vec<&str> = (article.bylines.iter())
        .filter(|b| matches!(b.role, Role::Reporter | Role::Author | Role::Editor))
        .map(|b| b.name.as_str())
        .collect();
    let what = match &article.error {
        Some(e) => format!("error: {e}"),
        None => article.title.clone().unwrap_or_default(),
    };
    [
        article.published.clone().unwrap_or_default(),
        what,
        article
            .site
            .clone()
            .or_else(|| article.source.clone())
            .unwrap_or_default(),
        credits.join(" "),
        format!(
            "{}/{}",
            article.paragraphs.len(),
            article.text.chars().count()
        ),
    ]
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let path_error = |e: std::io::Error| {
        Error::io(
            args.output
                .as_ref()
                .map_or("-".into(), |p| p.display().to_string()),
            e,
        )
    };
    let mut out = output::open(args.output.as_deref()).map_err(path_error)?;
    let table = match args.format {
        Format::Table => Some(
            Table::new(
                &mut out,
                &[
                    ("published", 25),
                    ("title", 44),
                    ("site", 12),
                    ("by", 12),
                    ("paras/chars", 11),
                ],
            )
            .map_err(path_error)?,
        ),
        Format::Jsonl => None,
    };
    args.input.configure_threads()?;
    let extractor = args.input.extractor(args.script)?;
    extractor.preload();
    let bar = progress::pages(args.input.quiet);
    let result = {
        xinwen_extract::extract_stream(&extractor, args.input.inputs(), |article| {
            bar.inc(1);
            match &table {
                Some(table) => {
                    let cells = row(&article);
                    let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
                    table.row(&mut out, &cells)
                }
                None => {
                    serde_json::to_writer(&mut out, &article)?;
                    out.write_all(b"\n")
                }
            }
        })
    };
    bar.finish_and_clear();
    let stats = match result {
        Ok(stats) => stats,
        Err(e) if output::is_closed(&e) => return Ok(ExitCode::SUCCESS),
        Err(e) => return Err(path_error(e)),
    };
    match out.flush() {
        Err(e) if !output::is_closed(&e) => return Err(path_error(e)),
        _ => {}
    }
    if stats.pages > 0 && stats.errors == stats.pages {
        eprintln!("xinwen: every input failed ({} pages)", stats.pages);
        return Ok(ExitCode::FAILURE);
    }
    if stats.errors > 0 {
        eprintln!(
            "xinwen: {} of {} pages failed (records with \"error\")",
            stats.errors, stats.pages
        );
    }
    Ok(ExitCode::SUCCESS)
}
