//! Names of things that read like people's or organizations': storms (`台风“苏拉”`),
//! the weather (`暴雪`).

use std::collections::HashSet;

use crate::enrich::analysis::Analysis;

/// Opening quotation marks that may stand between a word of things and the name.
const OPENING_QUOTES: &[char] = &['“', '「', '『', '"', '《'];

/// Longest name of a thing looked for, in characters.
const LONGEST: usize = 5;

/// What may be the name of a thing in `text`: each run of two to [`LONGEST`] characters
/// right after a word of `people/named_things` (`台风`, `飓风`), an opening quotation mark
/// between them or not; and on a page that writes two different words of
/// `people/weather_words`, each of them (`暴雪` with `预警`: no game maker); and a
/// company's short name that is a common word (`organizations/common_word_names`:
/// `民生`) on a page that never writes it before a company's ending (`民生银行`). A person or
/// an organization of one of these names is the thing, in every mention
/// (`台风“韦帕”…韦帕带来的降雨`). One search for the words, a few strings per match.
pub(crate) fn things_named(text: &Analysis) -> HashSet<String> {
    let words = &text.lexicon.candidates.named_things;
    let mut names = HashSet::new();
    for found in words.find_in(&text.simple_text) {
        let mut at = text.char_at_byte(found.end);
        if text
            .simplified
            .get(at)
            .is_some_and(|c| OPENING_QUOTES.contains(c))
        {
            at += 1;
        }
        for k in 2..=LONGEST {
            if at + k <= text.simplified.len() {
                names.insert(text.simple(at..at + k));
            }
        }
    }
    let weather: HashSet<String> = (text.lexicon.candidates.weather_words)
        .find_in(&text.simple_text)
        .filter_map(|r| text.simple_text.get(r).map(str::to_owned))
        .collect();
    if weather.len() >= 2 {
        names.extend(weather);
    }
    names.extend(common_words(text));
    names
}

/// The companies' short names of `organizations/common_word_names` the page writes, none
/// of them ever right before a company's ending (`民生|保障`, never `民生|银行`).
fn common_words(text: &Analysis) -> HashSet<String> {
    let words = &text.lexicon.candidates;
    let kinds = &words.organization_kinds;
    let (mut words_only, mut companies) = (HashSet::new(), HashSet::new());
    for found in words.common_word_companies.find_in(&text.simple_text) {
        let Some(name) = text.simple_text.get(found.clone()) else {
            continue;
        };
        let at = text.char_at_byte(found.end);
        let company = (kinds.prefix_at(&text.simplified, at))
            .and_then(|n| {
                kinds
                    .value(&text.simple(at..at + n))
                    .map(|k| k == "company")
            })
            .unwrap_or(false);
        if company {
            companies.insert(name.to_owned());
        } else {
            words_only.insert(name.to_owned());
        }
    }
    words_only.retain(|w| !companies.contains(w));
    words_only
}
