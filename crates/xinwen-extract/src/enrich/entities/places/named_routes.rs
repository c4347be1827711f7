//! Railways and expressways known by a name of their own before the word of the route
//! (`雅万|高铁`, `中老|铁路`, `沈海|高速`): the segmenter's dictionary holds such names as
//! people's (`沈海/nr`), so the tagger reads a person there.

use xinwen_chinese::{Gazetteer, Segmenter};
use xinwen_core::PlaceLevel;
use xinwen_ner::is_joiner;

use super::full_names::road_number_before;
use super::{PROPER_TAGS, PlaceSpan, inside_org_body};
use crate::enrich::analysis::{Analysis, is_han};

/// Tags of the dictionary's names of people, which it gives routes' names too.
const NAME_TAGS: &[&str] = &["nr", "nrt", "nrfg", "nz"];

/// Tags of function words, which do not open a route's name (`为|川藏`).
const FUNCTION_TAGS: &[&str] = &["p", "c", "d", "u", "uj", "r"];

/// Tags of words of number and of verbs that open no route's name of three characters
/// (`年|惠清` of `2020年惠清高速`, `使|大广`: the segmenter glued them on; `怀邵衡` is
/// lost). Words of position do (`中吉乌`).
const OPENING_TAGS: &[&str] = &["m", "v"];

/// How often the dictionary may have seen a name of its own it holds as a route's
/// (`亚吉` 14, `哈罗` 49): its common words it tags as names are more frequent (`普通`,
/// `拓宽`, `智慧`).
const RARE: u64 = 100;

/// Shortest and longest name of a route written before its word, in characters.
const NAME: std::ops::RangeInclusive<usize> = 2..=3;

/// The routes named by a word right before a word of `places/route_words` (`高铁`,
/// `铁路`, `高速`): a word of two or three Chinese characters that the dictionary holds
/// as a rare name (`亚吉`), or does not hold and the tagger of words guesses a proper
/// name (`雅万`, `匈塞`; not `新建|铁路`, `长三角|铁路`, `普速|铁路`), not cut from a
/// longer name (`渝|新欧`, `亚的斯亚贝巴-|阿达玛`) nor opened by a function word
/// (`为川藏`, `各大`), no place of the gazetteer (`武汉|铁路`: a city's own railway),
/// country or city of the world (`卡拉奇|高速公路`), outside an organization's name,
/// with the road's number before it if written (`G15沈海高速`). A route word marked
/// `adverb` is none before a verb it qualifies (`places/speed_verbs`: `华为|高速|发展`).
pub(crate) fn routes_named(
    text: &Analysis,
    inside_org: &[bool],
    (segmenter, gazetteer): (&Segmenter, &Gazetteer),
) -> Vec<PlaceSpan> {
    let words = &text.lexicon.candidates.route_words;
    let mut found = Vec::new();
    for (k, route) in text.tokens.iter().enumerate() {
        let Some(before) = k.checked_sub(1).and_then(|b| text.tokens.get(b)) else {
            continue;
        };
        if !words.contains(text.simple_slice(route.range.clone()))
            || before.range.end != route.range.start
            || !NAME.contains(&before.range.len())
        {
            continue;
        }
        let name = text.simple_slice(before.range.clone());
        // a rare word the dictionary calls a person's name (`亚吉/nrt`), or a word it does
        // not hold that the tagger of words guesses a proper name (`雅万/nrt`, `匈塞/ns`,
        // `中老/a`); not a region's name (`长三角/ns`, `中西部/nt`), nor an adverb or a
        // verb (`普速/ad`, `四横/v`)
        let proper = match segmenter.frequency(name) {
            Some(f) => f < RARE && NAME_TAGS.contains(&before.tag),
            None => PROPER_TAGS.contains(&before.tag) || before.tag == "a",
        };
        // the name is the end of a longer one the segmenter cut, after a character that
        // names a place or nothing the dictionary knows (`渝|新欧`, `淖|毛湖`) or after a
        // word the dictionary does not hold or holds as a name (`代尔|祖尔`), or it opens
        // with a function word (`为川藏`, `各大`)
        let tag_of = |at: usize| segmenter.dictionary_tag(&text.simple(at..at + 1));
        let parts = &text.lexicon.candidates.route_parts;
        let cut = (k.checked_sub(2).and_then(|b| text.tokens.get(b)))
            .filter(|t| t.range.end == before.range.start)
            .is_some_and(|t| {
                let word = text.simple_slice(t.range.clone());
                let mut chars = word.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => {
                        is_han(c)
                            && (parts.contains_char(c)
                                || tag_of(t.range.start).is_none_or(|t| t.starts_with(['n', 'g'])))
                    }
                    // a name the segmenter made up of unknown words (`代尔|祖尔`)
                    _ => {
                        word.chars().all(is_han)
                            && (!segmenter.has_word(word) || matches!(t.tag, "nr" | "nrt"))
                    }
                }
            });
        let glued = tag_of(before.range.start).is_some_and(|t| {
            FUNCTION_TAGS.contains(&t.as_str())
                || (before.range.len() == 3 && OPENING_TAGS.contains(&t.as_str()))
        });
        let adverb = words.value(text.simple_slice(route.range.clone())) == Some("adverb")
            && (text.tokens.get(k + 1)).is_some_and(|t| {
                (text.lexicon.candidates.speed_verbs).contains(text.simple_slice(t.range.clone()))
            });
        // the second name of two a mark joins (`亚的斯亚贝巴-阿达玛|高速公路`)
        let joined = (before.range.start.checked_sub(1))
            .and_then(|b| text.simplified.get(b))
            .is_some_and(|&c| is_joiner(c));
        let named = name.chars().all(is_han)
            && !joined
            && proper
            && !cut
            && !glued
            && !adverb
            && gazetteer.lookup_simplified(name).is_none()
            && !text.lexicon.candidates.countries.contains(name)
            && !text.lexicon.candidates.world_cities.contains(name)
            && !inside_org_body(inside_org, before.range.start);
        if named {
            found.push(PlaceSpan {
                range: road_number_before(&text.simplified, before.range.start)..route.range.end,
                level: PlaceLevel::Other,
            });
        }
    }
    found
}
