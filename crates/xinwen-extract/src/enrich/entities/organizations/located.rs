//! Bodies after the place they are in: `在|京|中共中央政治局委员` says who is in Beijing,
//! and the tagger reads `京中共中央政治局`. The place's one character is no part of the
//! body's name.

use std::ops::Range;

use crate::enrich::analysis::Analysis;

/// Dictionary tags of a body's name as one word: an organization (`中共中央政治局`) or
/// an abbreviation (`全国政协`).
const BODY_TAGS: &[&str] = &["nt", "j"];

/// `found`, each name starting after its first character when
/// that character is a place's name as a word of its own (not a level: `在|市|公安局`)
/// right after a preposition that is one too
/// (`organizations/glued_prepositions`: `在|京`, `在|韩`), and the rest of the name
/// opens with a word the dictionary calls a body (`中共中央政治局`, `全国政协`).
/// `在|华中科技大学` (no word of one character) and `在|京|召开` (no body) stay.
pub(crate) fn after_located_place(text: &Analysis, found: &mut [Range<usize>]) {
    let (prepositions, levels) = (
        &text.lexicon.glued_prepositions,
        &text.lexicon.org_level_starts,
    );
    // the word of one character at `at`
    let single = |at: usize| text.token_at(at).filter(|t| t.range == (at..at + 1));
    for o in found.iter_mut() {
        // a place's short name (`京`, `沪`), not a level (`在|市|公安局`)
        let Some(place) = single(o.start).filter(|t| {
            t.tag == "ns"
                && (text.simplified.get(o.start)).is_some_and(|c| !levels.contains_char(*c))
        }) else {
            continue;
        };
        let preposition = (o.start.checked_sub(1))
            .and_then(single)
            .and_then(|t| text.simplified.get(t.range.start))
            .is_some_and(|c| prepositions.contains_char(*c));
        let body = (text.token_at(place.range.end))
            .is_some_and(|t| t.range.start == place.range.end && BODY_TAGS.contains(&t.tag));
        if preposition && body && o.end >= place.range.end + 2 {
            o.start = place.range.end;
        }
    }
}
