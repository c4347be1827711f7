//! Events: who did what, to what, where and when (`洪慶` `檢查指導` at
//! `延吉市疾病預防控制中心` on `2020-02-06`).
//!
//! Sentence by sentence: an act from the lexicon (检查指导, 调研, 督导, 主持召开,
//! 出席, 讲话, 看望, …) gets as actor the person named before it, or the person the text
//! is following (`他`, a dropped subject); its places come from `在X，` or from the list
//! after `深入`/`来到`/`到`; its date from the sentence or the last date written
//! (`当日`). A sentence that only moves the actor to a place (`走进延吉市公安局`) during
//! an inspection is a visit of that inspection.

use std::ops::Range;

use xinwen_chinese::Resources;
use xinwen_core::{Article, Error, Event};

mod act;

use act::{is_performed, target};

use super::analysis::Analysis;
use super::enricher::Enricher;
use super::marks::{Covered, Sorted};

/// The first act of the lexicon in `sentence`, longest first.
fn find_action(text: &Analysis, sentence: &Range<usize>) -> Option<(Range<usize>, String)> {
    let acts = &text.lexicon.acts;
    (sentence.start..sentence.end).find_map(|at| {
        let n = acts
            .prefix_at(&text.simplified, at)
            .filter(|n| at + n <= sentence.end)?;
        Some((at..at + n, text.simple(at..at + n)))
    })
}

/// The phrase after `在` at the head of the sentence (`在延邊白山大廈,`), when it names
/// a place: it holds a known place or organization, or ends like a location, and names
/// nobody (`在山东曲阜做导游的孔静…` is a clause, not a place).
fn place_at(text: &Analysis, sentence: &Range<usize>, found: &Found) -> Option<Range<usize>> {
    let mut start = sentence.start;
    // skip a date and its comma: `1月28日上午,在…`
    if let Some(d) = found.dates.starting_at(start) {
        start = d.end;
        while text
            .simplified
            .get(start)
            .is_some_and(|c| matches!(c, ',' | '，' | ' '))
        {
            start += 1;
        }
    }
    let words = text.lexicon;
    if !(text.simplified.get(start)).is_some_and(|c| words.place_marks.contains_char(*c)) {
        return None;
    }
    let end = (start + 1..sentence.end).find(|&i| matches!(text.simplified[i], ',' | '，'))?;
    let phrase = start + 1..end;
    let word = text.simple(phrase.clone());
    let named = found.known.within(phrase.clone()).next().is_some();
    let located = words.location_endings.ends(&word);
    let names_someone = found.people.within(phrase.clone()).next().is_some();
    (phrase.len() >= 2 && phrase.len() <= 20 && (named || located) && !names_someone)
        .then_some(phrase)
}

/// The places listed after a move word, up to the act or a clause end.
fn places_after_move(
    text: &Analysis,
    sentence: &Range<usize>,
    action: Option<&Range<usize>>,
    found: &Found,
) -> Vec<Range<usize>> {
    let lexicon = text.lexicon;
    let words: String = text.simple(sentence.clone());
    let Some(moved) = lexicon.moves.find_in(&words).next() else {
        return Vec::new();
    };
    let start = sentence.start + words[..moved.end].chars().count();
    let mut end = action.map_or(sentence.end, |a| a.start).max(start);
    let list: String = text.simple(start..end);
    if let Some(cut) = lexicon.list_ends.find_in(&list).next() {
        end = start + list[..cut.start].chars().count();
    }
    let mut items = Vec::new();
    let mut item_start = start;
    for i in start..=end {
        // `县疾控中心和沙湾镇卫生院`: 和 between two known names splits too
        let joins_known = (text.simplified.get(i))
            .is_some_and(|c| lexicon.conjunctions.contains_char(*c))
            && found.known_ends.get(i).copied().unwrap_or(false)
            && found.known.starting_at(i + 1).is_some();
        let split =
            i == end || joins_known || matches!(text.simplified.get(i), Some('、' | ',' | '，'));
        if split {
            if i > item_start {
                items.push(item_start..i);
            }
            item_start = i + 1;
        }
    }
    // an item that starts with known places ends where they end (`依蘭鎮利民村入村卡口`)
    items
        .into_iter()
        .map(|item| {
            let mut end = item.start;
            for k in found.known.within(item.clone()) {
                if k.start == end && k.end > end {
                    end = k.end;
                }
            }
            if end > item.start {
                item.start..end
            } else {
                item
            }
        })
        .filter(|r| (2..=20).contains(&r.len()))
        // a place: known, or ending like one (not `嫩绿的秧苗长势喜人`, `止咳`), naming
        // nobody (`廖婉清走进活动室`)
        .filter(|r| {
            let word = text.simple(r.clone());
            let placed =
                found.known.starting_at(r.start).is_some() || lexicon.location_endings.ends(&word);
            placed && !found.people_covered.overlaps(r)
        })
        .collect()
}

