//! Monarchs and popes named with their number (`查尔斯三世`, `费利佩六世`,
//! `卡尔十六世·古斯塔夫`): the tagger reads the name without it (`查尔斯`) or in two
//! (`卡尔`, `世·古斯塔夫`).

use std::ops::Range;

use xinwen_ner::is_joiner;

use crate::enrich::analysis::Analysis;

/// Most characters of the number (`十六`).
const LONGEST_NUMBER: usize = 3;

/// `people` (in any order), each foreign name written with transliteration characters
/// (`people/transliteration_chars`; one other in a name of three or more: `伊丽莎白`)
/// taking the number after it and its mark
/// (`people/regnal_marks`: `三世`), and a foreign name joined after them
/// (`十六世·古斯塔夫`); a name then inside another is left out. Sorted by start.
pub(crate) fn with_regnal_numbers(
    text: &Analysis,
    mut people: Vec<Range<usize>>,
) -> Vec<Range<usize>> {
    let chars = &text.simplified;
    let words = text.lexicon;
    let foreign = |i: usize| {
        (chars.get(i)).is_some_and(|c| words.tagger.transliteration_chars.contains_char(*c))
    };
    let numeral = |i: usize| {
        chars
            .get(i)
            .is_some_and(|c| words.number_starts.contains_char(*c))
    };
    let mut grown = false;
    for r in people.iter_mut() {
        // all but one of its characters are a foreign name's (`伊丽莎|白`)
        let native = (r.start..r.end)
            .filter(|&i| !(foreign(i) || chars.get(i).is_some_and(|&c| is_joiner(c))))
            .count();
        if (r.len() < 3 && native > 0) || native > 1 {
            continue;
        }
        let digits = (r.end..r.end + LONGEST_NUMBER)
            .take_while(|&i| numeral(i))
            .count();
        let Some(mark) = (digits > 0)
            .then(|| {
                words
                    .candidates
                    .regnal_marks
                    .prefix_at(chars, r.end + digits)
            })
            .flatten()
        else {
            continue;
        };
        let mut end = r.end + digits + mark;
        // `·古斯塔夫`: the rest of the name after a joiner
        if chars.get(end).is_some_and(|&c| is_joiner(c)) {
            let rest = (end + 1..chars.len()).take_while(|&i| foreign(i)).count();
            if rest >= 2 {
                end += 1 + rest;
            }
        }
        r.end = end;
        grown = true;
    }
    people.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    if grown {
        let mut reach = 0;
        people.retain(|r| {
            let inside = r.start < reach;
            reach = reach.max(r.end);
            !inside
        });
    }
    people
}
