//! Facet counts: how many matching articles name each person, place, organization,
//! site, source, tag or duplicate cluster.

use std::collections::HashMap;

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::search::SearchOptions;
use crate::search::query_or_all_in;
use crate::{ArticleIndex, IndexError};

/// The fields facets can be counted on: the exact-match fields of the schema, all of
/// [`FILTER_FIELDS`](crate::FILTER_FIELDS) but `id`, which comes last there.
pub const FACET_FIELDS: &[&str] = crate::FILTER_FIELDS
    .split_at(crate::FILTER_FIELDS.len() - 1)
    .0;

/// One value of a facet and the number of matching articles that have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    /// The value (simplified for names).
    pub value: String,
    /// Matching articles with this value.
    pub count: u64,
}

/// Counts the values of one fast text field over the matching documents.
struct ValueCounter {
    field: String,
}

struct SegmentValueCounter {
    column: Option<StrColumn>,
    counts: HashMap<u64, u64>,
}

impl Collector for ValueCounter {
    type Fruit = HashMap<String, u64>;
    type Child = SegmentValueCounter;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentValueCounter> {
        Ok(SegmentValueCounter {
            column: reader.fast_fields().str(&self.field)?,
            counts: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        segments: Vec<HashMap<String, u64>>,
    ) -> tantivy::Result<HashMap<String, u64>> {
        let mut total: HashMap<String, u64> = HashMap::new();
        for counts in segments {
            add_counts(&mut total, counts);
        }
        Ok(total)
    }
}

impl SegmentCollector for SegmentValueCounter {
    type Fruit = HashMap<String, u64>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(column) = &self.column {
            // an article naming a place twice counts once
            let mut ords: Vec<u64> = column.term_ords(doc).collect();
            ords.dedup();
            for ord in ords {
                *self.counts.entry(ord).or_default() += 1;
            }
        }
    }

    fn harvest(self) -> HashMap<String, u64> {
        let Some(column) = self.column else {
            return HashMap::new();
        };
        let mut out = HashMap::with_capacity(self.counts.len());
        let mut value = String::new();
        for (ord, n) in self.counts {
            value.clear();
            if column.ord_to_str(ord, &mut value).unwrap_or(false) {
                out.insert(value.clone(), n);
            }
        }
        out
    }
}

impl ArticleIndex {
    /// The `size` most frequent values of `field` (one of [`FACET_FIELDS`]) among the
    /// articles matching `query` and the dates of `options` (its `limit` is ignored),
    /// most frequent first, ties in value order. An empty query counts every article.
    pub fn facet_counts(
        &self,
        query: &str,
        field: &str,
        size: usize,
        options: &SearchOptions,
    ) -> Result<Vec<FacetCount>, IndexError> {
        facet_counts_in(&[self], query, field, size, options)
    }
}

/// Facet counts over several shards, added up.
pub(crate) fn facet_counts_in(
    shards: &[&ArticleIndex],
    query: &str,
    field: &str,
    size: usize,
    options: &SearchOptions,
) -> Result<Vec<FacetCount>, IndexError> {
    let field = match field {
        "people" => "person",
        "places" => "place",
        "organizations" | "org" => "organization",
        "tags" => "tag",
        other => other,
    };
    if !FACET_FIELDS.contains(&field) {
        return Err(IndexError::Query {
            query: field.to_string(),
            reason: format!("not a facet; facets: {}", FACET_FIELDS.join(", ")),
        });
    }
    let query = query_or_all_in(shards, query, options)?;
    let counter = ValueCounter {
        field: field.to_string(),
    };
    let mut total: HashMap<String, u64> = HashMap::new();
    for shard in shards {
        add_counts(
            &mut total,
            shard.reader.searcher().search(&*query, &counter)?,
        );
    }
    let mut counts: Vec<FacetCount> = (total.into_iter())
        .map(|(value, count)| FacetCount { value, count })
        .collect();
    counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    counts.truncate(size);
    Ok(counts)
}

/// Value counts of several shards added up.
pub(crate) fn add_counts(total: &mut HashMap<String, u64>, counts: HashMap<String, u64>) {
    for (value, n) in counts {
        *total.entry(value).or_default() += n;
    }
}
