//! Roads and streets right after an administrative place (`朝阳区|丽景北街`,
//! `长宁区|天山路`): an address names its road whatever the road is called.

use std::ops::Range;

use xinwen_chinese::{Segmenter, WordList};
use xinwen_core::PlaceLevel;

use super::{PROPER_TAGS, PlaceSpan, STEM_TAGS};
use crate::enrich::analysis::{Analysis, is_han};

/// The most characters of a road's name, its ending included.
const MAX_ROAD: usize = 6;

/// Fewest uses in the dictionary of a noun ending like a road that is a common noun
/// rather than a road's name (`花园路` 3 uses; `道路`, `思路`, `铁路` thousands).
const RARE_ROAD_WORD: u64 = 20;

/// True for a place a road's name may follow in an address: a province, a city, a
/// county or district, a township.
pub(super) fn holds_roads(level: PlaceLevel) -> bool {
    matches!(
        level,
        PlaceLevel::Province | PlaceLevel::Prefecture | PlaceLevel::County | PlaceLevel::Township
    )
}

/// The road named right after each administrative place of `known`: the shortest run of
/// Chinese characters there that ends in a road's ending (lexicon
/// `places/road_name_endings`), with a name of two characters or more before the ending,
/// every word of it a noun or a name, a word ending where the road does (`山区道|路`
/// is no road), and that word the ending itself, a name, or the whole road as a word
/// outside the dictionary (`张江路`), not a common noun (`道路`), nor a noun that ends
/// like a road (lexicon `places/not_roads`: `高速铁路`). A road listed after a road, with
/// `、` or a conjunction between them, passes the same checks (`东海路|与|滨海|路`), and
/// so does a scenic place or a facility right after a place where no road is
/// (`places/scene_endings`, `places/facility_endings`: `磨西镇|海螺沟|景区`,
/// `昆明|长水|国际机场`).
pub(crate) fn roads_after_places(
    text: &Analysis,
    known: &[PlaceSpan],
    segmenter: &Segmenter,
) -> Vec<PlaceSpan> {
    let chars = &text.simplified;
    let mut found: Vec<PlaceSpan> = Vec::new();
    let mut starts = vec![false; chars.len() + 1];
    for p in known {
        if let Some(s) = starts.get_mut(p.range.start) {
            *s = true;
        }
    }
    for place in known.iter().filter(|p| holds_roads(p.level)) {
        let start = place.range.end;
        if starts.get(start).copied().unwrap_or(true) {
            continue; // another place comes first (`上海市|长宁区`)
        }
        // a road, else a scenic place or a facility named after the place
        // (`磨西镇|海螺沟|景区`, `昆明|长水|国际机场`), whose name is no common word
        // alone (`建设|人工|湿地`, `国家|湿地`)
        let words = &text.lexicon.addresses;
        let road = road_from(text, start, segmenter, (&words.road_name_endings, true));
        let other = || {
            ([&words.scene_endings, &words.facility_endings].into_iter())
                .find_map(|endings| road_from(text, start, segmenter, (endings, false)))
                .filter(|p| !common_word_before_ending(text, &p.range, segmenter))
        };
        found.extend(road.or_else(other));
    }
    // roads listed after a road, this rule's or another's (`东海路|与|滨海|路`,
    // `A路、B路和C路`)
    let endings = &text.lexicon.addresses.road_name_endings;
    let mut ends: Vec<usize> = (known.iter())
        .filter(|p| endings.suffix_at(chars, p.range.end).is_some())
        .chain(&found)
        .map(|p| p.range.end)
        .collect();
    while let Some(after) = ends.pop() {
        let joined = (chars.get(after))
            .is_some_and(|&c| c == '、' || text.lexicon.conjunctions.contains_char(c));
        let free = !starts.get(after + 1).copied().unwrap_or(true);
        if joined
            && free
            && text.is_word_start(after + 1)
            && let Some(road) = road_from(text, after + 1, segmenter, (endings, true))
        {
            ends.push(road.range.end);
            found.push(road);
        }
    }
    found.sort_by_key(|p| (p.range.start, p.range.end));
    found.dedup();
    found
}

/// The road (or the place of another kind, ending in one of `endings`) whose name starts
/// at character `start` (see [`roads_after_places`]); `rare_names`: a name the dictionary
/// holds as a rare noun is a road's (`花园路`), not a scene's or a facility's
/// (`民用机场`, `森林草原`: kinds of places).
fn road_from(
    text: &Analysis,
    start: usize,
    segmenter: &Segmenter,
    (endings, rare_names): (&WordList, bool),
) -> Option<PlaceSpan> {
    let chars = &text.simplified;
    let han = (chars.get(start..).unwrap_or_default().iter())
        .take(MAX_ROAD)
        .take_while(|c| is_han(**c))
        .count();
    for end in start + 3..=start + han {
        let Some(ending) = endings.suffix_at(chars, end) else {
            continue;
        };
        if end - start < ending + 2 {
            continue;
        }
        let last_word_fits = text.token_ending(end).is_some_and(|t| {
            t.range.len() <= ending
                || t.range.start < start
                || t.tag.starts_with("ns")
                || t.tag.starts_with("nz")
                // a word the segmenter made of the whole road, not in its dictionary
                // (`浦东新区|张江路`, whatever tag it guessed), or one the dictionary
                // holds as a rare noun (`郑州市|花园路`, 3 uses; `道路` is common)
                || (t.range.start == start
                    && (segmenter.frequency(text.simple_slice(t.range.clone())))
                        .is_none_or(|f| rare_names && f < RARE_ROAD_WORD))
        });
        let stem_words_fit = (text.tokens_within(start..end - ending).iter())
            .all(|t| STEM_TAGS.contains(&t.tag) || t.tag == "x");
        let common = (text.lexicon.addresses.not_roads)
            .suffix_of(&text.simple(start..end))
            .is_some()
            // (`济宁|等市|汽车站`)
            || (chars.get(start)).is_some_and(|&c| text.lexicon.not_place_starts.contains_char(c));
        if last_word_fits && stem_words_fit && !common {
            return Some(PlaceSpan {
                range: start..end,
                level: PlaceLevel::Other,
            });
        }
        return None;
    }
    None
}

/// Fewest uses in the dictionary of a common word that names no place of its own
/// (`人工` 2,816, `国家` 79,520; `桃仙` 4, `广府` 2, `坝上` 64).
const COMMON_WORD: u64 = 1000;

/// True when `range` is two words, the first a common word of the dictionary, frequent
/// and no proper name (`人工|湿地`, `国家|湿地`; not `桃仙|机场`, `海螺|沟|景区`).
fn common_word_before_ending(text: &Analysis, range: &Range<usize>, segmenter: &Segmenter) -> bool {
    match text.tokens_within(range.clone()) {
        [first, _] => {
            !PROPER_TAGS.contains(&first.tag)
                && (segmenter.frequency(text.simple_slice(first.range.clone())))
                    .is_some_and(|f| f >= COMMON_WORD)
        }
        _ => false,
    }
}
