//! What looks like a surname and a given name after a title but is none: words of the
//! sentence that happen to start with a surname character.

use std::ops::Range;

use xinwen_chinese::Segmenter;

use crate::enrich::analysis::Analysis;

/// Tags of the segmenter's names.
const NAME_TAGS: &[&str] = &["nr", "nrfg", "nrt"];

/// Tags of particles (`了`, `着`, `过`, `的`, `地`, `得`): no given name has one.
const PARTICLE_TAGS: &[&str] = &["ul", "uz", "ug", "uj", "ud", "uv"];

/// Tags of one-character words that start no name followed by a word: conjunctions,
/// adverbs and words of position (`主席|后|访问`). Prepositions are left out: `于`, `向`
/// are common surnames (`于|海军`).
const GLUE_TAGS: &[&str] = &["c", "d", "f"];

/// The ends of title words that come right after a person the tagger found
/// (`习近平|总书记`): the title is that person's, so what follows it is no name
/// (`总书记|关于`, `总书记|向世界`). A place before a title is no such person
/// (`科威特|王储|米沙勒`).
pub(crate) fn ends_after_a_name(
    text: &Analysis,
    titles: &[Range<usize>],
    people: &[Range<usize>],
) -> Vec<usize> {
    let mut person_ends = vec![false; text.chars.len() + 1];
    for p in people {
        if let Some(e) = person_ends.get_mut(p.end) {
            *e = true;
        }
    }
    let mut ends: Vec<usize> = (titles.iter())
        .filter(|r| person_ends.get(r.start).copied().unwrap_or(false))
        .map(|r| r.end)
        .collect();
    ends.sort_unstable();
    ends.dedup();
    ends
}

/// Whether the candidate `range` is words that name no one: a particle inside it
/// (`来|了`); two adverbs of one character (`都|曾`); a conjunction, adverb or word of
/// position of one character, then one dictionary word that is no name (`和|员工`,
/// `都|牵挂`, `后|访问`) or that goes on past the candidate (`和|工作队员`); or any of
/// those or a preposition, then a name of its own, a pronoun or a time (`向|他们`,
/// `从|今年`).
pub(crate) fn is_words(text: &Analysis, range: &Range<usize>, segmenter: &Segmenter) -> bool {
    let Some(first) = text.token_starting(range.start) else {
        return false;
    };
    let inside = (text.tokens.get(first..))
        .unwrap_or_default()
        .iter()
        .take_while(|t| t.range.start < range.end);
    let mut particle = false;
    let mut words = Vec::new();
    for token in inside {
        particle |= token.range.start > range.start && PARTICLE_TAGS.contains(&token.tag);
        words.push(token);
    }
    let glued = match words.as_slice() {
        // two adverbs of one character each (`都|曾|获得`): no surname and given name
        [head, rest]
            if head.range.len() == 1
                && rest.range.len() == 1
                && head.tag == "d"
                && rest.tag == "d" =>
        {
            true
        }
        [head, rest] if head.range.len() == 1 && GLUE_TAGS.contains(&head.tag) => {
            // a word that goes on past the candidate (`和|工作队员`), or one of two
            // characters or more that ends with it and names no one (`和|员工`; `和|林`
            // may be a name)
            rest.range.end > range.end
                || (rest.range.end == range.end
                    && rest.range.len() >= 2
                    && !NAME_TAGS.contains(&rest.tag)
                    && segmenter.has_word(&text.simple(rest.range.clone())))
        }
        // a preposition, conjunction or adverb before a name of its own, a pronoun or a
        // time (`向|他们`, `从|今年`, `于|明天`): the name, if any, is that word
        // (`于|海军`, a noun after a preposition, may be a name)
        [head, rest]
            if head.range.len() == 1
                && (GLUE_TAGS.contains(&head.tag) || head.tag == "p")
                && rest.range.end == range.end
                && rest.range.len() >= 2 =>
        {
            (NAME_TAGS.contains(&rest.tag) || matches!(rest.tag, "r" | "t"))
                && segmenter.has_word(text.simple_slice(rest.range.clone()))
        }
        _ => false,
    };
    particle || glued
}
