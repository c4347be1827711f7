//! Places: names the gazetteer knows, names that end like places, tagged place names,
//! and the short forms of places already found.
//!
//! Every candidate with a place ending passes [`plausible`]: kinds of places (`城市社区`,
//! `示范村`), verbs (`落实村`) and function words glued on (`在岚桥区`) are no names.

mod addresses;
mod chains;
mod direction_roads;
mod endings;
mod full_names;
mod gazetteer;
mod joined;
mod learned;
mod named_routes;
mod numbered_roads;
mod page_names;
mod roads;
mod scenes;
mod short_forms;
mod tagged;

use std::collections::HashSet;
use std::ops::Range;

use xinwen_chinese::{Gazetteer, Lexicon, Segmenter};
use xinwen_core::PlaceLevel;

use super::sides::is_side_country;
use crate::enrich::analysis::{Analysis, Token};

pub(crate) use addresses::with_house_numbers;
pub(crate) use chains::learned_places;
pub(crate) use direction_roads::widen_direction_roads;
pub(crate) use endings::{ending_places, streets};
pub(crate) use full_names::{full_name_places, routes};
pub(crate) use gazetteer::gazetteer_places;
pub(crate) use joined::joined_across_marks;
pub(crate) use named_routes::routes_named;
pub(crate) use numbered_roads::roads_by_number;
pub(crate) use page_names::PageNames;
pub(crate) use roads::roads_after_places;
pub(crate) use scenes::scenes_of_places;
pub(crate) use short_forms::stems;
pub(crate) use tagged::tagged_places;

/// A place found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PlaceSpan {
    pub(crate) range: Range<usize>,
    pub(crate) level: PlaceLevel,
}

/// Tags of words that may make up a place name's stem (the segmenter's guesses for
/// unknown words are taken whatever their tag).
const STEM_TAGS: &[&str] = &["n", "nr", "ns", "nz", "nrt", "nrfg", "j", "ng", "s", "nt"];

/// Dictionary tags of proper names.
const PROPER_TAGS: &[&str] = &["ns", "nr", "nz", "nt", "nrt", "nrfg", "j"];

/// The length in characters of the place ending of `name`, if it has one.
fn place_ending(words: &Lexicon, name: &str) -> Option<usize> {
    [
        &words.admin_endings,
        &words.village_endings,
        &words.place_endings,
        &words.area_endings,
    ]
    .iter()
    .filter_map(|list| list.suffix_of(name))
    .map(|e| e.chars().count())
    .max()
}

/// The stem of a name with a place ending (`白鹭` of `白鹭县`).
fn stem(words: &Lexicon, name: &str) -> Option<String> {
    let ending = place_ending(words, name)?;
    Some(name.chars().take(name.chars().count() - ending).collect())
}

/// True when a name is a kind of place: a generic division, a generic stem, or a kind
/// at its end.
fn generic_name(words: &Lexicon, name: &str) -> bool {
    words.common_divisions.contains(name)
        || stem(words, name).is_some_and(|s| words.generic_place_stems.contains(&s))
        || ends_in_kind(words, name)
}

/// True when a name ends in a generic stem that is itself a kind of place, after two
/// characters or more (`农业|农村`, `人民|城市`, `中央|农村`); after one it may be a town's
/// name (`东|城镇`, `新|城镇`), unless that one is the short name of a country that has a
/// side (`和美|乡村` read as `美|乡村`: `places/short_names`, `people/sides`).
fn ends_in_kind(words: &Lexicon, name: &str) -> bool {
    let (count, first) = (name.chars().count(), name.chars().next());
    (words.generic_place_stems.suffix_of(name)).is_some_and(|kind| {
        let before = count - kind.chars().count();
        let short_name = first.is_some_and(|c| is_side_country(&words.candidates, c));
        (before >= 2 || (before == 1 && short_name)) && place_ending(words, kind).is_some()
    })
}

