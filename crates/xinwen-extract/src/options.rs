//! What an extraction run computes.

/// Options of an [`Extractor`](crate::Extractor).
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    /// Compute `people`, `places`, `organizations` (default on).
    pub entities: bool,
    /// Compute `keywords` (default on).
    pub keywords: bool,
    /// How many keywords to keep.
    pub keyword_count: usize,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            entities: true,
            keywords: true,
            keyword_count: 10,
        }
    }
}

impl ExtractOptions {
    /// Options for the fastest run: the article fields only, no entities or keywords.
    pub fn fields_only() -> Self {
        ExtractOptions {
            entities: false,
            keywords: false,
            ..ExtractOptions::default()
        }
    }

    /// True when the enricher called `name` should run (events need entities; the
    /// fastest run computes record fields only).
    pub(crate) fn wants(&self, name: &str) -> bool {
        match name {
            "entities" | "events" => self.entities,
            "keywords" => self.keywords,
            _ => self.entities || self.keywords,
        }
    }
}
