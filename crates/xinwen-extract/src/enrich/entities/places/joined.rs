//! Foreign places whose names join two names with a mark (`巴登-符腾堡州`,
//! `开伯尔-普什图省`): the rules found the part with the ending (`符腾堡州`), the tagger
//! at best the whole, at worst a person in the first part (`伯尔`).

use xinwen_chinese::{Gazetteer, Segmenter};
use xinwen_ner::is_joiner;

use super::{PlaceSpan, place_ending};
use crate::enrich::analysis::{Analysis, is_han};

/// Most characters of the name before the mark.
const LONGEST_FIRST: usize = 5;

/// Widens each place with a place ending (`符腾堡州`) written right after a joining mark
/// over the word before the mark (`巴登`), when that word is two to
/// [`LONGEST_FIRST`] Chinese characters, a proper name or a word the dictionary does not
/// know, no place of China, country or kind of place, and no other place found takes any
/// of it (`德国北莱茵` read over `莱茵` stays as it is); the places found inside the new
/// name go.
pub(crate) fn joined_across_marks(
    text: &Analysis,
    places: &mut Vec<PlaceSpan>,
    (gazetteer, segmenter): (&Gazetteer, &Segmenter),
) {
    let words = text.lexicon;
    let mut widened = Vec::new();
    for p in places.iter() {
        let Some(mark) = p.range.start.checked_sub(1) else {
            continue;
        };
        let ending = place_ending(words, text.simple_slice(p.range.clone()));
        if !text.simplified.get(mark).is_some_and(|&c| is_joiner(c)) || ending.is_none() {
            continue;
        }
        let Some(first) = text.token_ending(mark) else {
            continue;
        };
        let chars = text.simplified.get(first.range.clone()).unwrap_or_default();
        let word = text.simple_slice(first.range.clone());
        let named = !segmenter.has_word(word) || matches!(first.tag, "ns" | "nz" | "nr" | "nrt");
        // a middle dot also sets apart the levels of Chinese names (`南苑·南泉社区`):
        // after one, the name before is foreign, made of the characters of foreign names
        let dash = text.simplified.get(mark) == Some(&'-');
        let foreign = (chars.iter()).all(|&c| words.tagger.transliteration_chars.contains_char(c));
        // a place of China or a country before the mark is a level of an address or one
        // end of a route (`肥西·三河古镇`, `临河-额济纳旗`), a kind of place a slogan's
        // (`休闲城市·青岛`)
        let chinese_or_country = gazetteer.lookup_simplified(word).is_some()
            || words.candidates.countries.contains(word)
            || words.generic_place_stems.contains(word)
            || words.common_divisions.contains(word);
        let other_place = (places.iter())
            .any(|q| q.range.start < first.range.end && first.range.start < q.range.end);
        if (2..=LONGEST_FIRST).contains(&chars.len())
            && chars.iter().all(|&c| is_han(c))
            && named
            && (dash || foreign)
            && !chinese_or_country
            && !other_place
        {
            widened.push(PlaceSpan {
                range: first.range.start..p.range.end,
                level: p.level,
            });
        }
    }
    for w in widened {
        places.retain(|p| !(p.range.start >= w.range.start && p.range.end <= w.range.end));
        places.push(w);
    }
}
