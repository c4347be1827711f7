//! Places by their endings: unknown names with an administrative or village ending,
//! and streets.

use xinwen_chinese::{Segmenter, level_of_ending};
use xinwen_core::PlaceLevel;

use super::{PlaceSpan, STEM_TAGS, generic_after, inside_org_body, plausible};
use crate::enrich::analysis::{Analysis, is_han};
use crate::enrich::marks::Covered;

/// The place ending at character `at`, longest first (`街道` before `道`).
fn ending_at(text: &Analysis, at: usize) -> Option<usize> {
    let words = text.lexicon;
    (words.admin_endings.suffix_at(&text.simplified, at + 1))
        .or_else(|| words.village_endings.suffix_at(&text.simplified, at + 1))
}

/// True when a place name may begin at `at`: after punctuation, a preposition, a word
/// that leads to places, another place, or a word that is no part of a name. A
/// preposition glued to the name by the segmenter's guess counts (`在靖|和街道`), one
/// inside a word of the dictionary does not (`经济|大省`).
fn begins_name(text: &Analysis, at: usize, place_ends: &[bool], segmenter: &Segmenter) -> bool {
    if at == 0 || place_ends.get(at).copied().unwrap_or(false) {
        return true;
    }
    let words = text.lexicon;
    let before = text.simplified[at - 1];
    let inside_a_word = (text.token_at(at))
        .is_some_and(|t| t.range.start < at && segmenter.has_word(&text.simple(t.range.clone())));
    if !is_han(before) || (words.before_place.contains_char(before) && !inside_a_word) {
        return true;
    }
    // after a street (`八一街|吕家冲`, however the segmenter cut it), or a word that ends
    // like a place, not a lone `区`
    let place_word_before = words.addresses.street_endings.contains_char(before)
        || (text.token_ending(at))
            .is_some_and(|t| t.range.len() >= 2 && words.level_chars.contains_char(before));
    if place_word_before {
        return true;
    }
    if words.place_leads.suffix_at(&text.simplified, at).is_some() {
        return true;
    }
    // a word of the segmenter ends here and it is a verb or a function word
    (text.token_ending(at)).is_some_and(|t| {
        matches!(
            t.tag,
            "v" | "p" | "c" | "u" | "uj" | "ul" | "d" | "r" | "f" | "m" | "q"
        )
    })
}

/// Names made of two or three characters and an administrative or village ending
/// (`白鹭县`, `鹭洲镇`, `杨家湾村`), read by characters, since the segmenter's guesses cut
/// across unknown names; chains (`白鹭县鹭洲镇鹭鸣村`) are read left to right.
pub(crate) fn ending_places(
    text: &Analysis,
    known: &[PlaceSpan],
    inside_org: &[bool],
    segmenter: &Segmenter,
) -> Vec<PlaceSpan> {
    let n = text.chars.len();
    let mut place_ends = vec![false; n + 1];
    for p in known {
        if let Some(e) = place_ends.get_mut(p.range.end) {
            *e = true;
        }
    }
    let mut taken = Covered::of(n, known.iter().map(|p| &p.range));
    let words = text.lexicon;
    let mut found: Vec<PlaceSpan> = Vec::new();
    for at in 0..text.simplified.len() {
        let Some(ending_len) = ending_at(text, at) else {
            continue;
        };
        let end = at + 1;
        let ending_start = end - ending_len;
        // the ending must end a word: not `市|场`, `州|长`
        let inside_word = (text.token_at(at)).is_some_and(|t| {
            t.range.end > end && segmenter.has_word(&text.simple(t.range.clone()))
        });
        // a village's ending before the ending of a township or a village is part of
        // the name (`王岗坪|乡`, `李家庄|村`): the name is read at the second ending
        let continued = (words.admin_endings.suffix_at(&text.simplified, end)).is_none()
            && (text.simplified.get(end)).is_some_and(|c| {
                let level = level_of_ending(&c.to_string(), words);
                matches!(level, Some(PlaceLevel::Township | PlaceLevel::Village))
            });
        if inside_word || continued {
            continue;
        }
        for stem_len in [2, 3] {
            let Some(start) = ending_start.checked_sub(stem_len) else {
                continue;
            };
            let stem = &text.simplified[start..ending_start];
            // a stem ending like an organization (`纪委|区`) names no place
            let org_like = (stem.last()).is_some_and(|c| words.not_stem_ends.contains_char(*c));
            // nor one ending in a preposition the segmenter glued to the ending
            // (`记者|从市`: from the city)
            let glued = (text.token_at(ending_start)).is_some_and(|t| {
                t.range == (ending_start - 1..end)
                    && (stem.last()).is_some_and(|c| words.glued_prepositions.contains_char(*c))
            });
            // a stem may end like a village before an administrative ending (`王岗|坪|乡`,
            // `李家|庄|村`), not like a division (`县|乡`: chains are read unit by unit)
            let stem_ending = ending_at(text, ending_start - 1).is_some();
            let village_stem = stem_ending
                && (words
                    .admin_endings
                    .suffix_at(&text.simplified, ending_start))
                .is_none()
                && (words.admin_endings.suffix_at(&text.simplified, end)).is_some();
            let clean = !org_like
                && !glued
                && stem.iter().all(|c| is_han(*c))
                && (!stem_ending || village_stem)
                && !stem.iter().any(|c| words.level_chars.contains_char(*c));
            if !clean || !begins_name(text, start, &place_ends, segmenter) {
                continue;
            }
            let range = start..end;
            let name = text.simple(range.clone());
            // a known word of the stem that is no noun (`推进|城市`, `调研|农村`, `了|辖区`)
            let first = text.tokens.partition_point(|t| t.range.start < start);
            let verbal = (text.tokens[first..].iter())
                .take_while(|t| t.range.start < ending_start)
                .any(|t| {
                    !STEM_TAGS.contains(&t.tag) && segmenter.has_word(&text.simple(t.range.clone()))
                });
            if verbal {
                continue;
            }
            // a first word that makes kinds of places (`部分|地区`, `智慧|城市`)
            let generic = (text.tokens.get(first))
                .filter(|t| t.range.start == start && t.range.end < end)
                .is_some_and(|t| {
                    (words.generic_place_stems).contains(&text.simple(t.range.clone()))
                });
            if generic {
                break;
            }
            let common = segmenter.has_word(&name) && !known.iter().any(|k| k.range == range);
            // the ending closes a word begun in the stem that names no place (`明白|股市`:
            // the stock market; `英国|国旗`: a flag)
            let closes_word = (text.token_ending(end)).is_some_and(|t| {
                t.range.start > start
                    && t.range.start < ending_start
                    && (words.not_place_words).contains(&text.simple(t.range.clone()))
            });
            // a region named by the body whose members it holds is no place's name
            // (`东盟|地区`: the tagger's `东盟` stays)
            let inside = |i: usize| inside_org.get(i).copied().unwrap_or(false);
            let body_area = (words.area_endings.suffix_of(&name)).is_some_and(|area| {
                let stem_end = end - area.chars().count();
                stem_end > start && (start..stem_end).all(inside) && !inside(stem_end)
            });
            if common
                || closes_word
                || body_area
                || !plausible(words, &name, segmenter)
                || generic_after(text, end)
                || (inside_org_body(inside_org, start) && !place_ends[start])
                || taken.overlaps(&range)
            {
                break;
            }
            let area = words.area_endings.ends(&name);
            let level = if area {
                PlaceLevel::Other
            } else {
                level_of_ending(&name, text.lexicon).unwrap_or(PlaceLevel::Other)
            };
            if let Some(e) = place_ends.get_mut(end) {
                *e = true;
            }
            taken.mark(&range);
            found.push(PlaceSpan { range, level });
            break;
        }
    }
    found
}

