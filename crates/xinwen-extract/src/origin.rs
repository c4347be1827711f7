//! Where a page came from.

use std::collections::BTreeMap;

/// Where a page came from: what the record keeps of it, and what extraction may use
/// (the date in a URL, a container's date field, when the page was fetched).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// The file of the page.
    pub path: Option<String>,
    /// The URL of the page.
    pub url: Option<String>,
    /// Other fields the container gives (`pubtime`, `fetched_at`, …).
    pub metadata: BTreeMap<String, String>,
    /// When the page was fetched, as the run says
    /// ([`ExtractOptions::crawl_date`](crate::ExtractOptions::crawl_date)): the
    /// reference of relative dates when `metadata` gives no fetch time.
    pub fetched: Option<String>,
}
