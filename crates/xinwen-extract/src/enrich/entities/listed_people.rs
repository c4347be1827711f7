//! Foreign names the tagger reads as places in a list of names that are mostly people:
//! people too (`范比滕、孔帕尼、西蒙斯`), the mirror of
//! [`super::listed::in_lists_of_places`].

use std::ops::Range;

use super::listed::in_runs;
use crate::enrich::analysis::Analysis;

/// Whether `name` (simplified) reads as a foreign person's name: written with the
/// characters of foreign names (`people/transliteration_chars`; one other in a name of
/// three or more: `西蒙斯`), and no country or city of the world.
fn foreign_name(text: &Analysis, name: &str) -> bool {
    let words = text.lexicon;
    let count = name.chars().count();
    let native = (name.chars())
        .filter(|c| !words.tagger.transliteration_chars.contains_char(*c))
        .count();
    count >= 2
        && (native == 0 || (count >= 3 && native == 1))
        && !words.candidates.countries.contains(name)
        && !words.candidates.world_cities.contains(name)
}

/// The `places` read as foreign names ([`foreign_name`]) in a list of names, each joined
/// to the next ([`super::listed::joined`]), with more of `people` than places in it; and
/// the other places.
pub(crate) fn in_lists_of_people(
    text: &Analysis,
    places: Vec<Range<usize>>,
    people: &[Range<usize>],
) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    if people.is_empty() || places.is_empty() {
        return (Vec::new(), places);
    }
    // each name: its range and whether it is a person
    let mut items: Vec<(Range<usize>, bool)> = (places.into_iter())
        .map(|r| (r, false))
        .chain(people.iter().map(|r| (r.clone(), true)))
        .collect();
    items.sort_by_key(|(r, _)| r.start);
    // a list of two names or more where the people outnumber the places
    let listed = in_runs(text, &items, 2, |persons, others| persons > others);
    let (mut moved, mut rest) = (Vec::new(), Vec::new());
    for ((range, person), listed) in items.into_iter().zip(listed) {
        if person {
            continue;
        }
        if listed && foreign_name(text, &text.simple(range.clone())) {
            moved.push(range);
        } else {
            rest.push(range);
        }
    }
    (moved, rest)
}
