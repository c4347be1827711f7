//! Names the rules read past the place that opens the organization the tagger reads
//! (`战胜|德国队`, `下半场|中国队`, `现场直播|中国队`): the tagger's name, from the place.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use xinwen_chinese::Segmenter;

use super::words::{is_anchor, org_ending};
use crate::enrich::analysis::Analysis;

/// `found` with each name that ends where a name of the tagger (`learned`) ends that
/// starts later, at the start of one of `places` or of a country's name, starting there
/// when no word before it anchors a name (a place, a body or a word ending like one, a
/// word of `organizations/anchors`).
pub(crate) fn trimmed_to_learned(
    text: &Analysis,
    found: Vec<Range<usize>>,
    learned: &[Range<usize>],
    places: &[Range<usize>],
) -> Vec<Range<usize>> {
    let place_starts: HashSet<usize> = places.iter().map(|p| p.start).collect();
    let countries = &text.lexicon.candidates.countries;
    let opens_with_place = |at: usize| {
        place_starts.contains(&at) || countries.prefix_at(&text.simplified, at).is_some()
    };
    let mut start_of_end: HashMap<usize, usize> = HashMap::new();
    for l in learned.iter().filter(|l| opens_with_place(l.start)) {
        start_of_end.entry(l.end).or_insert(l.start);
    }
    found
        .into_iter()
        .map(|o| match start_of_end.get(&o.end) {
            Some(&start) if start > o.start && start < o.end => {
                let before = text.tokens_within(o.start..start);
                // (a body's name is one too: `工商银行|湖南省分行`)
                let anchored = before.iter().any(|t| {
                    is_anchor(text, t)
                        || org_ending(text, text.simple_slice(t.range.clone())).is_some()
                });
                if anchored { o } else { start..o.end }
            }
            _ => o,
        })
        .collect()
}

/// `found` with each name that ends where a body of `organizations/known_names` ends and
/// starts before it starting where the known name starts, unless a word of the dictionary
/// runs across that start: a known body's name is whole, and what the rules read before
/// it is no part of it (`中国同|海合会`, `现行|世贸组织`; not `亚太经合组织`, a word
/// running across the start of `经合组织`).
pub(crate) fn trimmed_to_known(
    text: &Analysis,
    segmenter: &Segmenter,
    found: Vec<Range<usize>>,
) -> Vec<Range<usize>> {
    let known = &text.lexicon.candidates.known_organizations;
    let start_of_end: HashMap<usize, usize> = (known.find_in(&text.simple_text))
        .map(|b| (text.char_at_byte(b.end), text.char_at_byte(b.start)))
        .collect();
    if start_of_end.is_empty() {
        return found;
    }
    let crossed = |at: usize| text.dictionary_word_across(at, segmenter);
    (found.into_iter())
        .map(|o| match start_of_end.get(&o.end) {
            Some(&start) if start > o.start && !crossed(start) => start..o.end,
            _ => o,
        })
        .collect()
}
