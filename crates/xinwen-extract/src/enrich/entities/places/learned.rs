//! Places from the learned tagger, checked the way the rules check their own: the
//! tagger finds names no rule knows (`美国`, `鹭洲古镇`) but also reads words of place
//! talk as places (`两岸`, `美丽` of `美丽乡村`, `城中村`) and glues function words on
//! (`以鹭洲古镇`).

use std::ops::Range;

use xinwen_chinese::{Gazetteer, Segmenter};

use super::{BEFORE_PLACE, GENERIC_STEMS, NOT_PLACE_STARTS, generic_name, place_ending, plausible};
use crate::enrich::analysis::Analysis;

/// Function words the tagger glues to the front of a place, besides [`BEFORE_PLACE`].
const GLUED_WORDS: &[char] = &['以', '对', '为', '将', '把', '让'];

/// Dictionary tags of words that are no place names: adjectives, verbs, adverbs,
/// idioms. (Directions, `f`, stay: the dictionary tags `东北` and `华南` so.)
const NOT_PLACE_TAGS: &[&str] = &["a", "ad", "an", "v", "vn", "vd", "d", "i", "l"];

/// The tagger's place `range`, trimmed of a function word in front, if it reads as a
/// place name: one character is an abbreviation, not a place a reader looks for; kinds
/// of places and words of other kinds are dropped.
pub(crate) fn confirm_learned(
    text: &Analysis,
    range: &Range<usize>,
    gazetteer: &Gazetteer,
    segmenter: &Segmenter,
) -> Option<Range<usize>> {
    let mut range = range.clone();
    let known = |r: &Range<usize>| {
        gazetteer
            .lookup_simplified(&text.simple(r.clone()))
            .is_some()
    };
    let first = *text.simplified.get(range.start)?;
    // `以鹭洲古镇` loses its `以`, `以色列` keeps it
    let rest = text.simple(range.start + 1..range.end);
    if range.len() >= 3
        && !known(&range)
        && (BEFORE_PLACE.contains(&first) || GLUED_WORDS.contains(&first))
        && (place_ending(&rest).is_some() || known(&(range.start + 1..range.end)))
    {
        range.start += 1;
    }
    if range.len() < 2 {
        return None;
    }
    let name = text.simple(range.clone());
    let first = *text.simplified.get(range.start)?;
    if generic_name(&name) {
        return None;
    }
    if known(&range) {
        return Some(range);
    }
    let other_word = segmenter
        .dictionary_tag(&name)
        .is_some_and(|t| NOT_PLACE_TAGS.contains(&t.as_str()));
    let kind_of_place = NOT_PLACE_STARTS.contains(&first)
        || GENERIC_STEMS.contains(&name.as_str())
        || (place_ending(&name).is_some() && !plausible(&name, segmenter));
    (!other_word && !kind_of_place).then_some(range)
}
