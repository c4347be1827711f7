//! Enrichers: steps that read the finished article text and add what it talks about.
//!
//! They run in the order of [`ENRICHERS`] over one shared [`Analysis`] of the text
//! (simplified view, words, sentences); adding one is a file and a line there.

mod analysis;
mod dates;
pub mod entities;
mod events;
mod keywords;
mod mentions;
mod quantities;

use xinwen_chinese::Resources;
use xinwen_core::{Article, Error};

pub use analysis::Analysis;

/// One enrichment step.
pub trait Enricher: Send + Sync {
    /// The name options refer to (`entities`, `keywords`).
    fn name(&self) -> &'static str;

    /// Adds to `article` what this step finds in its analyzed text.
    fn enrich(
        &self,
        article: &mut Article,
        text: &Analysis,
        resources: &Resources,
    ) -> Result<(), Error>;
}

/// The enrichment steps, in the order they run: dates before events, entities before
/// events.
pub static ENRICHERS: &[&dyn Enricher] = &[
    &dates::Dates,
    &quantities::Quantities,
    &mentions::Mentions,
    &entities::Entities,
    &keywords::Keywords,
    &events::Events,
];
