//! People the tagger read as bodies after their title (`特斯拉CEO|马斯克|计划`): a
//! name written only in the characters of foreign names, with no ending of a body's
//! name, right after a title is the person the title names.

use std::ops::Range;

use crate::enrich::analysis::Analysis;

/// Moves to `people` each of the tagger's `organizations` that starts right where a
/// title ends (`titles/endings`: `CEO`, `总统`), is two characters or more, all of them
/// characters of foreign names (`people/transliteration_chars`), and ends in no ending
/// of a body's name (`马斯克`; not `特斯拉公司`, nor `国务院|总理` before a name).
pub(crate) fn people_after_titles(
    text: &Analysis,
    organizations: &mut Vec<Range<usize>>,
    people: &mut Vec<Range<usize>>,
) {
    let (chars, words) = (&text.simplified, text.lexicon);
    organizations.retain(|o| {
        let after_title = words.title_endings.suffix_at(chars, o.start).is_some();
        let foreign = (chars.get(o.clone())).is_some_and(|name| {
            name.len() >= 2
                && (name.iter()).all(|&c| words.tagger.transliteration_chars.contains_char(c))
        });
        let body = words
            .organization_endings
            .ends(text.simple_slice(o.clone()));
        let person = after_title && foreign && !body;
        if person {
            people.push(o.clone());
        }
        !person
    });
}
