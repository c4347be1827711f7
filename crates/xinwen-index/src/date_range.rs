//! The publication range of a search: `since` and `until` bounds as a range query.

use std::ops::Bound;

use tantivy::query::{Query, RangeQuery};
use tantivy::{DateTime, Term};

use crate::dates::bound_timestamp;
use crate::{ArticleIndex, IndexError, SearchOptions};

/// The timestamp a `--since` (start of the period) or `--until` (first second after
/// it) bound stands for: a year, a year-month, a date or a date-time.
fn bound(text: &Option<String>, until: bool, what: &str) -> Result<Option<i64>, IndexError> {
    let Some(text) = text else { return Ok(None) };
    let t = text.trim();
    let start = bound_timestamp(t);
    let ts = if !until {
        start
    } else {
        match t.len() {
            4 => t
                .parse::<i64>()
                .ok()
                .and_then(|y| bound_timestamp(&format!("{}", y + 1))),
            7 => next_month(t),
            10 => start.map(|s| s + 86_400),
            _ => start.map(|s| s + 1),
        }
    };
    ts.map(Some).ok_or_else(|| IndexError::Query {
        query: text.clone(),
        reason: format!("{what} wants a date such as 2021-01-01, 2021-01 or 2021"),
    })
}

fn next_month(year_month: &str) -> Option<i64> {
    let (y, m) = year_month.split_once('-')?;
    let (y, m): (i64, i64) = (y.parse().ok()?, m.parse().ok()?);
    let (y, m) = if m >= 12 { (y + 1, 1) } else { (y, m + 1) };
    bound_timestamp(&format!("{y:04}-{m:02}-01"))
}

impl ArticleIndex {
    /// The publication range of `options`, if it sets one.
    pub(crate) fn date_range(
        &self,
        options: &SearchOptions,
    ) -> Result<Option<Box<dyn Query>>, IndexError> {
        let since = bound(&options.since, false, "since")?;
        let until = bound(&options.until, true, "until")?;
        if since.is_none() && until.is_none() {
            return Ok(None);
        }
        let term = |ts: i64| {
            Term::from_field_date(self.fields.published, DateTime::from_timestamp_secs(ts))
        };
        Ok(Some(Box::new(RangeQuery::new(
            since.map_or(Bound::Unbounded, |ts| Bound::Included(term(ts))),
            until.map_or(Bound::Unbounded, |ts| Bound::Excluded(term(ts))),
        ))))
    }
}
