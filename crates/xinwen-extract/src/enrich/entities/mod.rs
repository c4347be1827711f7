//! People (with their titles), places (with their levels) and organizations.
//!
//! Organizations are found first (runs of words ending in an organization word), then
//! places (the gazetteer, place endings, tags; short names not inside organizations),
//! then people (tagged names and names after a title), whose titles are read from the
//! chain of positions written before them. People credited as reporters or
//! photographers are not people the article is about.

mod baseline;
mod learned;
mod names;
mod organizations;
mod parallel;
mod places;
mod titles;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::ops::Range;

use xinwen_chinese::{Gazetteer, Lexicon, Resources, level_of_ending};
use xinwen_core::{Article, Error, FlagKind, Organization, Person, Place, PlaceLevel, Span};

pub use baseline::{EntityKind, EntitySpan, tagged_entities};

use super::analysis::Analysis;
use super::enricher::Enricher;

/// What the analysis finds in a text, before grouping by name.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub(crate) people: Vec<Range<usize>>,
    pub(crate) places: Vec<(Range<usize>, PlaceLevel)>,
    pub(crate) organizations: Vec<Range<usize>>,
}

/// Finds people, places and organizations in an analyzed text.
pub(crate) fn find(
    text: &Analysis,
    resources: &Resources,
    credits: &[Range<usize>],
) -> Result<Found, Error> {
    // places by their endings first: organizations may begin with one
    let no_org = vec![false; text.chars.len()];
    let segmenter = resources.segmenter();
    let heads: Vec<Range<usize>> = places::ending_places(text, &[], &no_org, segmenter)
        .into_iter()
        .chain(places::gazetteer_places(
            text,
            resources.gazetteer()?,
            &no_org,
            segmenter,
        ))
        .map(|p| p.range)
        .collect();
    let learned = learned::learned(text, resources.segmenter())?;
    let organizations = organizations::organizations(text, &heads, &learned.organizations);
    let mut inside_org = vec![false; text.chars.len()];
    for r in &organizations {
        inside_org[r.clone()].iter_mut().for_each(|b| *b = true);
    }
    let overlaps = |r: &Range<usize>, o: &Range<usize>| o.start < r.end && r.start < o.end;
    let names = names::names(text, resources.surnames()?, resources.segmenter());
    // a name right after a title outranks a place or organization read into it
    let mut organizations: Vec<Range<usize>> = organizations
        .into_iter()
        .filter(|o| !names.strong.iter().any(|n| overlaps(n, o)))
        .collect();
    // the tagger's congress of an organization replaces the organization
    // (`中国共产党|第十五次全国代表大会`)
    let congress_of = |outer: &Range<usize>, inner: &Range<usize>| {
        let rest = text.simple(inner.end..outer.end);
        outer.start == inner.start
            && inner.end < outer.end
            && text.lexicon.ordinal_marks.starts(&rest)
            && text.lexicon.session_endings.ends(&rest)
    };
    organizations.retain(|o| !learned.organizations.iter().any(|l| congress_of(l, o)));
    // a committee named in a title (`市委|书记`) is part of the title, as in the rules
    let learned_orgs: Vec<Range<usize>> = (learned.organizations.iter())
        .filter(|o| !(o.len() <= 3 && organizations::title_follows(text, o.end)))
        .filter(|o| {
            !organizations
                .iter()
                .chain(&names.strong)
                .any(|r| overlaps(r, o))
        })
        .cloned()
        .collect();
    for r in &learned_orgs {
        inside_org[r.clone()].iter_mut().for_each(|b| *b = true);
    }
    organizations.extend(learned_orgs);
    organizations.retain(|o| !organizations::is_generic(text, &text.simple(o.clone())));
    organizations.sort_by_key(|r| r.start);
    let mut places = places::gazetteer_places(
        text,
        resources.gazetteer()?,
        &inside_org,
        resources.segmenter(),
    );
    places.extend(places::tagged_places(
        text,
        &places,
        &inside_org,
        resources.segmenter(),
    ));
    places.extend(places::ending_places(
        text,
        &places,
        &inside_org,
        resources.segmenter(),
    ));
    places.extend(places::streets(text, &places));
    places.extend(places::stems(text, &places));
    places.retain(|p| !names.strong.iter().any(|n| overlaps(n, &p.range)));
    let gazetteer = resources.gazetteer()?;
    let segmenter = resources.segmenter();
    let learned_places: Vec<places::PlaceSpan> = (learned.places.iter())
        .filter_map(|l| places::confirm_learned(text, l, gazetteer, segmenter))
        .filter(|l| {
            !(places.iter().map(|p| &p.range))
                .chain(&organizations)
                .chain(&names.strong)
                .any(|r| overlaps(r, l))
        })
        .map(|r| places::PlaceSpan {
            range: r.clone(),
            level: level_of(&text.simple(r.clone()), gazetteer, text.lexicon),
        })
        .collect();
    places.extend(learned_places);
    places.sort_by_key(|p| p.range.start);
    let in_credit = |r: &Range<usize>| credits.iter().any(|c| c.start <= r.start && r.end <= c.end);
    let free = |r: &Range<usize>, people: &[Range<usize>]| {
        !(organizations.iter().chain(people))
            .chain(places.iter().map(|p| &p.range))
            .any(|o| overlaps(r, o))
    };
    let mut people: Vec<Range<usize>> = names.strong;
    for r in learned.people.into_iter().chain(names.weak) {
        let r = names::trimmed(text, r);
        if free(&r, &people) {
            people.push(r);
        }
    }
    people.retain(|r| !in_credit(r));
    people.sort_by_key(|r| r.start);
    Ok(Found {
        people,
        places: places.into_iter().map(|p| (p.range, p.level)).collect(),
        organizations,
    })
}

