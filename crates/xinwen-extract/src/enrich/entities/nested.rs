//! A person and a place read at the start of one name: the shorter is a piece of the
//! longer. A person at the start of a place whose rest is a place's word is no person
//! there (`成渝|地区`, `曹家|巷`, `格林|纳达`, `雅万|高铁`), and a place at the start of
//! a person whose rest goes on in a foreign name's characters is no place there
//! (`特朗|普`, `绍伊|古`).

use std::collections::HashMap;
use std::ops::Range;

use xinwen_core::{Person, PlaceLevel};

use crate::enrich::analysis::Analysis;

/// Whether the text from `at` goes on a place's name: a word that ends or continues
/// places (their endings, routes, scenes, streets) or a character of foreign names, and
/// no title (`米沙勒|埃米尔`: the place is read wrong).
fn place_goes_on(text: &Analysis, at: usize) -> bool {
    let (words, chars) = (text.lexicon, &text.simplified);
    let lists = [
        &words.admin_endings,
        &words.village_endings,
        &words.place_endings,
        &words.area_endings,
        &words.nature_endings,
        &words.candidates.route_endings,
        &words.addresses.scene_endings,
        &words.addresses.continues_place,
        &words.addresses.road_endings,
    ];
    let title = words.title_endings.prefix_at(chars, at).is_some(); // `米沙勒|埃米尔`
    !title && (lists.iter().any(|l| l.prefix_at(chars, at).is_some()) || foreign(text, at))
}

/// Whether the character at `at` is one foreign names are written with.
fn foreign(text: &Analysis, at: usize) -> bool {
    (text.simplified.get(at))
        .is_some_and(|c| text.lexicon.tagger.transliteration_chars.contains_char(*c))
}

/// Drops the mentions of `people` that open a longer one of `places` going on as a
/// place does ([`place_goes_on`]), and the people left with no mention.
pub(crate) fn people_opening_places(
    text: &Analysis,
    people: &mut Vec<Person>,
    places: &[(Range<usize>, PlaceLevel)],
) {
    let longest = longest_from(places.iter().map(|(p, _)| (p.start, p.end)));
    for person in people.iter_mut() {
        person.mentions.retain(|&[start, end]| {
            let inside = longest.get(&start).is_some_and(|&e| e > end) && place_goes_on(text, end);
            !inside
        });
    }
    people.retain(|p| !p.mentions.is_empty());
}

/// Drops the `places` that open a longer mention of `people` going on in a foreign
/// name's characters (`特朗|普`).
pub(crate) fn places_opening_people(
    text: &Analysis,
    places: &mut Vec<(Range<usize>, PlaceLevel)>,
    people: &[Person],
) {
    let longest = longest_from(
        (people.iter()).flat_map(|p| p.mentions.iter().map(|&[start, end]| (start, end))),
    );
    if longest.is_empty() {
        return;
    }
    places.retain(|(p, _)| {
        !(longest.get(&p.start)).is_some_and(|&e| e > p.end && foreign(text, p.end))
    });
}

/// The furthest end of the ranges starting at each place.
fn longest_from(ranges: impl Iterator<Item = (usize, usize)>) -> HashMap<usize, usize> {
    let mut longest: HashMap<usize, usize> = HashMap::new();
    for (start, end) in ranges {
        let e = longest.entry(start).or_insert(end);
        *e = (*e).max(end);
    }
    longest
}
