//! Names ending in a word that opens names of bodies but ends none
//! (`organizations/not_last_words`: `美国联邦|航空管理局`, `国家广播电视|总局`): the
//! dictionary calls such words bodies; the longer name is the body.

use std::ops::Range;

use crate::enrich::analysis::Analysis;

/// `found` without the names that end in a word of `organizations/not_last_words`
/// (`美国联邦`, `北京航天`, `美中关系`); the names they open stay (`美国联邦航空管理局`).
pub(crate) fn without_unended(text: &Analysis, found: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let last_words = &text.lexicon.candidates.not_last_words;
    (found.into_iter())
        .filter(|o| {
            last_words
                .suffix_at(&text.simplified, o.end)
                .is_none_or(|len| len >= o.len())
        })
        .collect()
}
