//! Events: who did what, to what, where and when (`洪慶` `檢查指導` at
//! `延吉市疾病預防控制中心` on `2020-02-06`).
//!
//! Sentence by sentence: every act from the lexicon (检查指导, 调研, 督导, 主持召开,
//! 出席, 讲话, 看望, 部署, …) that is done there, not a noun (`决策部署`) nor an
//! instruction (`要…`) nor the object of attending it (`参加|检查`). The first act's actors
//! are the people named before it ([`actors`]: not those it is for or on whose behalf,
//! not companions), else a body written right before it ([`subject`]: `延吉市|召开`), else
//! the person the text is following (`他`, a dropped subject) while the text follows
//! them; a later act is done by the people named since the act before, or the same
//! actors (`出席会议并讲话`). Places come from `在X，`, from the list after
//! `深入`/`来到`/`到`, or from `在X` right before the act ([`places`]); an act that attends
//! the acts told before (`王沪宁出席。`, `参加上述活动`) is where they were, while the story
//! stays in one place ([`thread`]). The date comes from the sentence, or is the last one
//! written where the text told of people or acts (`当日`). A sentence that only moves
//! the actor to a place (`走进延吉市公安局`) during an inspection is a visit of it.

use std::ops::Range;

use xinwen_chinese::Resources;
use xinwen_core::{Article, Error, Event};

mod act;
mod actors;
mod found;
mod places;
mod subject;
mod thread;

use act::{attends_before, find_actions, is_performed, target};
use actors::{Actor, listed_after, named_within};
use found::Found;
use places::{held_place, place_at, place_before_act, places_after_move};
use subject::{bodies_before, ends_clause};
use thread::Thread;

use super::analysis::Analysis;
use super::enricher::Enricher;

/// The clause of a later act: from the last clause break since the act before.
fn clause_of(text: &Analysis, from: usize, act: &Range<usize>) -> Range<usize> {
    let breaks = |i: &usize| text.simplified.get(*i).copied().is_some_and(ends_clause);
    let start = (from..act.start).rev().find(breaks).map_or(from, |i| i + 1);
    start..act.end
}

/// Fills `events`.
pub(crate) struct Events;

