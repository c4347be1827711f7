//! `xinwen delete`: remove articles from an index by id.

use std::path::PathBuf;
use std::process::ExitCode;

use xinwen_core::Error;
use xinwen_index::ArticleIndex;

/// Arguments of `xinwen delete`.
#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// The index directory.
    #[arg(long, value_name = "DIR")]
    index: PathBuf,
    /// Ids of the articles to delete (as in the `id` field of records and hits).
    #[arg(required = true, value_name = "ID")]
    ids: Vec<String>,
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let index = ArticleIndex::open(&args.index)?;
    let before = index.len();
    for id in &args.ids {
        index.delete(id)?;
    }
    index.commit()?;
    let removed = before.saturating_sub(index.len());
    eprintln!(
        "xinwen: deleted {removed} of {} ids; the index holds {}",
        args.ids.len(),
        index.len()
    );
    Ok(ExitCode::SUCCESS)
}
