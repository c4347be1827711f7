//! Enrichers: steps that read the finished article text and add what it talks about.
//!
//! They run in the order of [`ENRICHERS`] over one shared [`Analysis`] of the text
//! (simplified view, words, sentences); adding one is a file and a line there.

mod analysis;
pub(crate) mod dates;
mod enricher;
pub mod entities;
mod events;
mod keywords;
mod marks;
mod mentions;
mod needles;
mod quantities;

pub use analysis::Analysis;
pub use enricher::Enricher;

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
