//! People (with their titles), places (with their levels) and organizations.
//!
//! Organizations are found first (runs of words ending in an organization word), then
//! places (the gazetteer, place endings, tags; short names not inside organizations),
//! then people (tagged names and names after a title), whose titles are read from the
//! chain of positions written before them. People credited as reporters or
//! photographers are not people the article is about.

mod baseline;
mod counted;
mod find;
mod known_names;
mod latin_names;
mod learned;
mod listed;
mod listed_people;
mod name_bounds;
mod names;
mod nested;
mod not_names;
mod one_kind;
mod organizations;
mod parallel;
mod people;
mod places;
mod regnal;
mod sides;
mod speakers;
mod things;
mod titled;
mod titles;
mod works;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::ops::Range;

use xinwen_chinese::Resources;
use xinwen_core::{Article, Error, FlagKind, Organization, OrganizationKind, Place, PlaceLevel};

pub use baseline::{EntityKind, EntitySpan, tagged_entities};

use super::analysis::Analysis;
use super::enricher::Enricher;
use find::find;
use people::{group, people};

/// The people, places and organizations of `text` as [`Extractor`](crate::Extractor)
/// finds them in an article (every mention of a person found once, titles aside), in
/// order, with character offsets into `text`, as a flat list: no span lies within
/// another, so a place in an organization's name is part of that name
/// (`武汉市政协`, not `武汉市` besides), and a body named before a title is one
/// (`市委|书记`), as annotated corpora mark them. (An article's record keeps such a
/// place among its places.)
///
/// ```
/// use xinwen_chinese::{Gazetteer, Lexicon, Resources, level_of_ending};
/// use xinwen_extract::{EntityKind, find_entities};
///
/// let found = find_entities("市委书记洪庆在延吉市调研", Resources::global()).unwrap();
/// let names: Vec<(EntityKind, &str)> = found.iter().map(|s| (s.kind, s.text.as_str())).collect();
/// assert_eq!(
///     names,
///     [
///         (EntityKind::Organization, "市委"),
///         (EntityKind::Person, "洪庆"),
///         (EntityKind::Place, "延吉市"),
///     ]
/// );
/// ```
pub fn find_entities(text: &str, resources: &Resources) -> Result<Vec<EntitySpan>, Error> {
    let analysis = Analysis::new(text, resources)?;
    let found = find(&analysis, resources, &[])?;
    let span = |kind: EntityKind, r: Range<usize>| EntitySpan {
        kind,
        text: analysis.original(r.clone()),
        start: r.start,
        end: r.end,
    };
    let mut spans: Vec<EntitySpan> = people(&analysis, &found.people, &found.organizations, &[])
        .into_iter()
        .flat_map(|p| p.mentions)
        .map(|[start, end]| span(EntityKind::Person, start..end))
        .chain(
            found
                .places
                .iter()
                .map(|(r, _)| span(EntityKind::Place, r.clone())),
        )
        .chain(
            found
                .organizations
                .iter()
                .map(|r| span(EntityKind::Organization, r.clone())),
        )
        .collect();
    // outer spans first: one within a span before it is left out
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    // (the furthest end so far, the range last kept: a span of the same range as the
    // one kept before it, of another kind, stays)
    let (mut reach, mut kept) = (0, None);
    spans.retain(|s| {
        let within = s.end <= reach && kept != Some((s.start, s.end));
        if !within {
            reach = reach.max(s.end);
            kept = Some((s.start, s.end));
        }
        !within
    });
    spans.sort_by_key(|s| (s.start, s.end));
    Ok(spans)
}

/// Adds what the headline says of people (`国务院副总理刘鹤会见…`) to `people`, the
/// people of the body: the titles the headline gives someone the body names join theirs.
/// A page that is a headline alone (`body` empty) has the headline's people, without
/// mentions (mentions are offsets into the body); beside a body, a name only the
/// headline has is not taken, as headlines are too terse to tag alone (`穆迪下调…`).
fn headline_people(
    people_of_body: &mut Vec<xinwen_core::Person>,
    title: &str,
    body: &str,
    resources: &Resources,
) -> Result<(), Error> {
    let headline = Analysis::new(title, resources)?;
    let found = find(&headline, resources, &[])?;
    for person in people(&headline, &found.people, &found.organizations, &[]) {
        // (a name the body writes whole may come out of a headline cut: `海濤` of `文海濤`)
        let same = |p: &&mut xinwen_core::Person| {
            p.name.contains(&person.name) || person.name.contains(&p.name)
        };
        match people_of_body.iter_mut().find(same) {
            Some(known) => {
                for title in person.titles {
                    if !known.titles.contains(&title) {
                        known.titles.push(title);
                    }
                }
            }
            None if body.is_empty() => people_of_body.push(xinwen_core::Person {
                mentions: Vec::new(),
                ..person
            }),
            None => {}
        }
    }
    Ok(())
}

/// Fills `people`, `places` and `organizations`.
pub(crate) struct Entities;

impl Enricher for Entities {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn enrich(
        &self,
        article: &mut Article,
        text: &Analysis,
        resources: &Resources,
    ) -> Result<(), Error> {
        let credits = &text.credits;
        let mut found = find(text, resources, credits)?;
        // names read out of mojibake are no names
        let damaged: Vec<Range<usize>> = (article.flags.iter())
            .filter(|f| f.kind == FlagKind::Mojibake)
            .map(|f| f.start..f.end)
            .collect();
        let clean = |r: &Range<usize>| !damaged.iter().any(|d| d.start < r.end && r.start < d.end);
        found.people.retain(clean);
        found.places.retain(|(r, _)| clean(r));
        found.organizations.retain(clean);
        article.people = people(text, &found.people, &found.organizations, credits);
        // `成渝|地区`, `特朗|普`: a piece of a longer name of the other kind is none
        nested::people_opening_places(text, &mut article.people, &found.places);
        nested::places_opening_people(text, &mut found.places, &article.people);
        if let Some(title) = article.title.as_deref() {
            headline_people(&mut article.people, title, &article.text, resources)?;
        }
        let levels: HashMap<String, PlaceLevel> = (found.places.iter())
            .map(|(r, l)| (text.original(r.clone()), *l))
            .collect();
        article.places = group(text, found.places.iter().map(|(r, _)| r.clone()))
            .into_iter()
            .map(|(name, mentions)| Place {
                level: levels.get(&name).copied().unwrap_or(PlaceLevel::Other),
                name,
                mentions,
            })
            .collect();
        let kinds: HashMap<String, OrganizationKind> = (found.organizations.iter())
            .map(|r| {
                let kind = organizations::kind_of(&text.simple(r.clone()), text.lexicon);
                (text.original(r.clone()), kind)
            })
            .collect();
        article.organizations = group(text, found.organizations.iter().cloned())
            .into_iter()
            .map(|(name, mentions)| Organization {
                kind: kinds.get(&name).copied().unwrap_or_default(),
                name,
                mentions,
            })
            .collect();
        Ok(())
    }
}