/// The level of a place the tagger found: the gazetteer's, else its ending's.
fn level_of(name: &str, gazetteer: &Gazetteer, lexicon: &Lexicon) -> PlaceLevel {
    (gazetteer.lookup_simplified(name).map(|p| p.level))
        .or_else(|| level_of_ending(name, lexicon))
        .unwrap_or(PlaceLevel::Other)
}

/// Every occurrence of each name, grouped, in order of first occurrence.
fn group(text: &Analysis, ranges: impl Iterator<Item = Range<usize>>) -> Vec<(String, Vec<Span>)> {
    let mut order: Vec<String> = Vec::new();
    let mut mentions: HashMap<String, Vec<Span>> = HashMap::new();
    for r in ranges {
        let name = text.original(r.clone());
        let entry = mentions.entry(name.clone()).or_default();
        if entry.is_empty() {
            order.push(name);
        }
        if !entry.contains(&[r.start, r.end]) {
            entry.push([r.start, r.end]);
        }
    }
    order
        .into_iter()
        .map(|n| {
            let mut m = mentions.remove(&n).unwrap_or_default();
            m.sort_unstable();
            (n, m)
        })
        .collect()
}

/// The people of an article with the titles of all their mentions.
fn people(text: &Analysis, found: &Found, credits: &[Range<usize>]) -> Vec<Person> {
    // every mention of a name, not only where it was found
    let names: Vec<String> = (found.people.iter())
        .map(|r| text.simple(r.clone()))
        .collect();
    let mut mentions: Vec<Range<usize>> = Vec::new();
    for name in names.iter() {
        let needle: Vec<char> = name.chars().collect();
        for r in text.find_all(&needle) {
            let credited = credits.iter().any(|c| c.start <= r.start && r.end <= c.end);
            let overlaps = mentions.iter().any(|m| m.start < r.end && r.start < m.end);
            if !credited && !overlaps {
                mentions.push(r);
            }
        }
    }
    mentions.sort_by_key(|r| r.start);
    let mut people: Vec<Person> = Vec::new();
    let mut previous: Option<(Range<usize>, Vec<String>)> = None;
    for mention in &mentions {
        let mut titles: Vec<String> = titles::titles_before(text, mention, &mentions)
            .into_iter()
            .chain(titles::title_after(text, mention))
            .map(|r| text.original(r))
            .collect();
        // `琿春市領導成松今、王艷輝`: a listed name shares the title of the one before it
        if let Some((prev, prev_titles)) = &previous {
            let listed =
                prev.end + 1 == mention.start && text.simplified.get(prev.end) == Some(&'、');
            if titles.is_empty() && listed {
                titles = prev_titles.clone();
            }
        }
        previous = Some((mention.clone(), titles.clone()));
        let name = text.original(mention.clone());
        let person = match people.iter_mut().find(|p| p.name == name) {
            Some(p) => p,
            None => {
                people.push(Person {
                    name,
                    titles: Vec::new(),
                    mentions: Vec::new(),
                });
                let Some(last) = people.last_mut() else {
                    continue;
                };
                last
            }
        };
        person.mentions.push([mention.start, mention.end]);
        for title in titles {
            if !person.titles.contains(&title) {
                person.titles.push(title);
            }
        }
    }
    people
}

/// The people, places and organizations of `text` as [`Extractor`](crate::Extractor)
/// finds them in an article (every mention of a person found once, titles aside), in
/// order, with character offsets into `text`.
///
/// ```
/// use xinwen_chinese::{Gazetteer, Lexicon, Resources, level_of_ending};
/// use xinwen_extract::{EntityKind, find_entities};
///
/// let found = find_entities("市委书记洪庆在延吉市调研", Resources::global()).unwrap();
/// let names: Vec<(EntityKind, &str)> = found.iter().map(|s| (s.kind, s.text.as_str())).collect();
/// assert_eq!(names, [(EntityKind::Person, "洪庆"), (EntityKind::Place, "延吉市")]);
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
    let mut spans: Vec<EntitySpan> = people(&analysis, &found, &[])
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
    spans.sort_by_key(|s| (s.start, s.end));
    Ok(spans)
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
        article.people = people(text, &found, credits);
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
        article.organizations = group(text, found.organizations.iter().cloned())
            .into_iter()
            .map(|(name, mentions)| Organization { name, mentions })
            .collect();
        Ok(())
    }
}
