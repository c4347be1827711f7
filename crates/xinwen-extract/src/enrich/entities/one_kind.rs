//! One name, one kind on a page: a name the rules find both as a person and as a place
//! or an organization (`普京` after `俄罗斯总统` and, in `同普京小范围茶叙`, as a place;
//! `埃尔多安表示` read as an organization) is settled by what the page says of it most.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use xinwen_chinese::level_of_ending;
use xinwen_core::PlaceLevel;

use super::people::people;
use crate::enrich::analysis::Analysis;

/// What the rules found, by kind: people, places with their levels, organizations.
pub(crate) struct Kinds<'a> {
    pub(crate) people: &'a mut Vec<Range<usize>>,
    pub(crate) places: &'a mut Vec<(Range<usize>, PlaceLevel)>,
    pub(crate) organizations: &'a mut Vec<Range<usize>>,
}

/// How often a name was found as each kind, and whether a place of it has a known level.
#[derive(Default, Clone, Copy)]
struct Count {
    person: usize,
    place: usize,
    organization: usize,
    known_place: bool,
}

/// Settles every name found both as a person and as a place or an organization:
/// - a name a title names is a person (`俄罗斯总统普京`), unless it is a country or a
///   city of the world;
/// - else a place the gazetteer or its ending knows is a place (`钱凯港`, `查干湖`);
/// - else the kind it was found as more often wins: on a tie with a place, the person
///   where the name speaks or acts somewhere (`people/speaks`), else the place; a person
///   on a tie with an organization (the tagger reads people as bodies: `埃尔多安表示`).
pub(crate) fn one_kind_per_name(
    text: &Analysis,
    found: Kinds<'_>,
    titled: &HashSet<String>,
    credits: &[Range<usize>],
) {
    let words = &text.lexicon.candidates;
    let mut counts: HashMap<String, Count> = HashMap::new();
    for r in found.people.iter() {
        counts.entry(text.simple(r.clone())).or_default().person += 1;
    }
    if counts.is_empty() {
        return;
    }
    for (r, level) in found.places.iter() {
        let name = text.simple(r.clone());
        if let Some(c) = counts.get_mut(&name) {
            c.place += 1;
            c.known_place = c.known_place
                || *level != PlaceLevel::Other
                || level_of_ending(&name, text.lexicon).is_some();
        }
    }
    for r in found.organizations.iter() {
        if let Some(c) = counts.get_mut(&text.simple(r.clone())) {
            c.organization += 1;
        }
    }
    counts.retain(|_, c| c.place + c.organization > 0);
    if counts.is_empty() {
        return; // the common case: no name of two kinds
    }
    // a title anywhere on the page (`以色列总理内塔尼亚胡`), not only right before a name
    // the rules read after it
    let mut titled = titled.clone();
    for person in people(text, found.people, found.organizations, credits) {
        if let Some(&[start, end]) = person
            .mentions
            .first()
            .filter(|_| !person.titles.is_empty())
        {
            titled.insert(text.simple(start..end));
        }
    }
    // on a tie with a place, a name that speaks or acts somewhere is a person's
    // (`哈尼亚表示`)
    let tied: Vec<String> = (counts.iter())
        .filter(|(_, c)| c.person == c.place)
        .map(|(name, _)| name.clone())
        .collect();
    let acting: HashSet<&String> = (tied.iter().zip(text.find_each(&tied)))
        .filter(|(_, found)| {
            (found.iter()).any(|r| {
                text.lexicon
                    .speaks
                    .prefix_at(&text.simplified, r.end)
                    .is_some()
            })
        })
        .map(|(name, _)| name)
        .collect();
    let (countries, cities) = (&words.countries, &words.world_cities);
    let person_wins = |name: &String, c: &Count| {
        if countries.contains(name) || cities.contains(name) {
            false
        } else if titled.contains(name) {
            true
        } else if c.known_place {
            false
        } else {
            let beats_place = c.person > c.place || (c.person == c.place && acting.contains(name));
            beats_place && c.person >= c.organization
        }
    };
    let settled: HashMap<String, bool> = (counts.into_iter())
        .map(|(name, c)| {
            let person = person_wins(&name, &c);
            (name, person)
        })
        .collect();
    // `Some(true)`: the name is a person's here; `Some(false)`: a place's or a body's
    let verdict = |r: &Range<usize>| settled.get(&text.simple(r.clone())).copied();
    found.people.retain(|r| verdict(r) != Some(false));
    found.places.retain(|(r, _)| verdict(r) != Some(true));
    found.organizations.retain(|r| verdict(r) != Some(true));
}

/// `organizations` without those whose very mention is also a place of county level or
/// above (`香港特别行政区|行政长官`, read as a body before the title and as a region): the
/// place is the one kind it has there. A township or a subdistrict is also the office
/// that governs it (`公园街道`) and stays both.
pub(crate) fn places_over_bodies(
    places: &[(Range<usize>, PlaceLevel)],
    organizations: &mut Vec<Range<usize>>,
) {
    let divisions: HashSet<&Range<usize>> = (places.iter())
        .filter(|(_, level)| {
            matches!(
                level,
                PlaceLevel::Province | PlaceLevel::Prefecture | PlaceLevel::County
            )
        })
        .map(|(r, _)| r)
        .collect();
    if !divisions.is_empty() {
        organizations.retain(|o| !divisions.contains(o));
    }
}
