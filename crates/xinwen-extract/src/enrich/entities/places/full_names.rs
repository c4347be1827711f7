//! Places known by their full names (`places/full_names`), and railways and expressways
//! named by their ends (`京港澳高速`), which the tagger, the gazetteer and the segmenter
//! cut or miss.

use xinwen_chinese::Gazetteer;
use xinwen_core::PlaceLevel;

use super::{PlaceSpan, inside_org_body};
use crate::enrich::analysis::Analysis;

/// The entries of `places/full_names` written in the text, each starting a word of the
/// segmenter (`粤港澳大湾区|内`: the end may fall inside one, as `区内` is cut) and not
/// inside an organization's name past its head, longest first, left to right.
pub(crate) fn full_name_places(text: &Analysis, inside_org: &[bool]) -> Vec<PlaceSpan> {
    let names = &text.lexicon.candidates.place_full_names;
    let chars = &text.simplified;
    let mut found = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        match names.prefix_at(chars, at) {
            Some(len) if text.is_word_start(at) && !inside_org_body(inside_org, at) => {
                found.push(PlaceSpan {
                    range: at..at + len,
                    level: PlaceLevel::Other,
                });
                at += len;
            }
            _ => at += 1,
        }
    }
    found
}

/// Most short names of places a route's name runs through (`京港澳`, `呼北`).
const ROUTE_PARTS: usize = 4;

/// Railways and expressways named by their ends: two or more short names of places
/// (`places/route_parts`), the first starting a word, before a route's ending
/// (`places/route_endings`), with the road's number before them if it is written
/// (`G4京港澳高速公路`, `沪昆高速`, `京沪高铁`, `京广线`), not inside an organization's
/// name past its head, and not a city's name (`武汉|铁路`).
pub(crate) fn routes(
    text: &Analysis,
    inside_org: &[bool],
    gazetteer: &Gazetteer,
) -> Vec<PlaceSpan> {
    let words = &text.lexicon.candidates;
    let chars = &text.simplified;
    let part = |i: usize| {
        chars
            .get(i)
            .is_some_and(|c| words.route_parts.contains_char(*c))
    };
    let mut found: Vec<PlaceSpan> = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let Some(len) = part(at).then(|| words.route_endings.prefix_at(chars, at + 1)) else {
            at += 1;
            continue;
        };
        // the run of short names ending at `at`, as far left as it goes
        let mut start = at;
        while start > 0 && at + 1 - start < ROUTE_PARTS && part(start - 1) {
            start -= 1;
        }
        // a city's own railway is no route between two places (`武汉|铁路`, `南宁|铁路局`)
        let city = || {
            gazetteer
                .lookup_simplified(&text.simple(start..at + 1))
                .is_some()
        };
        let fits = at > start
            && text.is_word_start(start)
            && !inside_org_body(inside_org, start)
            && !city();
        match len.filter(|_| fits) {
            Some(len) => {
                let number = road_number_before(chars, start);
                let from = found.last().map_or(0, |p| p.range.end);
                found.push(PlaceSpan {
                    range: number.max(from)..at + 1 + len,
                    level: PlaceLevel::Other,
                });
                at += 1 + len;
            }
            None => at += 1,
        }
    }
    found
}

/// Where the number of a road written right before `start` begins (`G4`, `S20`), or
/// `start`.
pub(super) fn road_number_before(chars: &[char], start: usize) -> usize {
    let digits = (chars.get(..start).unwrap_or_default().iter().rev())
        .take_while(|c| c.is_ascii_digit())
        .count();
    let letter = start.checked_sub(digits + 1).filter(|_| digits > 0);
    match letter.and_then(|i| chars.get(i).map(|c| (i, c))) {
        Some((i, 'G' | 'S')) => i,
        _ => start,
    }
}
