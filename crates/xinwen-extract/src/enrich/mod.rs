//! Enrichers: steps that read the finished article text and add what it talks about.
//!
//! They run in the order of [`ENRICHERS`]; adding one is a file and a line there.

pub mod entities;
mod keywords;

use xinwen_chinese::Resources;
use xinwen_core::{Article, Error};

/// One enrichment step.
pub trait Enricher: Send + Sync {
    /// The name options refer to (`entities`, `keywords`).
    fn name(&self) -> &'static str;

    /// Adds to `article` what this step finds in its text.
    fn enrich(&self, article: &mut Article, resources: &Resources) -> Result<(), Error>;
}

/// The enrichment steps, in the order they run.
pub static ENRICHERS: &[&dyn Enricher] = &[&entities::Entities, &keywords::Keywords];
