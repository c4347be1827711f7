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
mod found;
mod places;

use act::{is_performed, target};
use found::Found;
use places::{place_at, places_after_move};

use super::analysis::Analysis;
use super::enricher::Enricher;

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

/// Fills `events`.
pub(crate) struct Events;

/// What the text follows from sentence to sentence: who acts, on what day, on which
/// outing (an inspection whose later visits are part of it).
#[derive(Debug, Default)]
struct Thread {
    actor: Option<usize>,
    date: Option<String>,
    outing: Option<String>,
    /// The first date of the article not yet passed.
    next_date: usize,
}

/// The people named before the act of `sentence` (`葉建交,…方宇,…林建梅來到…督導`), in the
/// order the article first named them.
fn named_before(found: &Found, sentence: &Range<usize>, before_action: usize) -> Vec<usize> {
    let mentions = &found.mentions;
    let first = mentions.partition_point(|(m, _)| m.start < sentence.start);
    let mut named: Vec<(usize, usize)> = (mentions.get(first..).unwrap_or_default().iter())
        .take_while(|(m, _)| m.start < before_action)
        .filter(|(m, _)| m.end <= before_action)
        .map(|(m, p)| (*p, m.start))
        .collect();
    named.sort_unstable();
    named.into_iter().map(|(p, _)| p).collect()
}

/// The events of one sentence, the thread carried on.
fn sentence_events(
    text: &Analysis,
    sentence: &Range<usize>,
    article: &Article,
    found: &Found,
    thread: &mut Thread,
) -> Vec<Event> {
    // the first date of the sentence (dates come in text order)
    while (article.dates.get(thread.next_date)).is_some_and(|d| d.start < sentence.start) {
        thread.next_date += 1;
    }
    let date = article.dates.get(thread.next_date);
    if let Some(d) = date.filter(|d| sentence.contains(&d.start)) {
        thread.date = Some(d.value.clone());
    }
    let action =
        find_action(text, sentence).filter(|(a, _)| is_performed(text, sentence, a, &found.people));
    let before_action = action.as_ref().map_or(sentence.end, |(a, _)| a.start);
    let named = named_before(found, sentence, before_action);
    if let Some(&last) = named.last() {
        if thread.actor != Some(last) {
            thread.outing = None;
        }
        thread.actor = Some(last);
    }
    let places: Vec<Range<usize>> = match place_at(text, sentence, found) {
        Some(place) => vec![place],
        None => places_after_move(text, sentence, action.as_ref().map(|(a, _)| a), found),
    };
    let written = match &action {
        Some((range, a)) => {
            let written = text.original(range.clone());
            if text.lexicon.outings.contains(a) {
                thread.outing = Some(written.clone());
            }
            written
        }
        None => match (&thread.outing, places.is_empty()) {
            (Some(o), false) => o.clone(),
            _ => return Vec::new(),
        },
    };
    let object = action.as_ref().and_then(|(a, _)| target(text, sentence, a));
    // `会议以视频形式召开`: convening nothing is no one's act
    let convenes = (action.as_ref()).is_some_and(|(_, a)| text.lexicon.convening.contains(a));
    if convenes && object.is_none() {
        return Vec::new();
    }
    let actors: Vec<usize> = match named.is_empty() {
        true => thread.actor.into_iter().collect(),
        false => named,
    };
    let place_names: Vec<Option<String>> = match places.is_empty() {
        true => vec![None],
        false => places
            .iter()
            .map(|p| Some(text.original(p.clone())))
            .collect(),
    };
    let mut events = Vec::new();
    for person in actors.iter().filter_map(|p| article.people.get(*p)) {
        for place in &place_names {
            events.push(Event {
                actor: person.name.clone(),
                titles: person.titles.clone(),
                action: written.clone(),
                target: object.clone(),
                place: place.clone(),
                date: thread.date.clone(),
                sentence: text.original(sentence.clone()).trim().to_string(),
            });
        }
    }
    events
}

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
        let mut thread = Thread::default();
        let mut events = Vec::new();
        for sentence in &text.sentences {
            events.extend(sentence_events(
                text,
                sentence,
                article,
                &found,
                &mut thread,
            ));
        }
        article.events.extend(events);
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
