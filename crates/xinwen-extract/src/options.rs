//! What an extraction run computes.

use xinwen_chinese::Resources;
use xinwen_core::Error;

use crate::recognize::dates::find_full_date;

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
    /// When the pages were fetched (`2024-05-01`, `2024-05-01 10:22`): the reference
    /// of relative dates (`3小时前`, `今天 10:22`) on pages whose container gives no
    /// fetch time of its own (`fetched_at`, `crawl_time`, …). Without one, such a
    /// date is left unresolved. Set it with [`ExtractOptions::with_crawl_date`], which
    /// checks it.
    pub crawl_date: Option<String>,
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
            crawl_date: None,
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

    /// The same options, resolving relative dates against `date` (a full date,
    /// maybe with a time: `2024-05-01`, `2024年5月1日 10:22`).
    ///
    /// ```
    /// use xinwen_extract::{ExtractOptions, Extractor};
    /// let options = ExtractOptions::default().with_crawl_date("2024-05-01 12:00").unwrap();
    /// let page = "青禾市召开防汛会议\n\n3小时前 来源：青禾日报\n\n青禾市今天召开防汛工作会议，部署汛期各项工作。";
    /// let article = Extractor::new(options).extract_bytes(page.as_bytes(), None).unwrap();
    /// assert_eq!(article.published.as_deref(), Some("2024-05-01T09:00:00+08:00"));
    /// assert!(ExtractOptions::default().with_crawl_date("yesterday").is_err());
    /// ```
    pub fn with_crawl_date(self, date: &str) -> Result<Self, Error> {
        let words = Resources::global().lexicon()?;
        if find_full_date(date, words).is_none() {
            return Err(Error::InvalidArgument(format!(
                "crawl date {date:?} is no full date (write it 2024-05-01 or 2024-05-01 10:22)"
            )));
        }
        Ok(ExtractOptions {
            crawl_date: Some(date.to_string()),
            ..self
        })
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
