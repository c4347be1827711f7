//! The bodies that do an act when no person does: a place or an organization written
//! right before the act in its clause, with at most a date between, and those listed
//! with it (`延吉市疫情防控领导小组|召开`, `中共中央政治局|7月28日|召开`, `青禾市|召开`,
//! `A、B等|部署`); none after a mark of whose act is followed (`落实党中央、国务院部署`).

use std::ops::Range;

use super::found::Found;
use crate::enrich::analysis::Analysis;

/// Characters that end a clause.
pub(super) fn ends_clause(c: char) -> bool {
    matches!(c, ',' | '，' | '；' | ';' | '。' | '：' | ':')
}

/// The places or organizations that are the subject of the act starting at `at`: the
/// one written right before it, and those listed with it (`国家防办、应急管理部、水利部等|部署`).
pub(super) fn bodies_before(
    text: &Analysis,
    found: &Found,
    sentence: &Range<usize>,
    at: usize,
) -> Vec<Range<usize>> {
    let clause_start = (sentence.start..at)
        .rev()
        .find(|&i| text.simplified.get(i).copied().is_some_and(ends_clause))
        .map_or(sentence.start, |i| i + 1);
    let mut end = at;
    // a date between the bodies and their act (`7月28日`)
    if let Some(d) = found.dates.within(clause_start..end).find(|d| d.end == end) {
        end = d.start;
    }
    // the end of a list (`…等`)
    if let Some(n) = (text.lexicon.list_ends.iter())
        .filter(|e| text.simple(clause_start..end).ends_with(*e))
        .map(|e| e.chars().count())
        .max()
    {
        end -= n;
    }
    let body_ending = |end: usize| -> Option<Range<usize>> {
        if !found.known_ends.get(end).copied().unwrap_or(false) {
            return None;
        }
        (found.known.within(clause_start..end))
            .filter(|k| k.end == end)
            .min_by_key(|k| k.start)
            .cloned()
    };
    let mut bodies: Vec<Range<usize>> = Vec::new();
    let mut next = body_ending(end);
    while let Some(body) = next {
        let start = body.start;
        bodies.push(body);
        // the one before in the list, joined by `、` or a conjunction (`和`, `及`)
        next = start
            .checked_sub(1)
            .filter(|&i| {
                (text.simplified.get(i))
                    .is_some_and(|&c| c == '、' || text.lexicon.conjunctions.contains_char(c))
            })
            .and_then(body_ending);
    }
    bodies.reverse();
    // `落实党中央、国务院部署`: whose deployment is followed, not who deploys; `来到X检查`,
    // `在X检查`: where the act is, not who does it
    let lead = bodies
        .first()
        .map_or(String::new(), |b| text.simple(clause_start..b.start));
    let words = text.lexicon;
    let placed = (lead.chars().last()).is_some_and(|c| words.place_marks.contains_char(c));
    if placed
        || words.moves.ends(&lead)
        || (words.events.not_actor_marks.iter()).any(|m| lead.contains(m))
    {
        return Vec::new();
    }
    bodies
}
