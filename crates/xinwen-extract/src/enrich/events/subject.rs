//! The body that does an act when no person does: a place or an organization written
//! right before the act in its clause, with at most a date between
//! (`延吉市疫情防控领导小组|召开`, `中共中央政治局|7月28日|召开`, `青禾市|召开`).

use std::ops::Range;

use super::found::Found;
use crate::enrich::analysis::Analysis;

/// Characters that end a clause.
fn ends_clause(c: char) -> bool {
    matches!(c, ',' | '，' | '；' | ';' | '。' | '：' | ':')
}

/// The place or organization that is the subject of the act starting at `at`.
pub(super) fn body_before(
    text: &Analysis,
    found: &Found,
    sentence: &Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    let clause_start = (sentence.start..at)
        .rev()
        .find(|&i| text.simplified.get(i).copied().is_some_and(ends_clause))
        .map_or(sentence.start, |i| i + 1);
    let mut end = at;
    // a date between the body and its act (`7月28日`)
    if let Some(d) = found.dates.within(clause_start..end).find(|d| d.end == end) {
        end = d.start;
    }
    if !found.known_ends.get(end).copied().unwrap_or(false) {
        return None;
    }
    found
        .known
        .within(clause_start..end)
        .filter(|k| k.end == end)
        .min_by_key(|k| k.start)
        .cloned()
}
