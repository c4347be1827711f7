//! What the words around a name say of it: the title words a name may follow, and
//! the names that act as people do (speak, hold a title).

use std::collections::HashSet;
use std::ops::Range;

use xinwen_chinese::Segmenter;

use super::not_names;
use crate::enrich::analysis::Analysis;

/// Where every title word of the text ends, but for titles right after one of `people`
/// and titles that a word of the dictionary holds whole (`领导|班子` of `领导班子`, `成员|国`
/// of `成员国`). A word that starts inside the title does not count (`秘书长|江小涓` cut
/// as `秘书|长江|小`), nor one the segmenter guessed (`明尼苏达州|长沃尔兹`).
pub(crate) fn title_ends(
    text: &Analysis,
    people: &[Range<usize>],
    segmenter: &Segmenter,
) -> Vec<usize> {
    let inside_a_word = |title: &Range<usize>| {
        !text.is_word_start(title.end)
            && (text.token_at(title.end)).is_some_and(|t| {
                t.range.start <= title.start && segmenter.has_word(&text.simple(t.range.clone()))
            })
    };
    let found = (text.lexicon.title_endings).find_overlapping(&text.simple_text);
    let titles: Vec<Range<usize>> = (found.iter())
        .map(|r| text.char_at_byte(r.start)..text.char_at_byte(r.end))
        .collect();
    let owned = not_names::ends_after_a_name(text, &titles, people);
    let mut ends: Vec<usize> = (titles.iter())
        .filter(|t| !inside_a_word(t))
        .map(|t| t.end)
        .filter(|end| owned.binary_search(end).is_err())
        .collect();
    ends.sort_unstable();
    ends.dedup();
    ends
}

/// The names among `names` (simplified) that somewhere in the text are followed by what
/// only people do, or come right after a title word: one pass over the text for all.
/// A title after a name is not the name's when a name after a title starts right after
/// it (`荣誉|主席|吴伯雄`: the title is 吴伯雄's).
pub(crate) fn acting(
    text: &Analysis,
    names: &[String],
    title_end: &[bool],
    strong_start: &[bool],
) -> HashSet<String> {
    let words = text.lexicon;
    let chars = &text.simplified;
    let titled = |end: usize| {
        (words.titles_after_name.prefix_at(chars, end))
            .is_some_and(|n| !strong_start.get(end + n).copied().unwrap_or(false))
    };
    let acts = |r: &Range<usize>| {
        words.speaks.prefix_at(chars, r.end).is_some()
            || titled(r.end)
            || title_end.get(r.start).copied().unwrap_or(false)
    };
    (names.iter().zip(text.find_each(names)))
        .filter(|(_, found)| found.iter().any(acts))
        .map(|(name, _)| name.clone())
        .collect()
}

/// Whether the tagger's organization or place `range` is a foreign person's name before
/// the title that follows names (`titles/after_name`: `拉马福萨|总统`, `扎尔达里|总统`)
/// or before what only people do (`people/acts`: `加拉斯|首发`, `波加特茨|停赛`):
/// written only in the characters foreign names are written with, no organization known
/// by a name of its own (`哈马斯`), no country and no word the dictionary calls a place
/// (`巴西利亚|市长`); the word after it a word of its own, not the start of one
/// (`利马|总统府`).
pub(crate) fn foreign_person_before(
    text: &Analysis,
    segmenter: &Segmenter,
    range: &Range<usize>,
) -> bool {
    let (chars, words) = (&text.simplified, text.lexicon);
    let name = text.simple_slice(range.clone());
    let after = (words.titles_after_name.prefix_at(chars, range.end))
        .or_else(|| words.candidates.person_acts.prefix_at(chars, range.end));
    range.len() >= 2
        && (chars.get(range.clone())).is_some_and(|name| {
            name.iter()
                .all(|c| words.tagger.transliteration_chars.contains_char(*c))
        })
        && after.is_some_and(|n| text.is_word_start(range.end + n))
        && (words.candidates.single_name_organizations)
            .prefix_at(chars, range.start)
            .is_none()
        && !words.candidates.countries.contains(name)
        && segmenter.dictionary_tag(name).as_deref() != Some("ns")
}