/// What the entities and dates of the article say, indexed for the event rules.
struct Found {
    /// Places and organizations.
    known: Sorted,
    /// For each character, whether a place or organization ends there.
    known_ends: Vec<bool>,
    /// Mentions of people.
    people: Sorted,
    /// The characters mentions of people cover.
    people_covered: Covered,
    /// Dates of the body.
    dates: Sorted,
}

impl Found {
    fn new(article: &Article, n: usize) -> Self {
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
        Found {
            known: Sorted::new(known),
            known_ends,
            people_covered: Covered::of(n, &people),
            people: Sorted::new(people),
            dates: Sorted::new(article.dates.iter().map(|d| d.start..d.end).collect()),
        }
    }
}

/// Fills `events`.
pub(crate) struct Events;

impl Enricher for Events {
    fn name(&self) -> &'static str {
        "events"
    }

    fn enrich(
        &self,
        article: &mut Article,
        text: &Analysis,
        _resources: &Resources,
    ) -> Result<(), Error> {
        let found = Found::new(article, text.chars.len());
        // mentions by start, each with its person
        let mut mentions: Vec<(Range<usize>, usize)> = (article.people.iter().enumerate())
            .flat_map(|(i, p)| p.mentions.iter().map(move |m| (m[0]..m[1], i)))
            .collect();
        mentions.sort_by_key(|(m, _)| m.start);
        let mut next_date = 0;
        let (mut actor, mut date, mut outing): (Option<usize>, Option<String>, Option<String>) =
            (None, None, None);
        for sentence in &text.sentences {
            // the first date of the sentence (dates come in text order)
            while (article.dates.get(next_date)).is_some_and(|d| d.start < sentence.start) {
                next_date += 1;
            }
            if let Some(d) = article
                .dates
                .get(next_date)
                .filter(|d| sentence.contains(&d.start))
            {
                date = Some(d.value.clone());
            }
            let action = find_action(text, sentence)
                .filter(|(a, _)| is_performed(text, sentence, a, &found.people));
            let before_action = action.as_ref().map_or(sentence.end, |(a, _)| a.start);
            // everyone named before the act acts (`葉建交,…方宇,…林建梅來到…督導`), in
            // the order people were first named
            let first = mentions.partition_point(|(m, _)| m.start < sentence.start);
            let mut named: Vec<(usize, usize)> = (mentions.get(first..).unwrap_or_default().iter())
                .take_while(|(m, _)| m.start < before_action)
                .filter(|(m, _)| m.end <= before_action)
                .map(|(m, p)| (*p, m.start))
                .collect();
            named.sort_unstable();
            let named: Vec<usize> = named.into_iter().map(|(p, _)| p).collect();
            if let Some(&last) = named.last() {
                if actor != Some(last) {
                    outing = None;
                }
                actor = Some(last);
            }
            let places: Vec<Range<usize>> = match place_at(text, sentence, &found) {
                Some(place) => vec![place],
                None => {
                    let action = action.as_ref().map(|(a, _)| a);
                    places_after_move(text, sentence, action, &found)
                }
            };
            let written = match &action {
                Some((range, a)) => {
                    let written = text.original(range.clone());
                    if text.lexicon.outings.contains(a) {
                        outing = Some(written.clone());
                    }
                    written
                }
                None => match (&outing, places.is_empty()) {
                    (Some(o), false) => o.clone(),
                    _ => continue,
                },
            };
            let actors: Vec<usize> = if named.is_empty() {
                actor.into_iter().collect()
            } else {
                named
            };
            let place_names: Vec<Option<String>> = if places.is_empty() {
                vec![None]
            } else {
                places
                    .iter()
                    .map(|p| Some(text.original(p.clone())))
                    .collect()
            };
            let object = action.as_ref().and_then(|(a, _)| target(text, sentence, a));
            // `会议以视频形式召开`: convening nothing is no one's act
            let convenes =
                (action.as_ref()).is_some_and(|(_, a)| text.lexicon.convening.contains(a));
            if convenes && object.is_none() {
                continue;
            }
            for person in actors.iter().filter_map(|p| article.people.get(*p)) {
                for place in &place_names {
                    article.events.push(Event {
                        actor: person.name.clone(),
                        titles: person.titles.clone(),
                        action: written.clone(),
                        target: object.clone(),
                        place: place.clone(),
                        date: date.clone(),
                        sentence: text.original(sentence.clone()).trim().to_string(),
                    });
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod case_tests {
    use crate::cases::{body_page, case_table, enriched, events};

    case_table!(
        events_table,
        "events.txt",
        |t| events(&enriched(t)),
        body_page,
        events
    );
}
