//! `xinwen merge`: index shards built by separate workers, merged into one index.

use std::path::PathBuf;
use std::process::ExitCode;

use xinwen_core::Error;
use xinwen_index::ArticleIndex;

/// Arguments of `xinwen merge`.
#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// The index directories to merge (built by `xinwen index` or `Index.create`).
    #[arg(required = true, value_name = "SHARD")]
    shards: Vec<PathBuf>,
    /// The index that takes in their articles (created when missing; articles with the
    /// same id are replaced).
    #[arg(long, value_name = "DIR")]
    index: PathBuf,
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let index = ArticleIndex::open_or_create(&args.index)?;
    let mut added = 0;
    for path in &args.shards {
        if path.canonicalize().ok() == args.index.canonicalize().ok() {
            return Err(Error::InvalidArgument(format!(
                "{} is the index merged into, not a shard",
                path.display()
            )));
        }
        let shard = ArticleIndex::open(path)?;
        added += index.add_all_from(&shard)?;
    }
    index.commit()?;
    index.finish_writing()?;
    eprintln!(
        "xinwen: merged {added} articles of {} shards; the index holds {}",
        args.shards.len(),
        index.len()
    );
    Ok(ExitCode::SUCCESS)
}
