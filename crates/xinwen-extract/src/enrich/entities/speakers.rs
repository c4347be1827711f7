//! People who speak at the head of a clause, found by their surname: one of the most
//! common surnames and two characters opening a clause, or after a word of
//! `people/before_speaker` (`据`) or a kind of people (`村民`: `people/kinds_of_people`),
//! right before a word of `people/speaks` that is a word of its own (`熊文化|说`,
//! `据|谭明月|介绍`). Given names that are words of the dictionary (`文化`, `胜利`,
//! `黄河`), which the tagger reads as no name or as a place, are read here. Not when a
//! word of the dictionary runs across the name's ends or past its surname (`高中|生`,
//! `马上|表示`), when the surname is also a function word opening the clause
//! (`向|记者|介绍`, `曾|公开|表示`: `grammar/function_surnames`), when the two characters
//! are a title, a word of address or a kind of people (`张|主任|说`, `孙|老汉|说`,
//! `韩|民众|要求`: `ner/not_person_suffixes`, `people/kinds_of_people`) or end on a word
//! after names (`王毅|等|出席`: `people/never_end_name`), nor after a mark joining the
//! parts of a foreign name (`雅各布·|卢当天|表示`, `雅各布.|卢共同`).

use std::ops::Range;

use xinwen_chinese::{Segmenter, Surnames};
use xinwen_ner::is_joiner;

use crate::enrich::analysis::{Analysis, is_han};

/// Characters of a name found here: a surname and two given characters.
const NAME: usize = 3;

/// The speakers of the text, in order.
pub(super) fn speakers(
    text: &Analysis,
    surnames: &Surnames,
    segmenter: &Segmenter,
) -> Vec<Range<usize>> {
    let (chars, words) = (&text.simplified, text.lexicon);
    let crossed = |at: usize| text.dictionary_word_across(at, segmenter);
    let after_opener = |at: usize| {
        let candidates = &words.candidates;
        candidates.before_speaker.suffix_at(chars, at).is_some()
            || candidates.kinds_of_people.suffix_at(chars, at).is_some()
    };
    let opens_clause = |at: usize| match at.checked_sub(1).and_then(|b| chars.get(b)) {
        None => true,
        Some(c) => {
            // a full stop between two Chinese characters joins the parts of a name
            let han_before =
                (at.checked_sub(2)).is_some_and(|b| chars.get(b).is_some_and(|c| is_han(*c)));
            let joins = is_joiner(*c) || *c == '.' && han_before;
            !(is_han(*c) || c.is_ascii_alphanumeric() || joins) || after_opener(at)
        }
    };
    let mut found = Vec::new();
    for t in &text.tokens {
        if !words.speaks.contains(text.simple_slice(t.range.clone())) {
            continue;
        }
        let Some(start) = t.range.start.checked_sub(NAME) else {
            continue;
        };
        let given = text.simple_slice(start + 1..t.range.start);
        let speaker = (chars.get(start)).is_some_and(|&c| {
            surnames.is_common(c) && !words.candidates.function_surnames.contains_char(c)
        }) && given.chars().all(is_han)
            && opens_clause(start)
            && !(crossed(start) || crossed(start + 1) || crossed(t.range.start))
            && !(words.title_endings.contains(given) || words.honorifics.contains(given))
            && !words.tagger.not_person_suffixes.ends(given)
            && !words.candidates.kinds_of_people.contains(given)
            && !(given.chars().last()).is_some_and(|c| words.never_end_name.contains_char(c));
        if speaker {
            found.push(start..t.range.start);
        }
    }
    found
}
