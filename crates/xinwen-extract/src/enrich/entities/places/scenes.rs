//! Scenic places named by the place they belong to (`大理古城`, `甘南草原`,
//! `黄山风景区`): a place, then a word of `places/scene_endings` as a word of its own.

use xinwen_core::PlaceLevel;

use super::PlaceSpan;
use crate::enrich::analysis::Analysis;

/// The scenic place right after each place of `known` that is no country: the place and
/// the word after it, when that word is a whole word of `places/scene_endings` in this
/// text (`丽江|古城区` is a district: no scene). The place itself stays one of its own.
pub(crate) fn scenes_of_places(text: &Analysis, known: &[PlaceSpan]) -> Vec<PlaceSpan> {
    let endings = &text.lexicon.addresses.scene_endings;
    let countries = &text.lexicon.candidates.countries;
    (known.iter())
        .filter(|p| !countries.contains(&text.simple(p.range.clone())))
        .filter_map(|p| {
            let len = endings.prefix_at(&text.simplified, p.range.end)?;
            let word = text
                .token_starting(p.range.end)
                .and_then(|k| text.tokens.get(k))?;
            (word.range.len() == len).then_some(PlaceSpan {
                range: p.range.start..word.range.end,
                level: PlaceLevel::Other,
            })
        })
        .collect()
}
