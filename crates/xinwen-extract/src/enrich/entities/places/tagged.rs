//! Places the segmenter tags, confirmed by a place ending.

use std::ops::Range;

use xinwen_chinese::{Segmenter, level_of_ending};
use xinwen_core::PlaceLevel;

use super::{PlaceSpan, generic_after, known_word, plausible};
use crate::enrich::analysis::{Analysis, is_han};
use crate::enrich::marks::Covered;

/// Words the segmenter tagged as places, or that end like places, that the gazetteer
/// did not find (`北桥外社区`, `吕家冲`).
pub(crate) fn tagged_places(
    text: &Analysis,
    known: &[PlaceSpan],
    inside_org: &[bool],
    segmenter: &Segmenter,
) -> Vec<PlaceSpan> {
    let known = Covered::of(text.chars.len(), known.iter().map(|p| &p.range));
    let taken = |r: &Range<usize>| {
        known.overlaps(r) || (inside_org.get(r.clone())).is_some_and(|s| s.iter().all(|b| *b))
    };
    let words = text.lexicon;
    let mut found = Vec::new();
    for (k, token) in text.tokens.iter().enumerate() {
        let word = text.simple_slice(token.range.clone());
        let len = token.range.len();
        let ending = words.place_endings.suffix_of(word);
        let mut range = token.range.clone();
        let place = match (token.tag, ending) {
            // the tagger alone is not enough: a place ending or the gazetteer must agree
            ("ns", Some(e)) if len > e.chars().count() => true,
            // the ending alone (`社区`): the place name is the words before it
            (_, Some(e)) if len == e.chars().count() && len >= 2 => {
                let mut start = token.range.start;
                let mut proper = false;
                for before in text.tokens[..k].iter().rev().take(3) {
                    let piece = text.simple_slice(before.range.clone());
                    let ending_word = words.place_endings.ends(piece);
                    if !matches!(before.tag, "ns" | "n" | "nz" | "f" | "s" | "nr")
                        || !piece.chars().all(is_han)
                        || ending_word
                    {
                        break;
                    }
                    start = before.range.start;
                    // `城市社区`, `智慧社区` are kinds of communities, not names
                    proper |= matches!(before.tag, "ns" | "nz" | "nr")
                        || !known_word(text, before, segmenter);
                }
                range = start..token.range.end;
                start < token.range.start && proper
            }
            _ => false,
        };
        if (text.simplified.get(range.start)).is_some_and(|c| words.before_place.contains_char(*c))
            && range.len() > 3
        {
            range.start += 1; // `在岚桥区` tagged as one place
        }
        let name = text.simple_slice(range.clone());
        let stem_len = range.len() - ending.map_or(0, |e| e.chars().count());
        let ok = plausible(words, name, segmenter);
        if place
            && ok
            && stem_len >= 2
            && !generic_after(text, range.end)
            && !taken(&range)
            && range.len() <= 8
        {
            let level = level_of_ending(name, text.lexicon).unwrap_or(PlaceLevel::Other);
            found.push(PlaceSpan { range, level });
        }
    }
    found
}
