//! Organizations named in a list beside others (`…管理局、公园街道`).

use std::collections::HashSet;
use std::ops::Range;

use crate::enrich::analysis::{Analysis, is_han};

/// Items of a `、` list next to organizations that end like offices (`…管理局、公园街道`).
pub(super) fn listed(text: &Analysis, orgs: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, c) in text.simplified.iter().enumerate() {
        if !is_han(*c) {
            if i > start {
                items.push(start..i);
            }
            start = i + 1;
        }
    }
    let known: HashSet<(usize, usize)> = orgs.iter().map(|o| (o.start, o.end)).collect();
    let is_org = |r: &Range<usize>| known.contains(&(r.start, r.end));
    let sep = |at: usize| text.simplified.get(at) == Some(&'、');
    let mut found = Vec::new();
    for (n, whole) in items.iter().enumerate() {
        let before = n > 0 && sep(whole.start.wrapping_sub(1)) && is_org(&items[n - 1]);
        let after = items
            .get(n + 1)
            .is_some_and(|next| sep(whole.end) && is_org(next));
        if !(before || after) {
            continue;
        }
        // cut an item at its office ending where a word ends: `公园街道|相关负责同志`,
        // not `国务院办|公厅`
        let word = text.simple_slice(whole.clone());
        let cut = (text.lexicon.office_cuts.iter())
            .flat_map(|e| {
                (word.match_indices(e)).map(|(b, _)| word[..b].chars().count() + e.chars().count())
            })
            .filter(|&len| len == whole.len() || text.is_word_start(whole.start + len))
            .min();
        let item = &(whole.start..whole.start + cut.unwrap_or(whole.len()));
        let office = cut.is_some();
        if office && (before || after) && (3..=8).contains(&item.len()) && !is_org(item) {
            found.push(item.clone());
        }
    }
    found
}
