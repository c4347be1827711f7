//! Places from the learned tagger, checked the way the rules check their own: the
//! tagger finds names no rule knows (`美国`, `鹭洲古镇`) but also reads words of place
//! talk as places (`两岸`, `美丽` of `美丽乡村`, `城中村`) and glues function words on
//! (`以鹭洲古镇`).

use std::ops::Range;

use xinwen_chinese::{Gazetteer, Segmenter};

use super::{generic_name, place_ending, plausible};
use crate::enrich::analysis::Analysis;
use crate::enrich::entities::learned::after_thing_classifier;

/// Dictionary tags of words that are no place names: adjectives, verbs, adverbs,
/// idioms. (Directions, `f`, stay: the dictionary tags `东北` and `华南` so.)
const NOT_PLACE_TAGS: &[&str] = &["a", "ad", "an", "v", "vn", "vd", "d", "i", "l"];

/// True when `c` ends places: an administrative, village or natural ending.
fn ends_a_place(words: &xinwen_chinese::Lexicon, c: char) -> bool {
    let mut buf = [0u8; 4];
    place_ending(words, c.encode_utf8(&mut buf)).is_some() || words.nature_endings.contains_char(c)
}

/// The tagger's place `range`, trimmed of a function word in front (`BEFORE_PLACE`
/// and `GLUED_WORDS` of the lexicon) and of the start of a word it ends inside
/// (`加沙地带南|部`), if it reads as a place name: one character is an abbreviation,
/// not a place a reader looks for; kinds of places, phrases and words of other kinds
/// are dropped.
pub(crate) fn confirm_learned(
    text: &Analysis,
    range: &Range<usize>,
    gazetteer: &Gazetteer,
    segmenter: &Segmenter,
) -> Option<Range<usize>> {
    let words = text.lexicon;
    let mut range = range.clone();
    let known = |r: &Range<usize>| {
        gazetteer
            .lookup_simplified(&text.simple(r.clone()))
            .is_some()
    };
    let first = *text.simplified.get(range.start)?;
    // `以鹭洲古镇` loses its `以`, and so does `以|国家公园`, which the segmenter cuts
    // after it; `以色列` keeps it
    let rest = text.simple(range.start + 1..range.end);
    let cut_after_first = text.is_word_start(range.start + 1)
        && text
            .token_at(range.start)
            .is_some_and(|t| t.range.len() == 1);
    if range.len() >= 3
        && !known(&range)
        && (words.before_place.contains_char(first)
            || words.glued_before_place.contains_char(first))
        && (place_ending(words, &rest).is_some()
            || known(&(range.start + 1..range.end))
            || cut_after_first)
    {
        range.start += 1;
    }
    // `荷兰|国王|威廉-`: a title inside ends the place before it
    let titled = (text.tokens_within(range.clone()).iter())
        .find(|t| {
            t.range.start > range.start
                && words.title_endings.contains(&text.simple(t.range.clone()))
        })
        .map(|t| t.range.start);
    if let Some(end) = titled {
        range.end = end;
    }
    if range.len() < 2 {
        return None;
    }
    let name = text.simple(range.clone());
    let first = *text.simplified.get(range.start)?;
    // the particle as a word of its own inside makes a phrase (`加奥附近|的|沙漠`); names
    // that hold the character are words of the dictionary (`巴尔的摩`)
    let particle_inside = (text.tokens_within(range.clone()).iter()).any(|t| {
        t.range.start > range.start && words.attributive.contains(&text.simple(t.range.clone()))
    });
    if particle_inside || generic_name(words, &name) || words.not_places.contains(&name) {
        return None;
    }
    if known(&range) {
        return Some(range);
    }
    // a country and one character more that ends no place, a word the dictionary holds
    // as a person's name, is the country (`伊朗核/nr` of `伊朗核问题`); `日本海/ns` and
    // `中国馆/nt` stay
    if let Some(country) = name.strip_suffix(|c: char| !ends_a_place(words, c))
        && words.candidates.countries.contains(country)
        && segmenter
            .dictionary_tag(&name)
            .is_some_and(|t| t.starts_with("nr"))
    {
        return Some(range.start..range.end - 1);
    }
    // `伊朗核|问题`: a name that ends on the first character of a word of the dictionary
    // going on past it ends before that word (`伊朗`), unless the word is a title
    // (`延吉市|长`)
    let straddled = (text.token_at(range.end - 1))
        .filter(|t| t.range.start > range.start && t.range.end > range.end)
        .filter(|t| {
            let word = text.simple(t.range.clone());
            segmenter.has_word(&word) && !words.title_endings.contains(&word)
        })
        .map(|t| t.range.start);
    // `江河湖|泊`: the start of a word of the dictionary, no word itself, is no name;
    // where that word is a place, one the gazetteer knows or the dictionary calls a
    // place, the place is the word (`比利时王|国`, `波多黎|各`, `科尔沁沙|地`; not
    // `戈兰|高地`, which it holds as another proper noun, as it does laws)
    let word_start = (text.token_at(range.end - 1))
        .filter(|t| t.range.start <= range.start && t.range.end > range.end)
        .filter(|t| {
            segmenter.has_word(text.simple_slice(t.range.clone())) && !segmenter.has_word(&name)
        })
        .map(|t| t.range.clone());
    if let Some(word) = word_start.filter(|_| !words.candidates.countries.contains(&name)) {
        let place_word = known(&word)
            || (segmenter.dictionary_tag(text.simple_slice(word.clone())))
                .is_some_and(|t| t == "ns");
        return place_word
            .then(|| confirm_learned(text, &word, gazetteer, segmenter))
            .flatten();
    }
    if let Some(end) = straddled {
        // (the name is shorter each time: this ends)
        range.end = end;
        return confirm_learned(text, &range, gazetteer, segmenter);
    }
    // `一辆蒙迪欧`: a thing; `两艘英国渔船`: a country still
    if after_thing_classifier(text, range.start) && !words.candidates.countries.contains(&name) {
        return None;
    }
    let tag = segmenter.dictionary_tag(&name);
    let other_word = tag
        .as_ref()
        .is_some_and(|t| NOT_PLACE_TAGS.contains(&t.as_str()));
    // a place word of the dictionary is read whole, not by its stem: `加|州`, `大同|县`
    // (`加` a verb, `大同` an adverb); not with a village's ending, which the dictionary
    // also puts on words of other kinds (`端庄`, dignified)
    let dictionary_place =
        tag.is_some_and(|t| t == "ns") && words.village_endings.suffix_of(&name).is_none();
    let kind_of_place = words.not_place_starts.contains_char(first)
        || words.generic_place_stems.contains(&name)
        || (place_ending(words, &name).is_some()
            && !dictionary_place
            && !plausible(words, &name, segmenter));
    (!other_word && !kind_of_place).then_some(range)
}
