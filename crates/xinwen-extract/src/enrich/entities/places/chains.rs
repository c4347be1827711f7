//! The tagger's places, kept or split against the places the rules found: an address the
//! tagger reads whole (`涿州市码头镇西茨村`) where the rules found only its first units
//! (`涿州市`, the segmenter having glued across the rest: `码头|镇西|茨|村`).

use std::ops::Range;

use xinwen_chinese::{Gazetteer, Segmenter};

use super::learned::confirm_learned;
use super::plausible;
use crate::enrich::analysis::{Analysis, is_han};
use crate::enrich::marks::Covered;

/// Fewest characters of a unit of a chain: a stem of two and an ending.
const SHORTEST_UNIT: usize = 3;

/// Most characters after the last unit of a chain that make none.
const MOST_TAIL: usize = 2;

/// Fewest uses in the dictionary of a common word (`遗址` 5,882; `岔沟` 15).
const COMMON_WORD: u64 = 1000;

/// The tagger's places (`learned`), confirmed ([`confirm_learned`]), that overlap
/// nothing found (`taken`: places, organizations, people); and of one that starts with
/// places the rules found (`placed`) and goes on past them over nothing else found,
/// the units of the rest when all of it (but a short tail, see [`chain_after_places`])
/// is a chain of administrative units or villages, each of [`SHORTEST_UNIT`] characters
/// or more, read as a place name would be and not ending in a word of a kind of place
/// (`小区`) nor opening with a direction (`北部`): `涿州市|码头镇|西茨村`; and of one
/// that ends with places found, its start when that is a place the gazetteer knows
/// (`温岭|城南镇`). A side (`缅方`) is no place: `side` tells.
pub(crate) fn learned_places(
    text: &Analysis,
    learned: &[Range<usize>],
    (taken, placed): (&Covered, &Covered),
    (gazetteer, segmenter): (&Gazetteer, &Segmenter),
    side: &impl Fn(&str) -> bool,
) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for l in learned
        .iter()
        .filter(|l| !side(text.simple_slice((*l).clone())))
    {
        match confirm_learned(text, l, gazetteer, segmenter) {
            Some(r) if !taken.overlaps(&r) => found.push(r),
            Some(r) => {
                found.extend(chain_after_places(text, &r, taken, placed, segmenter));
                found.extend(known_before_places(text, &r, (taken, placed), gazetteer));
            }
            None => {}
        }
    }
    found
}

/// The start of `range` when the rest of it is places found and the start a place the
/// gazetteer knows, taken by nothing found (`温岭|城南镇`: the rules found `城南镇`).
fn known_before_places(
    text: &Analysis,
    range: &Range<usize>,
    (taken, placed): (&Covered, &Covered),
    gazetteer: &Gazetteer,
) -> Option<Range<usize>> {
    let marks = placed.as_slice();
    let placed_at = |i: usize| marks.get(i).copied().unwrap_or(false);
    // where the places found at the end of `range` start
    let split = (range.start..range.end)
        .rev()
        .take_while(|&i| placed_at(i))
        .last()?;
    let head = range.start..split;
    let known = gazetteer
        .lookup_simplified(text.simple_slice(head.clone()))
        .is_some();
    (head.len() >= 2 && known && !taken.overlaps(&head)).then_some(head)
}

/// The units of `range` after the places found at its start, if the rest is a chain of
/// them (see [`learned_places`]).
fn chain_after_places(
    text: &Analysis,
    range: &Range<usize>,
    taken: &Covered,
    placed: &Covered,
    segmenter: &Segmenter,
) -> Vec<Range<usize>> {
    let marks = placed.as_slice();
    let rest = (range.start..range.end)
        .find(|&i| !marks.get(i).copied().unwrap_or(false))
        .unwrap_or(range.end);
    if rest == range.start || rest == range.end || taken.overlaps(&(rest..range.end)) {
        return Vec::new();
    }
    let words = text.lexicon;
    let mut units = Vec::new();
    let mut start = rest;
    for end in rest + SHORTEST_UNIT..=range.end {
        let unit = text.simple_slice(start..end);
        if end - start >= SHORTEST_UNIT
            && (words.admin_endings.suffix_of(unit).is_some()
                || words.village_endings.suffix_of(unit).is_some())
        {
            // an ending inside a word of another kind ends a kind of place, no unit
            // (`经济适用房|小区`, `大峡谷|景区`, `枫泾|服务区`)
            // and a direction opens no unit (`北部|山区`)
            let tag = |r: Range<usize>| segmenter.dictionary_tag(text.simple_slice(r));
            let kind_word = (start + 2..end - 1).any(|k| tag(k..end).is_some_and(|t| t != "ns"));
            let direction = tag(start..start + 2).is_some_and(|t| t == "f");
            if kind_word || direction || !plausible(words, unit, segmenter) {
                return Vec::new();
            }
            units.push(start..end);
            start = end;
        }
    }
    // a short tail that makes no unit is the start of one the tagger cut short
    // (`坪地村|岔沟` of `岔沟组`): the units before it stand if they are all Chinese
    // characters (not `201省` of `201省道`) and end a word (not `交易市|场`), unless the
    // tail goes on with an ending (the last unit ended too early: `临港厉家寨|村`) or is
    // a common word of its own, a kind of place (`岩山寨|遗址`)
    let han = |r: &Range<usize>| {
        (text.simplified.get(r.clone())).is_some_and(|c| c.iter().all(|&c| is_han(c)))
    };
    let tail = text.simple_slice(start..range.end);
    let opens_ending = [&words.admin_endings, &words.village_endings]
        .iter()
        .any(|list| list.prefix_at(&text.simplified, start).is_some());
    let cut_short = range.end - start <= MOST_TAIL
        && text.is_word_start(start)
        && units.iter().all(han)
        && !opens_ending
        && !(tail.chars().count() > 1
            && segmenter.frequency(tail).is_some_and(|f| f >= COMMON_WORD));
    if start == range.end || cut_short {
        units
    } else {
        Vec::new()
    }
}
