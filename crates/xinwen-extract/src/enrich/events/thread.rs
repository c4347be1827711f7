//! What the text follows from sentence to sentence: who acts, on what day, where, on
//! which outing (an inspection whose later visits are part of it).

use std::ops::Range;

use xinwen_core::{Article, DateMention};

/// The story's actor, day and place, carried from sentence to sentence.
#[derive(Debug, Default)]
pub(super) struct Thread {
    /// The person the text follows (an index into the article's people).
    pub(super) actor: Option<usize>,
    /// Whether the last sentence named the actor or told of an act: a sentence that
    /// does neither ends the thread, and a later act needs a named actor again.
    pub(super) live: bool,
    /// The day of the acts told last.
    pub(super) date: Option<String>,
    /// Where the story's acts took place.
    place: Option<String>,
    /// Whether the story has been in more than one place (a tour, a summit's days).
    moved: bool,
    /// The outing the later visits belong to.
    pub(super) outing: Option<String>,
    /// The first date of the article not yet passed.
    next_date: usize,
}

impl Thread {
    /// The date of an act starting at `act_start` in `sentence`: the last date written
    /// before the act (not a dateline's, `5月12日讯…5月11日下午…调研`), else the
    /// sentence's first. Dates come in text order: those before the sentence are passed.
    pub(super) fn date_in<'a>(
        &mut self,
        article: &'a Article,
        sentence: &Range<usize>,
        act_start: usize,
    ) -> Option<&'a DateMention> {
        let dates = &article.dates;
        while (dates.get(self.next_date)).is_some_and(|d| d.start < sentence.start) {
            self.next_date += 1;
        }
        let mut date = None;
        let in_sentence = dates.get(self.next_date..).unwrap_or_default().iter();
        for d in in_sentence.take_while(|d| d.start < sentence.end) {
            if date.is_none() || d.start < act_start {
                date = Some(d);
            }
        }
        date
    }

    /// Carries the date a sentence gives on: a sentence that tells of an act or of
    /// people replaces the thread's; one that tells of something else is background
    /// (`圣火自9月8日起在各地传递`) and only gives a date when the thread has none.
    pub(super) fn carry(&mut self, date: Option<&str>, tells: bool) {
        if let Some(d) = date.filter(|_| tells || self.date.is_none()) {
            self.date = Some(d.to_string());
        }
    }

    /// Notes a place where an act of the story took place (or an event was held).
    pub(super) fn note_place(&mut self, place: &str) {
        self.moved |= self.place.as_deref().is_some_and(|p| p != place);
        self.place = Some(place.to_string());
    }

    /// Where the acts told before took place, while the story has stayed in one place:
    /// the place of an act that attends them (`王沪宁出席。`, `张平参加会见`).
    pub(super) fn place(&self) -> Option<String> {
        self.place.clone().filter(|_| !self.moved)
    }
}
