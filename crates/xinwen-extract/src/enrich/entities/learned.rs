//! Candidates from the learned tagger (`xinwen-ner`): the names no rule of this module
//! knows to look for (`美国`, `联合国`, a person nobody gave a title), read on the
//! simplified view so the offsets are the text's own.

use std::collections::HashSet;
use std::ops::Range;

use xinwen_chinese::{Segmenter, Surnames};
use xinwen_core::Error;
use xinwen_ner::{CutWord, NerKind, NerTagger};

use super::name_bounds::{cut_from_word, with_doubled_end};
use super::names::conjunction_and_addressed_surname;
use super::parallel::in_parallel_phrase;
use super::things::things_named;
use super::titled::foreign_person_before;
use super::{listed, listed_people};
use crate::enrich::analysis::Analysis;
use crate::enrich::marks::Covered;

/// The tagger's people, places and organizations.
#[derive(Debug, Default)]
pub(crate) struct Learned {
    pub(crate) people: Vec<Range<usize>>,
    pub(crate) places: Vec<Range<usize>>,
    pub(crate) organizations: Vec<Range<usize>>,
    /// What may be the names of things (`台风“苏拉”`, [`things_named`]): no one's.
    pub(crate) things: HashSet<String>,
}

/// Dictionary tags of words that are no names: idioms, verbs, adjectives, adverbs. The
/// dictionary's nouns are left alone: it calls many names `n` (`朱梦魁`, `桥本`).
const NOT_NAME_TAGS: &[&str] = &["i", "l", "v", "vn", "vd", "a", "an", "ad", "d"];

/// Dictionary tags of numerals and measure words (`一辆`, `辆`).
const MEASURE_TAGS: &[&str] = &["m", "mq", "q"];

/// Whether a name starting at `start` follows a classifier of things (`一辆|蒙迪欧`): a
/// numeral's or a measure word's, not the end of a word (`大款|安舒茨`). Such a name is
/// a thing's, unless it is known (`两艘|中国|渔船`).
pub(crate) fn after_thing_classifier(text: &Analysis, start: usize) -> bool {
    let things = &text.lexicon.candidates.thing_classifiers;
    (start.checked_sub(1))
        .and_then(|i| text.token_at(i))
        .filter(|t| t.range.end == start && MEASURE_TAGS.contains(&t.tag))
        .and_then(|t| text.simplified.get(t.range.end - 1))
        .is_some_and(|c| things.contains_char(*c))
}

