//! Roads and streets right after an administrative place (`朝阳区|丽景北街`,
//! `长宁区|天山路`): an address names its road whatever the road is called.

use xinwen_chinese::Segmenter;
use xinwen_core::PlaceLevel;

use super::{PlaceSpan, STEM_TAGS};
use crate::enrich::analysis::{Analysis, is_han};

/// The most characters of a road's name, its ending included.
const MAX_ROAD: usize = 6;

/// True for a place a road's name may follow in an address: a province, a city, a
/// county or district, a township.
fn holds_roads(level: PlaceLevel) -> bool {
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
/// `、` or a conjunction between them, passes the same checks (`东海路|与|滨海|路`).
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
        found.extend(road_from(text, start, segmenter));
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
            && let Some(road) = road_from(text, after + 1, segmenter)
        {
            ends.push(road.range.end);
            found.push(road);
        }
    }
    found.sort_by_key(|p| (p.range.start, p.range.end));
    found.dedup();
    found
}

/// The road whose name starts at character `start` (see [`roads_after_places`]).
fn road_from(text: &Analysis, start: usize, segmenter: &Segmenter) -> Option<PlaceSpan> {
    let chars = &text.simplified;
    let endings = &text.lexicon.addresses.road_name_endings;
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
                // (`浦东新区|张江路`, whatever tag it guessed)
                || (t.range.start == start
                    && !segmenter.has_word(text.simple_slice(t.range.clone())))
        });
        let stem_words_fit = (text.tokens_within(start..end - ending).iter())
            .all(|t| STEM_TAGS.contains(&t.tag) || t.tag == "x");
        let common = (text.lexicon.addresses.not_roads)
            .suffix_of(&text.simple(start..end))
            .is_some();
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
