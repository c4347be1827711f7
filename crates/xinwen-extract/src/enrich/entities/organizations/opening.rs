//! Organizations opened by a preposition or conjunction the rules read into them.

use std::ops::Range;

use xinwen_chinese::Segmenter;

use crate::enrich::analysis::Analysis;

/// `found` with no name opened by a preposition or conjunction (`organizations/
/// not_first`): one that is a word of its own (`经|中国政府`, `经|中央纪委常委会`, where the
/// rules' word tags miss it: `经/n`), or that the segmenter glued to the name's first
/// characters into no word of the dictionary (`据黎|公共卫生部`, `同古共|中央政治局`).
/// The character's own words stay (`经济|委员会`, `对口|委员会`), and so does a name of
/// two characters.
pub(crate) fn without_opening_particles(
    text: &Analysis,
    found: Vec<Range<usize>>,
    segmenter: &Segmenter,
) -> Vec<Range<usize>> {
    let opening = &text.lexicon.not_first_in_organizations;
    (found.into_iter())
        .map(|o| {
            let start = o.start + 1;
            let first = text.token_at(o.start).filter(|t| t.range.start == o.start);
            let alone = first.is_some_and(|t| t.range.end == start);
            let glued = first.is_some_and(|t| {
                t.range.len() >= 2 && !segmenter.has_word(&text.simple(t.range.clone()))
            });
            let particle = (alone || glued)
                && start + 2 <= o.end
                && (text.simplified.get(o.start)).is_some_and(|&c| opening.contains_char(c));
            if particle { start..o.end } else { o }
        })
        .collect()
}
