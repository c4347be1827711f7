//! Who does an act: the people named before it, less those it is for, those on whose
//! behalf or whose words it follows (`向…`, `受…委派`, `贯彻…`) and its companions
//! (`陪同`); or a body (`延吉市|召开`, see [`super::subject`]).

use std::ops::Range;

use super::found::Found;
use crate::enrich::analysis::Analysis;

/// Who does an act: a person of the article, or a body (a place or an organization, as
/// written at these characters).
#[derive(Debug, Clone)]
pub(super) enum Actor {
    Person(usize),
    Body(Range<usize>),
}

/// The people named in `span` before an act (`葉建交,…方宇,…林建梅來到…督導`), in the
/// order the article first named them; not those named after a mark that makes them
/// whom the act is for (`向…阿尔维致慰问电`, `受习近平委派，`), up to the next comma.
pub(super) fn named_within(text: &Analysis, found: &Found, span: Range<usize>) -> Vec<usize> {
    let (marks, companions) = (
        &text.lexicon.events.not_actor_marks,
        &text.lexicon.events.companion_marks,
    );
    let mentions = &found.mentions;
    let first = mentions.partition_point(|(m, _)| m.start < span.start);
    let inside: Vec<&(Range<usize>, usize)> = (mentions.get(first..).unwrap_or_default().iter())
        .take_while(|(m, _)| m.start < span.end)
        .filter(|(m, _)| m.end <= span.end)
        .collect();
    let mut named: Vec<(usize, usize)> = Vec::new();
    let (mut from, mut for_them) = (span.start, false);
    for (i, (m, p)) in inside.iter().enumerate() {
        let between = text.simple(from..m.start);
        if between.contains([',', '，', '；', ';']) {
            for_them = false;
        }
        let tail = between.rsplit([',', '，', '；', ';']).next().unwrap_or("");
        for_them |= marks.iter().any(|mark| tail.contains(mark));
        // `冯征宇陪同督导`: the words up to the next person or the act say a companion
        let next = inside.get(i + 1).map_or(span.end, |(n, _)| n.start);
        let after = text.simple(m.end..next);
        let head = after.split([',', '，', '；', ';']).next().unwrap_or("");
        let companion = companions.iter().any(|c| head.contains(c));
        if !for_them && !companion {
            named.push((*p, m.start));
        }
        from = m.end;
    }
    named.sort_unstable();
    named.into_iter().map(|(p, _)| p).collect()
}

/// The people listed after the act at `act` as those who did it
/// (`出席开幕式的国际贵宾有：A、B、C`): an introducer in the act's clause, then the people
/// named up to the end of the sentence.
pub(super) fn listed_after(
    text: &Analysis,
    found: &Found,
    sentence: &Range<usize>,
    act: &Range<usize>,
) -> Vec<usize> {
    let rest = text.simple(act.end..sentence.end);
    let clause = rest
        .split([',', '，', '；', ';', '。'])
        .next()
        .unwrap_or("");
    let introducer = (text.lexicon.events.list_introducers.iter())
        .filter_map(|i| clause.find(i).map(|at| at + i.len()))
        .min();
    match introducer {
        Some(bytes) => {
            let from = act.end + clause[..bytes].chars().count();
            named_within(text, found, from..sentence.end)
        }
        None => Vec::new(),
    }
}
