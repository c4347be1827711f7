//! Where a name the tagger reads ends, against the words of the dictionary around it:
//! a name cut out of a longer word is none (`强降|雨`), a name of two characters before
//! its last character again is longer (`张亮|亮`).

use std::ops::Range;

use xinwen_chinese::{Segmenter, Surnames};
use xinwen_ner::is_joiner;

use crate::enrich::analysis::{Analysis, is_han};

/// Whether a name of the tagger, no word of the dictionary itself, is the start of one
/// that goes on past it (`强降|雨`, `白皮|书`, `角色扮|演`): the tagger cut a word, and
/// what it read is no one's whole name (`安倍晋|三` is cut short). A name that is a word
/// stays (`邓小平|理论`), and so does one the segmenter only guessed a word around
/// (`李安版`).
pub(super) fn cut_from_word(text: &Analysis, segmenter: &Segmenter, range: &Range<usize>) -> bool {
    !segmenter.has_word(&text.simple(range.clone()))
        && (text.token_starting(range.start))
            .and_then(|k| text.tokens.get(k))
            .filter(|t| t.range.end > range.end)
            .is_some_and(|t| segmenter.has_word(&text.simple(t.range.clone())))
}

/// Whether `range` is one word of the segmentation that the dictionary does not hold:
/// the segmenter's guess (`李咏以|全班`), which tells nothing of where the name ends.
fn guessed_word(text: &Analysis, segmenter: &Segmenter, range: &Range<usize>) -> bool {
    (text.token_starting(range.start))
        .and_then(|k| text.tokens.get(k))
        .is_some_and(|t| {
            t.range == *range && !segmenter.has_word(text.simple_slice(t.range.clone()))
        })
}

/// A name of two characters followed by its last character again, as a word of one
/// character (`张亮|亮是`, `侯凡|凡科研`), the doubled character no word of the dictionary
/// (`王|刚刚|到` is no such case): the name with it (`张亮亮`). Otherwise `range`.
pub(super) fn with_doubled_end(
    text: &Analysis,
    segmenter: &Segmenter,
    range: Range<usize>,
) -> Range<usize> {
    let chars = &text.simplified;
    let (Some(last), Some(next)) = (chars.get(range.end.wrapping_sub(1)), chars.get(range.end))
    else {
        return range;
    };
    let alone = text
        .token_at(range.end)
        .is_some_and(|t| t.range == (range.end..range.end + 1));
    let doubled: String = [*last, *next].iter().collect();
    if range.len() == 2 && last == next && alone && !segmenter.has_word(&doubled) {
        range.start..range.end + 1
    } else {
        range
    }
}

/// A transliterated name right after a title (`后卫|奥耶、`, `老板|普雷茨奥西|就`): a run
/// of two characters or more that foreign names are written with (`people/
/// transliteration_chars`, joined by the marks that join a name's parts, [`is_joiner`]),
/// ending where a word starts, that is no country, city or word of the dictionary other
/// than a name.
pub(super) fn transliterated_at(
    text: &Analysis,
    at: usize,
    segmenter: &Segmenter,
) -> Option<Range<usize>> {
    let chars = &text.simplified;
    let foreign = |i: usize| {
        (chars.get(i)).is_some_and(|c| text.lexicon.tagger.transliteration_chars.contains_char(*c))
    };
    let mut end = at;
    while end - at < MAX_FOREIGN_NAME {
        let joiner = chars.get(end).is_some_and(|&c| is_joiner(c));
        if foreign(end) || (joiner && end > at && foreign(end + 1)) {
            end += 1;
        } else {
            break;
        }
    }
    let name = text.simple(at..end);
    let words = &text.lexicon.candidates;
    let known_word = (segmenter.dictionary_tag(&name))
        .is_some_and(|tag| !matches!(tag.as_str(), "nr" | "nrt" | "nrfg"));
    let whole = end - at >= 2 && text.is_word_start(end) && foreign(end - 1);
    (whole
        && !known_word
        && !words.countries.contains(&name)
        && !words.world_cities.contains(&name))
    .then_some(at..end)
}

/// The most characters a transliterated name after a title is read to.
const MAX_FOREIGN_NAME: usize = 12;

