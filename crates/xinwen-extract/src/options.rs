//! What an extraction run computes.

/// Options of an [`Extractor`](crate::Extractor).
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    /// Compute `people`, `places`, `organizations` (default on).
    pub entities: bool,
    /// Compute `keywords` (default on).
    pub keywords: bool,
    /// How many keywords to keep (at most 30; default 10).
    pub keyword_count: usize,
    /// The script of the record's text fields (default: the page's own).
    pub script: OutputScript,
}

/// The script an [`Extractor`](crate::Extractor) writes the record's text fields in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OutputScript {
    /// As the page writes them.
    #[default]
    Original,
    /// In simplified characters (names included, so that 洪慶 and 洪庆 aggregate as
    /// one person); offsets stay valid, as conversion keeps the number of characters.
    Simplified,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            entities: true,
            keywords: true,
            keyword_count: 10,
            script: OutputScript::Original,
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

    /// The same options, writing text fields in `script`.
    pub fn with_script(self, script: OutputScript) -> Self {
        ExtractOptions { script, ..self }
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
