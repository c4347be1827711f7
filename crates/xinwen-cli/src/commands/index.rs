//! `xinwen index`: extract pages into a search index.

use std::path::PathBuf;
use std::process::ExitCode;

use xinwen_core::Error;
use xinwen_index::ArticleIndex;

use super::InputArgs;
use crate::progress;

/// Arguments of `xinwen index`.
#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// The index directory (created when missing).
    #[arg(long, value_name = "DIR")]
    index: PathBuf,
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let index = ArticleIndex::open_or_create(&args.index)?;
    args.input.configure_threads()?;
    let extractor = args.input.extractor(super::ScriptArg::Original)?;
    let bar = progress::pages(args.input.quiet);
    let stats = {
        xinwen_extract::extract_stream(&extractor, args.input.inputs(), |article| {
            bar.inc(1);
            if article.is_error() {
                return Ok(());
            }
            index.add(&article)
        })
    }?;
    bar.set_message("committing");
    index.commit()?;
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
