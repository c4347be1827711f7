//! Roads whose name ends in a direction and a road's ending (`丽景北街`, `建设南路`).
//!
//! The segmenter makes one word of the direction and the ending (`丽景|北街`), a word
//! its dictionary tags as a place, so the tagger and the rules found `北街` alone, or
//! glued a function word to the name before it (`于丽景南路`). Such a word (lexicon
//! `places/direction_roads`) takes in the word right before it as the road's name when
//! that word reads as one:
//!
//! - the dictionary knows the road under that name (`建设路`, `中山南路`), whatever the
//!   name's own tag (`建设` is a verbal noun);
//! - or the name is a noun or a proper name of two to four characters (`锦绣`, `人民`),
//!   or a word the dictionary does not know (`丽景`), less a function word the
//!   segmenter glued on in front (`在丽景` → `丽景`).
//!
//! No road is read when a preposition, a verb or a body comes before the direction
//! (`从|中路|突破`, `走到|北街`, `湖人队|中路`), nor a person the tagger found (`武磊|中路`:
//! the middle of a pitch) or a foreign name the segmenter cut (`德布|劳内|中路`); nor
//! when a place found already ends where the name would (`辽宁沈阳|中街`: the street
//! of the city) or the word opens a longer name (`北街村`, `东路镇`).

use std::ops::Range;

use xinwen_chinese::Segmenter;
use xinwen_core::PlaceLevel;

use super::roads::holds_roads;
use super::{PlaceSpan, STEM_TAGS, inside_org_body};
use crate::enrich::analysis::{Analysis, Token, is_han};

/// Fewest and most characters of a road's name before its direction.
const NAME_LEN: std::ops::RangeInclusive<usize> = 2..=4;

/// The road's name in `before`, the word right before a direction and an ending
/// `road` (`北街`), as a range of characters, if it reads as one.
fn road_name(
    text: &Analysis,
    before: &Token,
    road: &str,
    places: &[PlaceSpan],
    segmenter: &Segmenter,
) -> Option<Range<usize>> {
    let words = text.lexicon;
    let mut range = before.range.clone();
    let chars = text.simplified.get(range.clone())?;
    if !chars.iter().all(|&c| is_han(c)) {
        return None;
    }
    let whole = text.simple_slice(range.clone());
    // a function word the segmenter glued on in front of a name it did not know, or
    // of one its dictionary holds only as someone's name (`于丽景/nr`; `和平里/ns` stays)
    let glued = chars.len() > 2
        && chars
            .first()
            .is_some_and(|&c| words.before_place.contains_char(c))
        && (!segmenter.has_word(whole) || before.tag.starts_with("nr"));
    if glued {
        range.start += 1;
    }
    if !NAME_LEN.contains(&range.len()) {
        return None;
    }
    let name = text.simple_slice(range.clone());
    let ending: String = road.chars().skip(1).collect();
    let listed = segmenter.has_word(&format!("{name}{ending}"))
        || segmenter.has_word(&format!("{name}{road}"));
    // the tag the dictionary gives (the segmenter's guess for a word it does not know
    // says little)
    let tag = match glued {
        true => segmenter.dictionary_tag(name),
        false => segmenter.has_word(name).then(|| before.tag.to_string()),
    };
    // a noun or a place's name, or a word the dictionary does not know; not a body's
    // name (`湖人队`) nor a person's (before `中路` a player in the middle of the pitch)
    let named =
        tag.is_none_or(|t| STEM_TAGS.contains(&t.as_str()) && t != "nt" && !t.starts_with("nr"));
    // a place found ending there is where the road is (`石家庄|东大街`, `辽宁沈阳|中街`),
    // unless the dictionary knows the road under its name (`南京|西路`: `南京路`) or a
    // division comes first, after which the road's name starts (`市南区|香港|中路`)
    let after_division =
        |at: usize| (places.iter()).any(|q| q.range.end == at && holds_roads(q.level));
    let division = (places.iter()).any(|p| {
        p.range.end == range.end && p.range.start <= range.start && !after_division(p.range.start)
    });
    // a kind of place is where the road is (`古城|东大街`, `城区|北路`)
    let kind = [
        &words.addresses.scene_endings,
        &words.generic_place_stems,
        &words.common_divisions,
    ]
    .iter()
    .any(|list| list.contains(name));
    let first = name.chars().next()?;
    let starts_well =
        !words.before_place.contains_char(first) && !words.not_place_starts.contains_char(first);
    (listed || (named && starts_well && !division && !kind)).then_some(range)
}

/// Widens each road the text names by its direction and ending alone (`北街`) over the
/// name before it (see the module doc), in place of the places found inside or across
/// it; a place found around it already (`朝阳区|丽景北街` read by the roads after places)
/// stays as it is.
pub(crate) fn widen_direction_roads(
    text: &Analysis,
    places: &mut Vec<PlaceSpan>,
    inside_org: &[bool],
    people: &[Range<usize>],
    segmenter: &Segmenter,
) {
    let list = &text.lexicon.addresses.direction_roads;
    for (k, word) in text.tokens.iter().enumerate().skip(1) {
        let Some(before) = text.tokens.get(k - 1) else {
            continue;
        };
        let road = text.simple_slice(word.range.clone());
        if before.range.end != word.range.start || !list.contains(road) {
            continue;
        }
        // the word opens a longer name (`北街村`, `东路镇`; not `南路|12号`)
        let opens_place = (text.simplified.get(word.range.end)).is_some_and(|&c| is_han(c))
            && (places.iter())
                .any(|p| p.range.start < word.range.end && p.range.end > word.range.end);
        if opens_place {
            continue;
        }
        let Some(name) = road_name(text, before, road, places, segmenter) else {
            continue;
        };
        // two words of the characters of foreign names are a foreign name the segmenter
        // cut, and `中路` the middle of a pitch (`德布|劳内|中路`)
        let foreign = |t: &Token| {
            (text.simplified.get(t.range.clone())).is_some_and(|c| {
                (c.iter()).all(|&c| text.lexicon.tagger.transliteration_chars.contains_char(c))
            })
        };
        let earlier = k.checked_sub(2).and_then(|j| text.tokens.get(j));
        if name.start == before.range.start && foreign(before) && earlier.is_some_and(foreign) {
            continue;
        }
        // a person before `中路` is a player in the middle of the pitch (`武磊|中路`)
        let crosses = |r: &Range<usize>| r.start < name.end && name.start < r.end;
        if inside_org_body(inside_org, name.start) || people.iter().any(crosses) {
            continue;
        }
        let range = name.start..word.range.end;
        let overlaps = |p: &PlaceSpan| p.range.start < range.end && range.start < p.range.end;
        // a place around the road that starts on a name, not on a function word
        let held = places.iter().any(|p| {
            p.range.start <= range.start
                && p.range.end >= range.end
                && (p.range.start == range.start
                    || !(text.simplified.get(p.range.start))
                        .is_some_and(|&c| text.lexicon.before_place.contains_char(c)))
        });
        if held {
            continue;
        }
        places.retain(|p| !overlaps(p));
        places.push(PlaceSpan {
            range,
            level: PlaceLevel::Other,
        });
    }
}