/// A name in Latin letters right after a title (`设计师|KenRolston`, `主管|Sami
/// Jauhiainen|表示`): up to three words, each a capital, then letters with at least one
/// small one (no acronym: `记者|CCTV`), one space between them.
pub(super) fn latin_at(text: &Analysis, at: usize) -> Option<Range<usize>> {
    let chars = &text.simplified;
    let word = |start: usize| {
        chars.get(start).filter(|c| c.is_ascii_uppercase())?;
        let end = (start + 1..=chars.len())
            .find(|&i| !chars.get(i).is_some_and(|c| c.is_ascii_alphabetic()))
            .unwrap_or(chars.len());
        let small =
            (chars.get(start + 1..end)).is_some_and(|r| r.iter().any(char::is_ascii_lowercase));
        small.then_some(end)
    };
    let mut end = word(at)?;
    for _ in 1..MAX_LATIN_WORDS {
        match (chars.get(end) == Some(&' '))
            .then(|| word(end + 1))
            .flatten()
        {
            Some(next) => end = next,
            None => break,
        }
    }
    Some(at..end)
}

/// The most words of a name in Latin letters after a title.
const MAX_LATIN_WORDS: usize = 3;

/// Fewest characters of a word that is a set phrase (`梅开二度`), no part of a name.
const SET_PHRASE: usize = 4;

/// A name of two characters, cut so, takes the common surname before it that the
/// segmenter left as a word of its own at the start of a clause (`。丁|薛祥作` cut to
/// `薛祥`: `丁薛祥`), as the tagger's people do (`xinwen_ner`'s `with_lone_surname`).
fn with_lone_surname(text: &Analysis, surnames: &Surnames, name: Range<usize>) -> Range<usize> {
    let chars = &text.simplified;
    let Some(at) = name.start.checked_sub(1) else {
        return name;
    };
    let lone = text
        .token_at(at)
        .is_some_and(|t| t.range == (at..name.start));
    let surname = (chars.get(at)).is_some_and(|&c| {
        surnames.is_common(c) && !text.lexicon.candidates.function_surnames.contains_char(c)
    });
    let opens = (at.checked_sub(1)).is_none_or(|b| chars.get(b).is_some_and(|c| !is_han(*c)));
    if name.len() == 2 && lone && surname && opens {
        at..name.end
    } else {
        name
    }
}

/// A name read one character too long: `孙晶孙|女士`, the surname said again before an
/// honorific, ends before it; `主席和普京|总统`, a conjunction glued to a name before a
/// title, starts after it. A name read with the title before it (`王储萨巴赫`,
/// `埃米尔萨巴赫`: a title of two characters or more, then a foreign name of two or more)
/// starts after the title. A name read into a dictionary word of four characters or
/// more after it (`C罗|梅开二度` read as `C罗梅开二`) ends where that word starts. A name
/// of three characters or more whose last is a word of its own that follows names
/// (`people/never_end_name`: `孙龙|以|3比1`, `王毅|作|报告`, `恩特鲁普|称`), or that the
/// segmenter read as one word it guessed (`李咏以|全班`), ends before that character,
/// unless a list mark follows (`拉尼都、`), and takes a lone surname before it
/// ([`with_lone_surname`]: `丁|薛祥作`). A word of place glued on in front starts no
/// name ([`after_locative`]: `发布会上|雷军`).
pub(super) fn trimmed(
    text: &Analysis,
    range: Range<usize>,
    (segmenter, surnames): (&Segmenter, &Surnames),
) -> Range<usize> {
    if let Some(r) = after_locative(text, &range, surnames) {
        return r;
    }
    let (chars, words) = (&text.simplified, text.lexicon);
    let last = range.end.wrapping_sub(1);
    let foreign = |i: usize| {
        (chars.get(i)).is_some_and(|c| words.tagger.transliteration_chars.contains_char(*c))
    };
    if range.len() >= 3
        && (chars.get(range.clone()))
            .is_some_and(|name| name.iter().all(|&c| is_han(c) || is_joiner(c)))
        && (chars.get(last)).is_some_and(|&c| words.never_end_name.contains_char(c))
        // a list mark after it ends an item of a list of names (`拉尼都、`)
        && chars.get(range.end) != Some(&'、')
        && (text.is_word_start(last) || guessed_word(text, segmenter, &range))
    {
        return with_lone_surname(text, surnames, range.start..last);
    }
    if let Some(n) = (words.title_endings.prefix_at(chars, range.start))
        .filter(|&n| n >= 2 && range.len() >= n + 2)
        .filter(|&n| (range.start + n..range.end).all(foreign))
    {
        return range.start + n..range.end;
    }
    // `C罗|梅开二度`: a name read into a set phrase after it ends where the phrase starts
    if let Some(t) = (range.end.checked_sub(1)).and_then(|last| text.token_at(last))
        && t.range.len() >= SET_PHRASE
        && t.range.start >= range.start + 2
        && t.range.end > range.end
        && segmenter.has_word(text.simple_slice(t.range.clone()))
    {
        return range.start..t.range.start;
    }
    let repeated = range.len() == 3
        && chars.get(range.start) == chars.get(range.end - 1)
        && words.honorifics.prefix_at(chars, range.end).is_some();
    let joined = range.len() >= 3
        && (chars.get(range.start)).is_some_and(|&c| words.conjunctions.contains_char(c))
        && words.title_endings.prefix_at(chars, range.end).is_some();
    if repeated {
        range.start..range.end - 1
    } else if joined {
        range.start + 1..range.end
    } else {
        range
    }
}