/// Tags the text sentence by sentence (the tagger was trained on sentences).
///
/// A person of the tagger:
/// - is dropped when the dictionary holds it as a word of [`NOT_NAME_TAGS`] (`冲锋舟`),
///   when it is cut out of a longer dictionary word ([`cut_from_word`]: `强降|雨`),
///   when it is a surname of two characters alone (`欧阳|栋`), a title word read whole
///   (`王储`), a text that speaks or the start of one (`贺词`, `白皮|书`), when it comes
///   before a word of bodies (`部门`) or its first character ends a word (`位于丽景`),
///   and when it is one of a run of phrases of one shape (`获得感、幸福感`);
/// - is a place when it is a country, or a city of the world written whole, ending one
///   (`汗|尤尼斯`) or starting one (`波克罗夫斯|克`), and so is one before or after a word
///   that only places have beside them (`巴赫穆特|方向`, `首都|萨那`: and every mention
///   of that name, and the names listed with it);
/// - is the organization known by a single name it starts (`哈马斯`, `胡塞武|装`);
/// - is longer by its last character written again (`张亮|亮` → `张亮亮`).
///
/// A person or place right after a classifier of things (`一辆|蒙迪欧`) is a thing's
/// name, and a conjunction before a surname addressed by a title (`和朱|博士`) is
/// nobody's. A storm's name ([`things_named`]) is no one; a person in a list of names
/// that are mostly places ([`listed::in_lists_of_places`]) is a place. An organization
/// the tagger ends inside a single name (`卡桑|旅`) or inside the dictionary word it
/// starts with ([`whole_word`]) is that name or word whole.
pub(crate) fn learned(
    text: &Analysis,
    segmenter: &Segmenter,
    surnames: &Surnames,
) -> Result<Learned, Error> {
    let tagger = NerTagger::global()?;
    let mut found = Learned {
        things: things_named(text),
        ..Learned::default()
    };
    // names that are places by what stands beside them, and those mentions
    let mut placed: HashSet<String> = HashSet::new();
    let mut anchors: Vec<Range<usize>> = Vec::new();
    for sentence in &text.sentences {
        let simple = text.simple_slice(sentence.clone());
        let cut: Vec<CutWord> = (text.tokens_within(sentence.clone()).iter())
            .map(|t| CutWord {
                start: t.range.start - sentence.start,
                end: t.range.end - sentence.start,
                tag: t.tag,
                class: t.class,
            })
            .collect();
        for span in tagger.tag_cut(simple, Some(&cut)) {
            let mut range = sentence.start + span.start..sentence.start + span.end;
            if span.kind == NerKind::Person {
                range = with_doubled_end(text, segmenter, range);
            }
            match span.kind {
                NerKind::Person if range.len() < 2 => {} // `李` of `李总理` names nobody alone
                // `欧阳|栋`: a surname of two characters names nobody alone either
                NerKind::Person
                    if surnames.surname_len(text.simple_slice(range.clone())) == range.len() => {}
                // `国王萨勒曼、王储|兼首相`: a title, not its holder; `贺词`, `白皮|书`: a text
                NerKind::Person
                    if text
                        .lexicon
                        .title_endings
                        .contains(&text.simple(range.clone()))
                        || (text.lexicon.candidates.documents)
                            .prefix_at(&text.simplified, range.start)
                            .is_some_and(|n| n >= range.len()) => {}
                NerKind::Person if after_thing_classifier(text, range.start) => {}
                NerKind::Person if conjunction_and_addressed_surname(text, surnames, &range) => {}
                // `银监会`: a body, not a person
                NerKind::Person
                    if text.simplified.get(range.end - 1).is_some_and(|c| {
                        text.lexicon.candidates.body_endings.contains_char(*c)
                    }) => {}
                NerKind::Person => {
                    let name = text.simple(range.clone());
                    let tag = segmenter.dictionary_tag(&name);
                    let words = &text.lexicon.candidates;
                    let chars = &text.simplified;
                    let organization = (words.single_name_organizations)
                        .prefix_at(chars, range.start)
                        .filter(|&n| n >= range.len());
                    // a city of the world, written whole, ending it (`汗|尤尼斯`) or
                    // starting it (`波克罗夫斯|克`)
                    let cities = &words.world_cities;
                    let city = (cities.suffix_at(chars, range.end))
                        .filter(|&n| n >= range.len())
                        .map(|n| range.end - n..range.end)
                        .or_else(|| {
                            (cities.prefix_at(chars, range.start))
                                .filter(|&n| n > range.len())
                                .map(|n| range.start..range.start + n)
                        });
                    // a country and a word that follows names read as one name (`埃塞|愿`)
                    let country_then_word = range.len() >= 3
                        && words
                            .countries
                            .contains(text.simple_slice(range.start..range.end - 1))
                        && (text.simplified.get(range.end - 1))
                            .is_some_and(|c| text.lexicon.never_end_name.contains_char(*c));
                    if words.countries.contains(&name) {
                        found.places.push(range); // `塞尔维亚总理武契奇`
                    } else if country_then_word {
                        found.places.push(range.start..range.end - 1);
                    } else if let Some(city) = city {
                        // `比什凯克`; and the names listed with it are places too
                        anchors.push(city);
                    } else if let Some(n) = organization {
                        // `哈马斯`, `胡塞武|装`: the organization, whole
                        found.organizations.push(range.start..range.start + n);
                    } else if beside_places_only(text, &range) {
                        placed.insert(name); // `巴赫穆特|方向`, `首都|萨那`
                        anchors.push(range);
                    } else if words.after_body.prefix_at(chars, range.end).is_some()
                        || (words.glued_before_name.suffix_at(chars, range.start + 1))
                            .is_some_and(|len| len > 1)
                    {
                        // `交管和卫健部门`: a body; `位于丽景北街`: no 于丽景
                    } else if !tag.is_some_and(|t| NOT_NAME_TAGS.contains(&t.as_str()))
                        && !cut_from_word(text, segmenter, &range)
                    {
                        found.people.push(range);
                    }
                }
                NerKind::Place | NerKind::Organization
                    if foreign_person_before(text, segmenter, &range) =>
                {
                    found.people.push(range); // `拉马福萨|总统`, `加拉斯|首发`
                }
                // a place before `等方向` makes the names listed with it places
                NerKind::Place if beside_places_only(text, &range) => anchors.push(range),
                NerKind::Place => found.places.push(range),
                // a country alone is a place, acting or not (`同|埃塞|一道`)
                NerKind::Organization
                    if (text.lexicon.candidates.countries)
                        .contains(text.simple_slice(range.clone())) =>
                {
                    found.places.push(range);
                }
                NerKind::Organization => {
                    // `卡桑|旅`: an organization known by a name of its own, whole
                    let own = (text.lexicon.candidates.single_name_organizations)
                        .prefix_at(&text.simplified, range.start)
                        .filter(|&n| n > range.len());
                    found.organizations.push(match own {
                        Some(n) => range.start..range.start + n,
                        None => whole_word(text, segmenter, range),
                    });
                }
            }
        }
    }
    // a name that is a place in one mention is a place in all, and so are the names
    // listed with it (`在哈尔科夫、阿夫杰耶夫卡等方向`)
    let (places, people): (Vec<_>, Vec<_>) = std::mem::take(&mut found.people)
        .into_iter()
        .partition(|r| placed.contains(&text.simple(r.clone())));
    anchors.extend(places);
    let (listed, people) = listed_with(text, people, &anchors);
    found.places.extend(anchors);
    found.places.extend(listed);
    let (listed, mut people) = listed::in_lists_of_places(text, people, &found.places);
    found.places.extend(listed);
    // `范比滕、孔帕尼、西蒙斯`: a foreign name listed with people is one
    let (listed, places) =
        listed_people::in_lists_of_people(text, std::mem::take(&mut found.places), &people);
    found.places = places;
    people.extend(listed);
    people.sort_by_key(|r| r.start);
    let covered = Covered::of(text.chars.len(), &people);
    found.people = (people.iter())
        .filter(|r| !in_parallel_phrase(text, r, &covered))
        .filter(|r| !found.things.contains(&text.simple((*r).clone())))
        .cloned()
        .collect();
    Ok(found)
}

