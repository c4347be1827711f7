//! Sports teams named by a place and a word of `organizations/team_words`: `德国|女排`,
//! `中国女排` (one word), `朝鲜|女足`. A team word alone, or after any other word, names
//! no team (`国家|女足`, `伦敦|奥运会|女足`), and a verb before the place is no part of
//! the name (`战胜|德国|女排` → `德国女排`).

use std::collections::HashMap;
use std::ops::Range;

use crate::enrich::analysis::Analysis;

/// The teams of the text: a place right before a team word, in the same word (one of
/// `places`, or a country of `places/countries`) or as a word of its own (a word the
/// dictionary tags as a place, a country, or one of `places`). A count of countries is
/// none of them (`四国|女篮`, `八国|女排`: a word opening with a number's first character),
/// nor is a word of places in general (`外国|队`: `places/not_starts`).
/// An organization of the tagger (`learned`) ending with the team and starting before it
/// gives the name's start.
pub(super) fn teams(
    text: &Analysis,
    places: &[Range<usize>],
    learned: &[Range<usize>],
) -> Vec<Range<usize>> {
    let lists = &text.lexicon.candidates;
    // the tagger's organizations by their ends: one ending with the team and starting
    // before it holds its whole name (`法国|波尔多|队`, `河南|豫港队`)
    let learned_start: HashMap<usize, usize> = learned.iter().map(|o| (o.end, o.start)).collect();
    let start_of_place_ending: HashMap<usize, usize> =
        places.iter().map(|p| (p.end, p.start)).collect();
    let mut found = Vec::new();
    for token in &text.tokens {
        let word = text.simple_slice(token.range.clone());
        let Some(team) = lists.team_words.suffix_of(word) else {
            continue;
        };
        let at = token.range.end - team.chars().count();
        let start = if at == token.range.start {
            // a word of its own: the place is the word before, or ends there
            let before = text.token_ending(at);
            let word_before = before.filter(|t| {
                // (`外国|队`: a word of places no place names either)
                let count = (text.simplified.get(t.range.start)).is_some_and(|&c| {
                    text.lexicon.number_starts.contains_char(c)
                        || text.lexicon.not_place_starts.contains_char(c)
                });
                !count
                    && (t.tag == "ns"
                        || lists.countries.contains(text.simple_slice(t.range.clone())))
            });
            (word_before.map(|t| t.range.start))
                .or_else(|| start_of_place_ending.get(&at).copied())
                .filter(|&s| text.is_word_start(s))
        } else {
            // one word (`中国女排`): the rest of it is the place
            let rest = text.simple_slice(token.range.start..at);
            let place = start_of_place_ending.get(&at) == Some(&token.range.start);
            (place || lists.countries.contains(rest)).then_some(token.range.start)
        };
        let end = token.range.end;
        let start = start.map(|s| learned_start.get(&end).map_or(s, |&l| l.min(s)));
        found.extend(start.map(|s| s..end));
    }
    found
}
