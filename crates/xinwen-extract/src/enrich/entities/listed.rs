//! Names the tagger reads as people in a list of names that are mostly places: places
//! too (`蒙大拿、爱达荷、内华达、佛罗里达、佐治亚、田纳西、路易斯安那、阿拉斯加`).

use std::ops::Range;

use crate::enrich::analysis::Analysis;

/// Fewest names a list has for its places to outvote its people.
const SHORTEST_LIST: usize = 3;

/// Whether `b` is listed right after `a`: `、` or a conjunction between them, nothing
/// else.
pub(crate) fn joined(text: &Analysis, a: &Range<usize>, b: &Range<usize>) -> bool {
    b.start == a.end + 1
        && (text.simplified.get(a.end))
            .is_some_and(|&c| c == '、' || text.lexicon.conjunctions.contains_char(c))
}

/// The `people` in a list of [`SHORTEST_LIST`] names or more, each joined to the next
/// ([`joined`]), with more of `places` than people in it; and the other people. A name
/// with a title between it and the mark is no item of such a list (`总统奥比昂、尼日尔
/// 总统伊素福` lists no two names).
pub(crate) fn in_lists_of_places(
    text: &Analysis,
    people: Vec<Range<usize>>,
    places: &[Range<usize>],
) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    if places.len() < 2 {
        return (Vec::new(), people);
    }
    // each name: its range and whether it is a person; a person right after a title
    // stays one (`秘书长古特雷斯、埃及、约旦`)
    let titled = |r: &Range<usize>| {
        (text.lexicon.title_endings)
            .suffix_at(&text.simplified, r.start)
            .is_some()
    };
    let (titled, people): (Vec<_>, Vec<_>) = people.into_iter().partition(|r| titled(r));
    let mut items: Vec<(Range<usize>, bool)> = (people.into_iter())
        .map(|r| (r, true))
        .chain(places.iter().map(|r| (r.clone(), false)))
        .collect();
    items.sort_by_key(|(r, _)| r.start);
    // a list where the places outnumber the people
    let placed = in_runs(text, &items, SHORTEST_LIST, |persons, others| {
        others > persons
    });
    let (mut listed, mut rest) = (Vec::new(), titled);
    for ((range, person), placed) in items.into_iter().zip(placed) {
        match (person, placed) {
            (true, true) => listed.push(range),
            (true, false) => rest.push(range),
            _ => {}
        }
    }
    (listed, rest)
}

/// For each of `items` (names in text order, each marked as a person or not), whether
/// it lies in a list of `shortest` names or more, each joined to the next ([`joined`]),
/// whose counts of people and of other names pass `wins(people, others)`.
pub(crate) fn in_runs(
    text: &Analysis,
    items: &[(Range<usize>, bool)],
    shortest: usize,
    wins: impl Fn(usize, usize) -> bool,
) -> Vec<bool> {
    let mut marked = vec![false; items.len()];
    let mut start = 0;
    for end in 1..=items.len() {
        let goes_on =
            (items.get(end).zip(items.get(end - 1))).is_some_and(|(b, a)| joined(text, &a.0, &b.0));
        if goes_on {
            continue;
        }
        let run = items.get(start..end).unwrap_or_default();
        let persons = run.iter().filter(|(_, person)| *person).count();
        if run.len() >= shortest && wins(persons, run.len() - persons) {
            (marked.get_mut(start..end).into_iter().flatten()).for_each(|m| *m = true);
        }
        start = end;
    }
    marked
}