/// An organization the tagger ends inside the dictionary word it starts with, extended
/// to that word's end (`巴勒斯坦伊斯兰抵抗运|动`), unless it is a word itself (`政协` of
/// `政协委员`); a word that starts inside it does not count (`中国|共产党员`), but a
/// number it ends inside is no part of it (`中共|二十届` read as `中共二`).
fn whole_word(text: &Analysis, segmenter: &Segmenter, range: Range<usize>) -> Range<usize> {
    if segmenter.has_word(&text.simple(range.clone())) {
        return range;
    }
    let number = (range.end.checked_sub(1))
        .and_then(|last| text.token_at(last))
        .filter(|t| t.range.end > range.end && t.range.start >= range.start + 2)
        .filter(|t| MEASURE_TAGS.contains(&t.tag));
    if let Some(t) = number {
        return range.start..t.range.start;
    }
    let word = (text.token_starting(range.start))
        .and_then(|k| text.tokens.get(k))
        .filter(|t| t.range.end > range.end)
        .filter(|t| segmenter.has_word(&text.simple(t.range.clone())));
    match word {
        Some(t) => range.start..t.range.end,
        None => range,
    }
}

/// Whether a word that only places have beside them follows `range` or comes right
/// before it, as a word of its own (`巴赫穆特|方向`, `首都|萨那`; not `库恩|等地道的`).
fn beside_places_only(text: &Analysis, range: &Range<usize>) -> bool {
    let (words, chars) = (&text.lexicon.candidates, &text.simplified);
    let after = (words.only_after_places.prefix_at(chars, range.end))
        .is_some_and(|n| text.is_word_start(range.end + n));
    let before = (words.only_before_places.suffix_at(chars, range.start))
        .and_then(|n| range.start.checked_sub(n))
        .is_some_and(|start| text.is_word_start(start));
    after || before
}

/// The `people` listed with one of `places` (`库皮扬斯克、阿夫杰耶夫卡`, `库拉霍沃和
/// 波克罗夫斯克`: `、` or a conjunction between them), or with one of those, and the
/// other people.
fn listed_with(
    text: &Analysis,
    people: Vec<Range<usize>>,
    places: &[Range<usize>],
) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    if places.is_empty() {
        return (Vec::new(), people);
    }
    // each item: its range, whether it is a person, whether it is a place by now
    let mut items: Vec<(Range<usize>, bool, bool)> = (people.into_iter())
        .map(|r| (r, true, false))
        .chain(places.iter().map(|r| (r.clone(), false, true)))
        .collect();
    items.sort_by_key(|(r, _, _)| r.start);
    let joined = |a: &Range<usize>, b: &Range<usize>| listed::joined(text, a, b);
    for i in 1..items.len() {
        if items[i - 1].2 && joined(&items[i - 1].0, &items[i].0) {
            items[i].2 = true;
        }
    }
    for i in (1..items.len()).rev() {
        if items[i].2 && joined(&items[i - 1].0, &items[i].0) {
            items[i - 1].2 = true;
        }
    }
    let (mut listed, mut rest) = (Vec::new(), Vec::new());
    for (range, person, place) in items {
        match (person, place) {
            (true, true) => listed.push(range),
            (true, false) => rest.push(range),
            _ => {}
        }
    }
    (listed, rest)
}
