//! The entities and dates of the article, indexed for the event rules.

use std::ops::Range;

use xinwen_core::Article;

use crate::enrich::marks::{Covered, Sorted};

/// What the entities and dates of the article say, indexed for the event rules.
pub(super) struct Found {
    /// Places and organizations.
    pub(super) known: Sorted,
    /// For each character, whether a place or organization ends there.
    pub(super) known_ends: Vec<bool>,
    /// Mentions of people.
    pub(super) people: Sorted,
    /// Mentions of people by start, each with the index of its person.
    pub(super) mentions: Vec<(Range<usize>, usize)>,
    /// The characters mentions of people cover.
    pub(super) people_covered: Covered,
    /// Dates of the body.
    pub(super) dates: Sorted,
    /// For each person of the article, whether their titles say they hold no office.
    pub(super) outside_office: Vec<bool>,
}

impl Found {
    pub(super) fn new(article: &Article, n: usize) -> Self {
        let known: Vec<Range<usize>> = (article.places.iter().flat_map(|p| p.mentions.iter()))
            .chain(article.organizations.iter().flat_map(|o| o.mentions.iter()))
            .map(|m| m[0]..m[1])
            .collect();
        let mut known_ends = vec![false; n + 1];
        for k in &known {
            if let Some(e) = known_ends.get_mut(k.end) {
                *e = true;
            }
        }
        let people: Vec<Range<usize>> = (article.people.iter().flat_map(|p| p.mentions.iter()))
            .map(|m| m[0]..m[1])
            .collect();
        let mut mentions: Vec<(Range<usize>, usize)> = (article.people.iter().enumerate())
            .flat_map(|(i, p)| p.mentions.iter().map(move |m| (m[0]..m[1], i)))
            .collect();
        mentions.sort_by_key(|(m, _)| m.start);
        Found {
            mentions,
            known: Sorted::new(known),
            known_ends,
            people_covered: Covered::of(n, &people),
            people: Sorted::new(people),
            dates: Sorted::new(article.dates.iter().map(|d| d.start..d.end).collect()),
            outside_office: Vec::new(),
        }
    }
}