/// Names ending in `街` (`白源街`, `八一街`): places when listed with places or right
/// before one (`八一街吕家冲`, `凤凰街北桥外社区`).
pub(crate) fn streets(text: &Analysis, known: &[PlaceSpan]) -> Vec<PlaceSpan> {
    let words = text.lexicon;
    let mut found = Vec::new();
    let n = text.simplified.len();
    // where known places start, and where one ends followed by a list mark
    let (mut starts, mut listed_before) = (vec![false; n + 2], vec![false; n + 2]);
    for p in known {
        if let Some(s) = starts.get_mut(p.range.start) {
            *s = true;
        }
        if text.simplified.get(p.range.end) == Some(&'、')
            && let Some(l) = listed_before.get_mut(p.range.end + 1)
        {
            *l = true;
        }
    }
    let at = |marks: &[bool], i: usize| marks.get(i).copied().unwrap_or(false);
    for end in 3..=n {
        if !(text.simplified.get(end - 1))
            .is_some_and(|c| words.addresses.street_endings.contains_char(*c))
        {
            continue;
        }
        if (words.admin_endings.prefix_at(&text.simplified, end - 1)).is_some_and(|n| n > 1) {
            continue; // `…街道` is the gazetteer's and the endings' business
        }
        let touches = |i: usize| at(&starts, i) || at(&listed_before, i);
        let next_is_place = at(&starts, end)
            || (at(&starts, end + 1)
                && matches!(text.simplified.get(end), Some('、' | ',' | '，')));
        for len in (3..=4).rev() {
            let Some(start) = end.checked_sub(len) else {
                continue;
            };
            let word: Vec<char> = text.simplified[start..end].to_vec();
            let (before_place, not_starts) = (&words.before_place, &words.not_place_starts);
            let boundary = (start == 0
                || !is_han(text.simplified[start - 1])
                || before_place.contains_char(text.simplified[start - 1]))
                && !before_place.contains_char(text.simplified[start])
                && !not_starts.contains_char(text.simplified[start]);
            // no particle inside: `北京|的|街` is a phrase
            let particle = word.iter().any(|c| words.attributive.contains_char(*c));
            if word.iter().all(|c| is_han(*c))
                && !particle
                && boundary
                && (next_is_place || touches(start))
            {
                found.push(PlaceSpan {
                    range: start..end,
                    level: PlaceLevel::Township,
                });
                break;
            }
        }
    }
    found
}