/// A name of three characters whose first is a word of place glued to it from the noun
/// before (`grammar/locatives`: `发布会上|雷军` read as `上雷军`, `导演中|何平`): the
/// name is the rest, a surname and a given name. Not after a title (`大臣|中谷元`), nor a
/// double surname (`上官婉儿`) or a foreign name (`内马尔`).
fn after_locative(
    text: &Analysis,
    range: &Range<usize>,
    surnames: &Surnames,
) -> Option<Range<usize>> {
    let (chars, words) = (&text.simplified, text.lexicon);
    let first = *chars.get(range.start)?;
    let rest = range.start + 1..range.end;
    // a noun, not a title (`防卫大臣|中谷元`)
    let after_noun = (text.token_ending(range.start)).is_some_and(|t| {
        t.range.len() >= 2
            && t.tag.starts_with('n')
            && !words.title_endings.ends(text.simple_slice(t.range.clone()))
    });
    let foreign = (chars.get(range.clone())).is_some_and(|cs| {
        cs.iter()
            .all(|&c| words.tagger.transliteration_chars.contains_char(c))
    });
    (range.len() == 3
        && words.candidates.locatives.contains_char(first)
        && after_noun
        && !foreign
        && surnames.surname_len(text.simple_slice(range.clone())) <= 1
        && surnames.is_full_name(text.simple_slice(rest.clone())))
    .then_some(rest)
}

/// A name of a surname and two given characters, right after a one-character surname
/// the segmenter left alone and tags as a name or a morpheme (`特首|林|郑月娥`,
/// `总干事|陈|冯富珍`), starts there: a married woman's name in Hong Kong and Macao holds
/// both surnames. The surname must follow nothing, a mark, a title or a particle
/// (`了|林|郑月娥`; not `推拿|师|汪南南`), and a preposition or conjunction is none
/// (`向|王小明`, `和|李晓红`: tagged so).
pub(super) fn with_double_surname(
    text: &Analysis,
    range: Range<usize>,
    surnames: &Surnames,
) -> Range<usize> {
    let one_surname = |r: Range<usize>| surnames.surname_len(text.simple_slice(r)) == 1;
    // what stands before the surname: nothing, a mark, a title or a particle
    // (`行政长官|林`, `肯定了|林`; not `推拿|师|汪南南`)
    let opens = |at: usize| match text.token_ending(at) {
        None => true,
        Some(t) => {
            let word = text.simple_slice(t.range.clone());
            !word.chars().all(is_han)
                || t.tag.starts_with('u')
                || text.lexicon.title_endings.ends(word)
        }
    };
    let before = (text.token_ending(range.start))
        .filter(|t| t.range.len() == 1 && matches!(t.tag, "nr" | "ng"))
        .filter(|t| one_surname(t.range.clone()) && opens(t.range.start));
    match before {
        Some(t) if range.len() == 3 && one_surname(range.clone()) => t.range.start..range.end,
        _ => range,
    }
}
