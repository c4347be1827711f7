//! People: every mention of the names found, with the titles each mention is given.

use std::collections::HashMap;
use std::ops::Range;

use xinwen_core::{Person, Span};

use super::titles::{Mentions, title_after, titles_before};
use super::works;
use crate::enrich::analysis::Analysis;
use crate::enrich::marks::{Covered, SpanOf};

/// Every occurrence of each name, grouped, in order of first occurrence.
pub(crate) fn group(
    text: &Analysis,
    ranges: impl Iterator<Item = Range<usize>>,
) -> Vec<(String, Vec<Span>)> {
    let mut order: Vec<String> = Vec::new();
    let mut mentions: HashMap<String, Vec<Span>> = HashMap::new();
    for r in ranges {
        let name = text.original(r.clone());
        let entry = mentions.entry(name.clone()).or_default();
        if entry.is_empty() {
            order.push(name);
        }
        entry.push([r.start, r.end]);
    }
    (order.into_iter())
        .map(|n| {
            let mut m = mentions.remove(&n).unwrap_or_default();
            m.sort_unstable();
            m.dedup();
            (n, m)
        })
        .collect()
}

/// Every mention of the names of `found` (not only where each was found), left to
/// right: the first name to claim a place keeps it, and names inside credits or filling
/// book-title marks are none.
fn mentions(
    text: &Analysis,
    found: &[Range<usize>],
    credits: &[Range<usize>],
) -> Vec<Range<usize>> {
    let mut names: Vec<String> = Vec::new();
    for r in found {
        let name = text.simple(r.clone());
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let credited = SpanOf::of(text.chars.len(), credits);
    let mut taken = Covered::new(text.chars.len());
    let mut mentions = Vec::new();
    for occurrences in text.find_each(&names) {
        for r in occurrences {
            // (a name filling book-title marks is a work's: `《雷锋》`)
            let work = works::fills_title_marks(text, &r);
            if !credited.within_one(&r) && !taken.overlaps(&r) && !work {
                taken.mark(&r);
                mentions.push(r);
            }
        }
    }
    mentions.sort_by_key(|r| r.start);
    mentions
}

/// The people of an article with the titles of all their mentions; `organizations` are
/// the names of its bodies, which a title holds whole (`中国房地产及住宅研究会副会长`).
pub(crate) fn people(
    text: &Analysis,
    found: &[Range<usize>],
    organizations: &[Range<usize>],
    credits: &[Range<usize>],
) -> Vec<Person> {
    let mentions = mentions(text, found, credits);
    let index = Mentions::new(text, &mentions, organizations);
    let mut people: Vec<Person> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut previous: Option<(Range<usize>, Vec<String>)> = None;
    for mention in &mentions {
        let mut titles: Vec<String> = titles_before(text, mention, &index)
            .into_iter()
            .chain(title_after(text, mention))
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
        let at = *by_name.entry(name.clone()).or_insert_with(|| {
            people.push(Person {
                name,
                titles: Vec::new(),
                mentions: Vec::new(),
            });
            people.len() - 1
        });
        let Some(person) = people.get_mut(at) else {
            continue;
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
