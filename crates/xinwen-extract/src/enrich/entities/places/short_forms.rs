//! The short forms of places already found (`青禾` of `青禾市`).

use xinwen_chinese::{Gazetteer, Segmenter};
use xinwen_core::PlaceLevel;

use super::PlaceSpan;
use crate::enrich::analysis::{Analysis, is_han};
use crate::enrich::marks::Covered;

/// Dictionary tags of stems that are common words, no short names (`居民` of `居民社区`,
/// `边境` of `边境村`).
const COMMON_STEM_TAGS: &[&str] = &["n", "v", "vn", "a", "ad", "an", "d", "i", "l", "m"];

/// The stems of the places found (`青禾` of `青禾市`) elsewhere in the text, alone or
/// with a natural ending (`青禾河`). A stem that is a common word of the dictionary is
/// none, unless the gazetteer or the lists of countries and cities know it (`信阳`).
pub(crate) fn stems(
    text: &Analysis,
    known: &[PlaceSpan],
    segmenter: &Segmenter,
    gazetteer: &Gazetteer,
) -> Vec<PlaceSpan> {
    let candidates = &text.lexicon.candidates;
    let common = |stem: &str| {
        (segmenter.dictionary_tag(stem)).is_some_and(|t| COMMON_STEM_TAGS.contains(&t.as_str()))
            && gazetteer.lookup_simplified(stem).is_none()
            && !candidates.world_cities.contains(stem)
            && !candidates.countries.contains(stem)
    };
    let words = text.lexicon;
    // each stem once, with the level of the first place it comes from
    let mut stems: Vec<String> = Vec::new();
    let mut levels: Vec<PlaceLevel> = Vec::new();
    for place in known {
        let name = text.simple(place.range.clone());
        let Some(ending) = words.admin_endings.suffix_of(&name) else {
            continue;
        };
        let stem: String = name
            .chars()
            .take(name.chars().count() - ending.chars().count())
            .collect();
        if stem.chars().count() >= 2 && !stems.contains(&stem) && !common(&stem) {
            stems.push(stem);
            levels.push(place.level);
        }
    }
    let mut taken = Covered::of(text.chars.len(), known.iter().map(|p| &p.range));
    let mut found: Vec<PlaceSpan> = Vec::new();
    for (occurrences, level) in text.find_each(&stems).into_iter().zip(levels) {
        for r in occurrences {
            // the place, and the character after it, are free
            if taken.overlaps(&(r.start..r.end + 1)) {
                continue;
            }
            let next = text.simplified.get(r.end).copied();
            let nature =
                next.is_some_and(|c| words.nature_endings.iter().any(|e| e.starts_with(c)));
            let alone = next.is_none_or(|c| !is_han(c)) || text.is_word_start(r.end);
            let place = if nature {
                PlaceSpan {
                    range: r.start..r.end + 1,
                    level: PlaceLevel::Other,
                }
            } else if alone {
                PlaceSpan { range: r, level }
            } else {
                continue;
            };
            taken.mark(&place.range);
            found.push(place);
        }
    }
    found
}
