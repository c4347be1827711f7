//! Names that open with a count of the greatest of a kind (`grammar/counts_of_kinds`):
//! `四大|银行`, `六大|展区`, `五大|战区` count kinds and name no one body or place.

use std::ops::Range;

use crate::enrich::analysis::Analysis;

/// Whether `range` opens with a count of kinds as a word of its own and goes on past it
/// by a word (`四大|银行`; not `十六大` alone, nor `四|大队`, which the segmenter may cut
/// `四大|队`).
pub(crate) fn counts_kinds(text: &Analysis, range: &Range<usize>) -> bool {
    (text.token_starting(range.start))
        .and_then(|k| text.tokens.get(k))
        .filter(|t| t.range.end + 1 < range.end)
        .is_some_and(|t| {
            (text.lexicon.candidates.counts_of_kinds).contains(text.simple_slice(t.range.clone()))
        })
}
