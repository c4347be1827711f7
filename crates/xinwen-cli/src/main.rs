//! `xinwen`: clean, structured, searchable data from crawled Chinese news pages.
//!
//! ```text
//! xinwen extract PATH...            one JSON record per page
//! xinwen entities < lines.txt       people, places, organizations of each line
//! xinwen index PATH... --index DIR  extract and add to a search index
//! xinwen search --index DIR QUERY   search it
//! xinwen inspect PAGE               the blocks of a page and their roles
//! ```

mod commands;
mod output;
mod progress;
mod records;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// mimalloc serves the program's allocations: a page is many small strings and vectors,
/// and the system allocator's bookkeeping was a tenth of extracting one.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Clean, structured, searchable data from crawled Chinese news pages.
#[derive(Parser, Debug)]
#[command(name = "xinwen", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract one article record per page (JSON lines on stdout).
    Extract(commands::extract::Args),
    /// Find people, places and organizations in each line of stdin.
    Entities(commands::entities::Args),
    /// Extract pages and add them to a search index (upsert by id), then commit.
    Index(commands::index::Args),
    /// Search an index; count facets; find articles like one, or its near-duplicates.
    Search(commands::search::Args),
    /// Delete articles from an index by id, then commit.
    Delete(commands::delete::Args),
    /// Merge index shards (built by separate workers) into one index, then commit.
    Merge(commands::merge::Args),
    /// Show every block of a page with the role extraction gave it.
    Inspect(commands::inspect::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => commands::extract::run(args),
        Command::Entities(args) => commands::entities::run(args),
        Command::Index(args) => commands::index::run(args),
        Command::Search(args) => commands::search::run(args),
        Command::Delete(args) => commands::delete::run(args),
        Command::Merge(args) => commands::merge::run(args),
        Command::Inspect(args) => commands::inspect::run(args),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("xinwen: {error}");
            ExitCode::FAILURE
        }
    }
}