/// The events of one sentence, the thread carried on.
fn sentence_events(
    text: &Analysis,
    sentence: &Range<usize>,
    article: &Article,
    found: &Found,
    thread: &mut Thread,
) -> Vec<Event> {
    let simple = text.simple(sentence.clone());
    if simple.trim().is_empty() {
        return Vec::new();
    }
    let mut acts: Vec<(Range<usize>, String)> = find_actions(text, sentence)
        .into_iter()
        .filter(|(a, _)| is_performed(text, sentence, a, &found.people))
        .collect();
    // an act right after one that attends it is its object (`参加|检查`)
    let attending = &text.lexicon.events.attending;
    let attended: Vec<bool> = (0..acts.len())
        .map(|i| {
            i.checked_sub(1)
                .and_then(|j| acts.get(j))
                .is_some_and(|(p, w)| {
                    attending.contains(w) && Some(p.end) == acts.get(i).map(|a| a.0.start)
                })
        })
        .collect();
    let mut kept = attended.iter();
    acts.retain(|_| !kept.next().copied().unwrap_or(false));
    let action = (!acts.is_empty()).then(|| acts.remove(0));
    let before_action = action.as_ref().map_or(sentence.end, |(a, _)| a.start);
    let date = thread.date_in(article, sentence, before_action);
    let named = named_within(text, found, sentence.start..before_action);
    if let Some(&last) = named.last() {
        if thread.actor != Some(last) {
            thread.outing = None;
        }
        thread.actor = Some(last);
    }
    let headed = place_at(text, sentence, found);
    // whether the sentence moves somebody to its place (`走进X，`, `来到X`)
    let moved = match &headed {
        Some(place) => {
            let head = text.simple(sentence.start..place.start);
            text.lexicon.moves.iter().any(|m| head.contains(m))
        }
        None => true,
    };
    let act_range = action.as_ref().map(|(a, _)| a);
    let mut places: Vec<Range<usize>> = match headed {
        Some(place) => vec![place],
        None => places_after_move(text, sentence, act_range, found),
    };
    if places.is_empty() {
        places.extend(act_range.and_then(|a| place_before_act(text, sentence, a, found)));
    }
    // a sentence that names somebody or refers to the actor (`他`) keeps the thread
    let refers = !named.is_empty()
        || text
            .lexicon
            .events
            .pronouns
            .iter()
            .any(|p| simple.contains(p));
    thread.carry(date.map(|d| d.value.as_str()), refers || action.is_some());
    // and where the sentence holds an event (`在人民大会堂|举行宴会`)
    if let Some(held) = held_place(text, sentence, found) {
        thread.note_place(&text.original(held));
    }
    let live = thread.live || refers;
    thread.live = refers;
    let written = match &action {
        Some((range, a)) => {
            let written = text.original(range.clone());
            if text.lexicon.outings.contains(a) {
                thread.outing = Some(written.clone());
            }
            written
        }
        // a sentence that only moves the actor on (`他还走进X`) is a visit of the outing;
        // one that only names a place (`在江苏扬州，…`) tells of something else
        None => match (&thread.outing, places.is_empty()) {
            (Some(o), false) if !named.is_empty() || (moved && live) => o.clone(),
            _ => return Vec::new(),
        },
    };
    let place_names: Vec<Option<String>> = match places.is_empty() {
        true => vec![None],
        false => places
            .iter()
            .map(|p| Some(text.original(p.clone())))
            .collect(),
    };
    // a dropped subject is the actor the text follows, while it follows one
    // no person named: a body written right before the act (`延吉市|召开`), or the
    // actor the text follows, while it follows one
    let bodies = |at: usize| -> Vec<Actor> {
        (bodies_before(text, found, sentence, at).into_iter())
            .map(Actor::Body)
            .collect()
    };
    let first_bodies = action
        .as_ref()
        .map_or_else(Vec::new, |(a, _)| bodies(a.start));
    let listed = action
        .as_ref()
        .map_or_else(Vec::new, |(a, _)| listed_after(text, found, sentence, a));
    let mut actors: Vec<Actor> = match (named.is_empty(), first_bodies.is_empty()) {
        _ if !listed.is_empty() => listed.into_iter().map(Actor::Person).collect(),
        (false, _) => named.into_iter().map(Actor::Person).collect(),
        (true, false) => first_bodies,
        (true, true) => thread
            .actor
            .filter(|_| live)
            .map(Actor::Person)
            .into_iter()
            .collect(),
    };
    let sentence_text = text.original(sentence.clone()).trim().to_string();
    let mut events = Vec::new();
    let act_date = thread.date.clone();
    let story_place = thread.place();
    let mut act = |actors: &[Actor],
                   range: Option<&Range<usize>>,
                   written: String,
                   place_names: &[Option<String>]| {
        let object_range = range.and_then(|a| target(text, sentence, a));
        let inherits = range.is_some_and(|a| attends_before(text, a, object_range.as_ref()));
        let inherited = [story_place.clone()];
        let place_names = if inherits && place_names.iter().all(Option::is_none) {
            &inherited[..]
        } else {
            place_names
        };
        let object = object_range.map(|o| text.original(o));
        // `会议以视频形式召开`: convening nothing is no one's act
        let convenes =
            range.is_some_and(|a| text.lexicon.convening.contains(&text.simple(a.clone())));
        if convenes && object.is_none() {
            return;
        }
        for actor in actors {
            let (name, titles) = match actor {
                Actor::Person(p) => match article.people.get(*p) {
                    Some(person) if !found.outside_office.get(*p).copied().unwrap_or(false) => {
                        (person.name.clone(), person.titles.clone())
                    }
                    _ => continue,
                },
                Actor::Body(b) => (text.original(b.clone()), Vec::new()),
            };
            for place in place_names {
                events.push(Event {
                    actor: name.clone(),
                    titles: titles.clone(),
                    action: written.clone(),
                    target: object.clone(),
                    place: place.clone(),
                    date: act_date.clone(),
                    sentence: sentence_text.clone(),
                });
            }
        }
    };
    act(&actors, act_range, written, &place_names);
    // the sentence's later acts (`出席会议并讲话`, `A主持会议，B讲话`): by the people
    // named since the act before, a body right before it, or else the same actors
    let mut from = before_action;
    for (range, _) in &acts {
        let named = named_within(text, found, from..range.start);
        if let Some(&last) = named.last() {
            thread.actor = Some(last);
            actors = named.into_iter().map(Actor::Person).collect();
        } else {
            let found = bodies(range.start);
            if !found.is_empty() {
                actors = found;
            }
        }
        // a later act with places of its own (`随后来到X检查`)
        let clause = clause_of(text, from, range);
        let mut own = places_after_move(text, &clause, Some(range), found);
        own.extend(place_before_act(text, &clause, range, found).filter(|_| own.is_empty()));
        let own: Vec<Option<String>> = own.into_iter().map(|p| Some(text.original(p))).collect();
        let places = if own.is_empty() { &place_names } else { &own };
        act(&actors, Some(range), text.original(range.clone()), places);
        from = range.end;
    }
    // where the story is: its acts' places
    for place in events.iter().filter_map(|e| e.place.as_deref()) {
        thread.note_place(place);
    }
    thread.live |= !events.is_empty();
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
        resources: &Resources,
    ) -> Result<(), Error> {
        let mut found = Found::new(article, text.chars.len());
        // people whose titles all say they hold no office (`导演`, `被告人`) do no
        // official act
        let (converter, not_officials) =
            (resources.converter()?, &text.lexicon.events.not_officials);
        found.outside_office = (article.people.iter())
            .map(|p| {
                let simple = |t: &String| converter.to_simplified(t).into_owned();
                !p.titles.is_empty() && p.titles.iter().all(|t| not_officials.ends(&simple(t)))
            })
            .collect();
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
