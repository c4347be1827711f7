//! Where an act takes place: a place phrase at the head of the sentence (`在X，`), the
//! places listed after a move (`深入X、Y`), or a place phrase right before the act
//! (`在X|会见`).

use std::ops::Range;

use super::found::Found;
use super::subject::ends_clause;
use crate::enrich::analysis::Analysis;

/// The phrase after `在` at the head of the sentence (`在延邊白山大廈,`), when it names
/// a place.
pub(super) fn place_at(
    text: &Analysis,
    sentence: &Range<usize>,
    found: &Found,
) -> Option<Range<usize>> {
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
    names_place(text, found, start + 1..end)
}

/// Longest place phrase, in characters.
const PLACE_LENGTH: usize = 20;

/// The phrase between `在` and the act in the act's clause (`习近平在人民大会堂|会见`),
/// when it names a place.
pub(super) fn place_before_act(
    text: &Analysis,
    sentence: &Range<usize>,
    act: &Range<usize>,
    found: &Found,
) -> Option<Range<usize>> {
    let marks = &text.lexicon.place_marks;
    let from = act
        .start
        .saturating_sub(PLACE_LENGTH + 1)
        .max(sentence.start);
    let mark = (from..act.start)
        .rev()
        .map(|i| (i, text.simplified.get(i).copied().unwrap_or(' ')))
        .take_while(|(_, c)| !ends_clause(*c))
        .find(|(_, c)| marks.contains_char(*c))?;
    let mut phrase = mark.0 + 1..act.start;
    // a known place and a word that is no place's ending after it (`八一街吕家冲|实地`)
    let last_known = found.known.within(phrase.clone()).map(|k| k.end).max();
    if let Some(end) = last_known.filter(|&e| e < phrase.end) {
        let word = text.simple(phrase.clone());
        if !text.lexicon.location_endings.ends(&word) {
            phrase.end = end;
        }
    }
    names_place(text, found, phrase)
}

/// Where the sentence says an event is held (`在人民大会堂|举行宴会`, `在北京|开幕`): the
/// place phrase right before a word of holding.
pub(super) fn held_place(
    text: &Analysis,
    sentence: &Range<usize>,
    found: &Found,
) -> Option<Range<usize>> {
    let holding = &text.lexicon.events.holding;
    (sentence.clone())
        .filter_map(|i| holding.prefix_at(&text.simplified, i).map(|n| i..i + n))
        .filter(|h| h.end <= sentence.end)
        .find_map(|h| place_before_act(text, sentence, &h, found))
}

/// `phrase` when it names a place: it holds a known place or organization, or ends
/// like a location, and names nobody (`在山东曲阜做导游的孔静…` is a clause).
fn names_place(text: &Analysis, found: &Found, phrase: Range<usize>) -> Option<Range<usize>> {
    let word = text.simple(phrase.clone());
    let named = found.known.within(phrase.clone()).next().is_some();
    let located = text.lexicon.location_endings.ends(&word);
    let names_someone = found.people.within(phrase.clone()).next().is_some();
    ((2..=PLACE_LENGTH).contains(&phrase.len()) && (named || located) && !names_someone)
        .then_some(phrase)
}

/// The places listed after a move word, up to the act or a clause end.
pub(super) fn places_after_move(
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
