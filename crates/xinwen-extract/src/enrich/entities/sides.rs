//! Parties of talks named by their countries' short names: sides (`中方`) and pairs of
//! partners (`中德`), which the tagger may read as people or places.

use std::ops::Range;

use xinwen_chinese::CandidateWords;

use crate::enrich::analysis::Analysis;

/// Whether `c` is the short name of a country that has a side (`places/short_names`,
/// `people/sides`: 中 of `中方`, 美 of `美方`).
pub(crate) fn is_side_country(words: &CandidateWords, c: char) -> bool {
    words.country_short_names.contains_char(c)
        && (words.sides.iter()).any(|s| s.chars().count() == 2 && s.starts_with(c))
}

/// Whether a person is a party called by a short name and 方 (`people/sides`: `韩方`),
/// or, on a page that writes one, any person of two characters that ends as the sides
/// do (`中方愿同马方…`; `袁方` on a page without sides stays a person).
pub(crate) fn is_side<'a>(text: &'a Analysis) -> impl Fn(&str) -> bool + 'a {
    let sides = &text.lexicon.candidates.sides;
    let page_has_sides = sides.occurs_in(&text.simple_text);
    let side_ends: Vec<char> = sides.iter().filter_map(|s| s.chars().last()).collect();
    move |name: &str| {
        let ends_as_sides = name.chars().last().is_some_and(|c| side_ends.contains(&c));
        sides.contains(name) || (page_has_sides && name.chars().count() == 2 && ends_as_sides)
    }
}

/// Whether a person of two characters is a pair of partners: two countries' short names
/// (`places/short_names`), one of them a side's (`people/sides`: `中方` → 中): `中德合作`,
/// `斯中建交`, `韩美军演`; a country's own name is no pair (`巴西`). Not for places:
/// `西欧` and `中欧` are places.
pub(crate) fn is_partner_pair<'a>(text: &'a Analysis) -> impl Fn(&str) -> bool + 'a {
    let words = &text.lexicon.candidates;
    let short = |c: char| words.country_short_names.contains_char(c);
    move |name: &str| {
        let mut chars = name.chars();
        match (chars.next(), chars.next(), chars.next()) {
            (Some(a), Some(b), None) => {
                short(a)
                    && short(b)
                    && (is_side_country(words, a) || is_side_country(words, b))
                    && !words.countries.contains(name)
            }
            _ => false,
        }
    }
}

/// Whether a place of two characters is a pair of partners that opens with the news'
/// own country (`places/home_short_names`: 中) and goes on with another's short name
/// (`places/short_names`): `中非|合作`, `中马|友好`, `中欧|关系`. It stays a place when a
/// title, a body's ending or a word of regions follows it (`places/region_followers`:
/// `中非|总统`, `中欧|国家`).
pub(crate) fn is_pair_not_place(text: &Analysis, range: &Range<usize>) -> bool {
    let (words, chars) = (&text.lexicon.candidates, &text.simplified);
    let pair = range.len() == 2
        && (chars.get(range.start)).is_some_and(|&c| words.home_short_names.contains_char(c))
        && (chars.get(range.start + 1))
            .is_some_and(|&c| words.country_short_names.contains_char(c));
    if !pair {
        return false;
    }
    let body_after = (text.token_at(range.end))
        .filter(|t| t.range.start == range.end)
        .is_some_and(|t| {
            (text.lexicon.organization_endings).starts(text.simple_slice(t.range.clone()))
        });
    let region = words.region_followers.prefix_at(chars, range.end).is_some()
        || text
            .lexicon
            .title_endings
            .prefix_at(chars, range.end)
            .is_some()
        || body_after;
    !region
}