/// True when a place name with a place ending reads as a name: not generic, no verbal
/// stem, no function word in front, nothing glued before a general word.
fn plausible(words: &Lexicon, name: &str, segmenter: &Segmenter) -> bool {
    let Some(stem) = stem(words, name) else {
        return true;
    };
    let verbal = segmenter.dictionary_tag(&stem).is_some_and(|t| {
        matches!(
            t.as_str(),
            "v" | "vn" | "a" | "ad" | "d" | "b" | "z" | "vd" | "an"
        )
    });
    // one common noun before an ending that then makes a kind of place (`路障|区`)
    let noun_kind = (words.noun_kind_endings.suffix_of(name))
        .is_some_and(|e| e.chars().count() + stem.chars().count() == name.chars().count())
        && segmenter.dictionary_tag(&stem).is_some_and(|t| t == "n");
    // one character before an ending of two is a word cut in two (`拉布|内地|区` read as
    // `内地区`), or a kind (`新社区`)
    let (stem_len, name_len) = (stem.chars().count(), name.chars().count());
    let lone = stem_len == 1 && name_len >= 3;
    let first = stem.chars().next();
    // a character glued before a word that points at places (`为|本地区`, `对|该地区`,
    // `浙|两省`): no word with it, nor a foreign name's (`萨那市`, `马其顿省`)
    let mut opening = name.chars();
    let glued = match (opening.next(), opening.next()) {
        (Some(a), Some(b)) => {
            stem_len >= 2
                && words.candidates.place_determiners.contains_char(b)
                && !words.tagger.transliteration_chars.contains_char(a)
                && !segmenter.has_word(&[a, b].iter().collect::<String>())
        }
        _ => false,
    };
    !generic_name(words, name)
        && !glued
        && !verbal
        && !noun_kind
        && !lone
        && first.is_some_and(|c| {
            !words.not_place_starts.contains_char(c) && !words.before_place.contains_char(c)
        })
}

/// True when a candidate is a generic expression, not a name: `县(市)`.
fn generic_after(text: &Analysis, end: usize) -> bool {
    matches!(text.simplified.get(end), Some('(' | '（'))
}

/// True when `at` is inside an organization's name but not at its head (a place may
/// open an organization's name: `青禾市|防汛抗旱指挥部`).
fn inside_org_body(inside_org: &[bool], at: usize) -> bool {
    inside_org.get(at).copied().unwrap_or(false)
        && at > 0
        && inside_org.get(at - 1).copied().unwrap_or(false)
}

/// True when the dictionary knows the word of `token`.
fn known_word(text: &Analysis, token: &Token, segmenter: &Segmenter) -> bool {
    segmenter.has_word(&text.simple(token.range.clone()))
}

/// Moves to `people` the places whose names follow a title in the text (`titled`),
/// unless the gazetteer or the lists of countries and cities know them
/// (`俄罗斯总统普京`: `普京与德意总理通话`).
pub(crate) fn titled_to_people(
    text: &Analysis,
    places: &mut Vec<PlaceSpan>,
    people: &mut Vec<Range<usize>>,
    titled: &HashSet<String>,
    gazetteer: &Gazetteer,
) {
    places.retain(|p| {
        let name = text.simple(p.range.clone());
        let person = titled.contains(&name)
            && gazetteer.lookup_simplified(&name).is_none()
            && !text.lexicon.candidates.countries.contains(&name)
            && !text.lexicon.candidates.world_cities.contains(&name);
        if person {
            people.push(p.range.clone());
        }
        !person
    });
}

/// True when `name` (simplified) is a word of places in general and a place of two
/// characters or more, a country or one the gazetteer knows: all of that place
/// (`全|中国`), no one's name (`全哲洙`, `本泽马` are names).
pub(crate) fn is_all_of_place(text: &Analysis, name: &str, gazetteer: &Gazetteer) -> bool {
    let mut chars = name.chars();
    let first = chars
        .next()
        .is_some_and(|c| text.lexicon.not_place_starts.contains_char(c));
    let rest = chars.as_str();
    first
        && rest.chars().count() >= 2
        && (text.lexicon.candidates.countries.contains(rest)
            || gazetteer.lookup_simplified(rest).is_some())
}

#[cfg(test)]
mod case_tests {
    use crate::cases::{body_page, case_table, enriched, places};

    case_table!(
        places_table,
        "places.txt",
        |t| places(&enriched(t)),
        body_page,
        places
    );
}
