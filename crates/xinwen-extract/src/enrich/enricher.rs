//! What an enrichment step is.

use xinwen_chinese::Resources;
use xinwen_core::{Article, Error};

use super::analysis::Analysis;

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
