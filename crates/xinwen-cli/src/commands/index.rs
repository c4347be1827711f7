//! `xinwen index`: extract pages into a search index.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use xinwen_core::Error;
use xinwen_index::ArticleIndex;

use super::InputArgs;
use indicatif::ProgressBar;

use crate::{progress, records};

/// Arguments of `xinwen index`.
#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// The index directory (created when missing).
    #[arg(long, value_name = "DIR")]
    index: PathBuf,
    /// The inputs are article records (JSON lines as `xinwen extract` writes them,
    /// .gz/.zst too, or - for stdin): index them as they are, without extracting again
    /// (the extraction options do not apply).
    #[arg(long)]
    records: bool,
    /// Commit after every N articles (and at the end), so that a run stopped or killed
    /// keeps what it committed; a re-run replaces those articles (same ids), no
    /// duplicates. Default: one commit at the end.
    #[arg(long, value_name = "N")]
    commit_every: Option<usize>,
    /// Commit also when this many seconds have passed since the last commit (with
    /// --commit-every, whichever comes first).
    #[arg(long, value_name = "SECONDS")]
    commit_seconds: Option<u64>,
}

/// Commits every `every` articles added, or every `seconds`.
struct Committer<'a> {
    index: &'a ArticleIndex,
    every: Option<usize>,
    seconds: Option<Duration>,
    added: usize,
    last: Instant,
}

impl<'a> Committer<'a> {
    fn new(index: &'a ArticleIndex, args: &Args) -> Self {
        Committer {
            index,
            every: args.commit_every.filter(|n| *n > 0),
            seconds: args.commit_seconds.map(Duration::from_secs),
            added: 0,
            last: Instant::now(),
        }
    }

    /// Adds `article` (stored as `json`, its record as read, when given), committing
    /// when `every` more are in or `seconds` have passed.
    fn add(
        &mut self,
        article: &xinwen_core::Article,
        json: Option<&str>,
        bar: &ProgressBar,
    ) -> Result<(), Error> {
        match json {
            Some(json) => self.index.add_record(article, json)?,
            None => self.index.add(article)?,
        }
        self.added += 1;
        let by_count = self.every.is_some_and(|n| self.added.is_multiple_of(n));
        let by_time = self.seconds.is_some_and(|s| self.last.elapsed() >= s);
        if by_count || by_time {
            self.index.commit()?;
            self.last = Instant::now();
            bar.set_message(format!("committed {}", self.added));
        }
        Ok(())
    }
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let index = ArticleIndex::open_or_create(&args.index)?;
    args.input.configure_threads()?;
    if args.records {
        return index_records(&args, &index);
    }
    let extractor = args.input.extractor(super::ScriptArg::Original)?;
    let bar = progress::pages(args.input.quiet);
    let mut committer = Committer::new(&index, &args);
    let stats = {
        xinwen_extract::extract_stream(&extractor, args.input.inputs(), |article| {
            bar.inc(1);
            if article.is_error() {
                return Ok(());
            }
            committer.add(&article, None, &bar)
        })
    }?;
    bar.set_message("committing");
    index.commit()?;
    index.finish_writing()?;
    bar.finish_and_clear();
    let added = stats.pages - stats.errors;
    eprintln!(
        "xinwen: indexed {added} articles ({} pages failed); the index holds {}",
        stats.errors,
        index.len()
    );
    Ok(if stats.pages > 0 && added == 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// `--records`: the records of the inputs into the index, then a commit.
fn index_records(args: &Args, index: &ArticleIndex) -> Result<ExitCode, Error> {
    let bar = progress::pages(args.input.quiet);
    let max_line = args.input.max_page_mb.saturating_mul(1 << 20);
    let mut committer = Committer::new(index, args);
    let stats = records::for_each_record(&args.input.paths, max_line, |article, json| {
        bar.inc(1);
        committer.add(&article, Some(json), &bar)
    })?;
    bar.set_message("committing");
    index.commit()?;
    index.finish_writing()?;
    bar.finish_and_clear();
    eprintln!(
        "xinwen: indexed {} records ({} records of failed pages and {} lines that are no \
         record skipped); the index holds {}",
        stats.records,
        stats.failed_pages,
        stats.bad_lines,
        index.len()
    );
    Ok(
        if stats.records == 0 && stats.failed_pages + stats.bad_lines > 0 {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        },
    )
}
