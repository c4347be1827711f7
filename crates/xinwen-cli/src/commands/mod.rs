//! The subcommands, and the arguments they share.

pub(crate) mod delete;
pub(crate) mod entities;
pub(crate) mod extract;
pub(crate) mod index;
pub(crate) mod inspect;
pub(crate) mod merge;
pub(crate) mod search;

use std::path::PathBuf;

use clap::ValueEnum;
use xinwen_core::Error;
use xinwen_extract::{ExtractOptions, Extractor, OutputScript};
use xinwen_parse::{Inputs, ReadOptions};

/// The script string fields are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub(crate) enum ScriptArg {
    /// As the page writes them.
    #[default]
    Original,
    /// Converted to simplified characters (offsets unchanged).
    Simplified,
}

/// How records are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub(crate) enum Format {
    /// One JSON object per line.
    #[default]
    Jsonl,
    /// A table for people to read.
    Table,
}

/// Where pages come from and how they are extracted.
#[derive(clap::Args, Debug)]
pub(crate) struct InputArgs {
    /// Files (text or HTML, any encoding, optionally .gz/.zst), directories (recursed),
    /// .jsonl collections, or - for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// The field of a JSONL line that holds the page (default: html, content, text or body).
    #[arg(long)]
    pub(crate) field: Option<String>,
    /// Skip people, places, organizations and events.
    #[arg(long)]
    pub(crate) no_entities: bool,
    /// Skip keywords. With --no-entities too, the fastest run: the record fields only
    /// (no dates, quantities, quotes, documents, meetings either).
    #[arg(long)]
    pub(crate) no_keywords: bool,
    /// Corpus mode: read the inputs twice, first learning the lines each site repeats
    /// on its pages (its template), then extracting without them.
    #[arg(long)]
    pub(crate) learn_templates: bool,
    /// When the pages were fetched (2024-05-01 or "2024-05-01 10:22"): the reference of
    /// relative dates (3小时前, 今天 10:22) on pages whose JSONL line gives no fetch
    /// time (fetched_at, crawl_time, …). Without it such dates stay unresolved.
    #[arg(long, value_name = "DATE")]
    pub(crate) crawl_date: Option<String>,
    /// The largest page read, in megabytes (a file after decompression, a JSONL line):
    /// a larger one gives a record with an error, and memory stays bounded.
    #[arg(long, value_name = "MB", default_value_t = 32)]
    pub(crate) max_page_mb: usize,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    pub(crate) threads: Option<usize>,
    /// No progress bar.
    #[arg(short, long)]
    pub(crate) quiet: bool,
}

impl InputArgs {
    pub(crate) fn inputs(&self) -> Inputs {
        let options = ReadOptions {
            field: self.field.clone(),
            max_page_bytes: self.max_page_mb.saturating_mul(1 << 20),
            ..ReadOptions::default()
        };
        Inputs::new(&self.paths, options)
    }

    /// The extractor these arguments ask for, writing text fields in `script`.
    pub(crate) fn extractor(&self, script: ScriptArg) -> Result<Extractor, Error> {
        let mut options = ExtractOptions {
            entities: !self.no_entities,
            keywords: !self.no_keywords,
            script: match script {
                ScriptArg::Original => OutputScript::Original,
                ScriptArg::Simplified => OutputScript::Simplified,
            },
            ..ExtractOptions::default()
        };
        if let Some(date) = &self.crawl_date {
            options = options.with_crawl_date(date)?;
        }
        let extractor = Extractor::new(options);
        if !self.learn_templates {
            return Ok(extractor);
        }
        if self.paths.iter().any(|p| p.as_os_str() == "-") {
            return Err(Error::InvalidArgument(
                "--learn-templates reads its inputs twice: it cannot read stdin".into(),
            ));
        }
        let templates = xinwen_extract::learn_templates(self.inputs());
        if !self.quiet {
            eprintln!(
                "xinwen: learnt {} template lines of {} sites",
                templates.lines(),
                templates.sites()
            );
        }
        Ok(extractor.with_templates(templates))
    }

    /// Sizes the worker pool as requested (once, before any work).
    pub(crate) fn configure_threads(&self) -> Result<(), Error> {
        let Some(n) = self.threads else { return Ok(()) };
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .map_err(|e| Error::InvalidArgument(format!("cannot start worker threads: {e}")))
    }
}
