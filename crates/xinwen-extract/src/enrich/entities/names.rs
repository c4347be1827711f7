//! Where people's names are: tagged names, and names right after a title or in a list
//! of names.

use std::collections::HashSet;
use std::ops::Range;

use xinwen_chinese::{Segmenter, Surnames};
use xinwen_ner::is_joiner;

use crate::enrich::analysis::{Analysis, is_han};
use crate::enrich::marks::Covered;

use super::name_bounds::{latin_at, transliterated_at};
use super::not_names;
use super::titled::{acting, title_ends};

/// True when what follows character `at` ends a name: punctuation, the end, or a word
/// that follows names (`深入`, `主持`, `就`).
fn name_ends_at(text: &Analysis, at: usize) -> bool {
    let Some(&next) = text.simplified.get(at) else {
        return true;
    };
    if !is_han(next) {
        return true;
    }
    text.lexicon
        .after_name
        .prefix_at(&text.simplified, at)
        .is_some()
}

/// Whether a person of two characters is a conjunction glued to a surname addressed by a
/// title (`王主任|和朱|博士`): someone called by surname and title, whom no name names.
pub(crate) fn conjunction_and_addressed_surname(
    text: &Analysis,
    surnames: &Surnames,
    range: &Range<usize>,
) -> bool {
    let (chars, words) = (&text.simplified, text.lexicon);
    range.len() == 2
        && chars
            .get(range.start)
            .is_some_and(|c| words.conjunctions.contains_char(*c))
        && surnames.surname_len(&text.simple(range.start + 1..range.end)) == 1
        && (words.honorifics.prefix_at(chars, range.end).is_some()
            || words.title_endings.prefix_at(chars, range.end).is_some()
            || words
                .titles_after_name
                .prefix_at(chars, range.end)
                .is_some())
}

/// How often the dictionary must have seen a common word for it to name someone only
/// where the tagger reads a person too (`能力` 18,874 times, `任期` 5,456, `信函` 178;
/// `祖马` 6, whom only the title tells).
const FREQUENT_WORD: u64 = 50;

/// Whether the dictionary has seen `name` at least [`FREQUENT_WORD`] times.
fn frequent(segmenter: &Segmenter, name: &str) -> bool {
    (segmenter.frequency(name)).is_some_and(|f| f >= FREQUENT_WORD)
}

/// The name starting at `at`, if one does: two to four characters with a surname,
/// ending where a name ends (the longer first: `孟庆和|在` before `孟庆|和`). A common
/// dictionary word (`干部`, `金星`) counts only when punctuation follows it, and a
/// frequent one only where the tagger reads a person too (`负责人|能力、` is none).
fn name_at(
    text: &Analysis,
    at: usize,
    surnames: &Surnames,
    segmenter: &Segmenter,
    tagger_people: &Covered,
) -> Option<Range<usize>> {
    let lengths: &[usize] = if surnames.surname_len(&text.simple(at..at + 2)) == 2 {
        &[4, 3]
    } else {
        &[3, 2]
    };
    lengths.iter().find_map(|&k| {
        let range = at..at + k;
        // `钱芳|来到`, `主席|席|就座`: a word of two characters or more that follows
        // names starts inside the longer name
        let words = text.lexicon;
        if k == lengths[0]
            && (at + 1..at + k)
                .any(|p| (words.after_name.prefix_at(&text.simplified, p)).is_some_and(|n| n > 1))
        {
            return None;
        }
        // `关于|党`: a function word of two characters or more is no surname and given
        // name (one character may be: `向|建良`); a word the segmenter only guessed is
        // none (`王前|虎`)
        let function_word = (text.token_starting(at))
            .and_then(|k| text.tokens.get(k))
            .is_some_and(|t| {
                t.range.len() >= 2
                    && t.range.end < range.end
                    && matches!(
                        t.tag,
                        "p" | "c" | "d" | "r" | "u" | "uj" | "ul" | "uz" | "f" | "m"
                    )
                    && segmenter.has_word(&text.simple(t.range.clone()))
            });
        if function_word || not_names::is_words(text, &range, segmenter) {
            return None;
        }
        // `导演乌维|·鲍尔`: a name goes on past a mark that joins the parts of a name,
        // and never ends on one (`前锋马龙·`)
        let joined = (text.simplified.get(range.end)).is_some_and(|&c| is_joiner(c))
            && (text.simplified.get(range.end + 1)).is_some_and(|&c| is_han(c));
        let on_mark = (text.simplified.get(range.end - 1)).is_some_and(|&c| is_joiner(c));
        if joined || on_mark {
            return None;
        }
        let name = text.simple(range.clone());
        // `张复|说`, `孙晶|孙女士`: the last character belongs to what follows
        let last = name.chars().last();
        if k == lengths[0]
            && k == 3
            && (last.is_some_and(|c| words.never_end_name.contains_char(c))
                || last == name.chars().next())
        {
            return None;
        }
        let place_like = last.is_some_and(|c| words.not_name_endings.contains_char(c));
        if conjunction_and_addressed_surname(text, surnames, &range) {
            return None; // `王主任|和朱|博士`
        }
        if range.end > text.simplified.len()
            || !surnames.is_full_name(&name)
            || place_like
            || !name_ends_at(text, range.end)
        {
            return None;
        }
        match segmenter.dictionary_tag(&name) {
            // `总统|通电话`: a verb is no name, punctuation or not; nor is a body
            // (`代表|党中央`)
            Some(tag)
                if matches!(
                    tag.as_str(),
                    "v" | "vn" | "vd" | "vi" | "d" | "i" | "l" | "nt"
                ) =>
            {
                None
            }
            Some(tag) if !matches!(tag.as_str(), "nr" | "nrfg" | "nrt" | "ns" | "nz") => {
                let punct = text.simplified.get(range.end).is_none_or(|c| !is_han(*c));
                let frequent = frequent(segmenter, &name);
                (punct && (!frequent || tagger_people.overlaps(&range))).then_some(range)
            }
            _ => Some(range),
        }
    })
}

/// Names found in a text: `strong` ones stand right after a title word (or in a list
/// after such a name: `成松今、王艳辉`); `weak` ones are only tagged as names (and act
/// somewhere in the text).
#[derive(Debug, Default)]
pub(crate) struct Names {
    pub(crate) strong: Vec<Range<usize>>,
    pub(crate) weak: Vec<Range<usize>>,
}

/// Whether a word the dictionary calls a name is a surname and a word of address
/// (`孙先生`, `黄女士`): someone the text does not name.
fn addressed(text: &Analysis, surnames: &Surnames, name: &str) -> bool {
    let k = surnames.surname_len(name);
    k > 0
        && (name.char_indices().nth(k)).is_some_and(|(at, _)| {
            text.lexicon
                .honorifics
                .contains(name.get(at..).unwrap_or_default())
        })
}

/// Keeps the first, longest of overlapping ranges.
fn disjoint(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut kept: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        if kept.last().is_none_or(|k| range.start >= k.end) {
            kept.push(range);
        }
    }
    kept
}

/// The names of the text; `tagged` are the tagger's people (a title right after one is
/// theirs).
pub(crate) fn names(
    text: &Analysis,
    surnames: &Surnames,
    segmenter: &Segmenter,
    tagged: &[Range<usize>],
) -> Names {
    let ends = title_ends(text, tagged, segmenter);
    let mut title_end = vec![false; text.chars.len() + 1];
    for &end in &ends {
        if let Some(e) = title_end.get_mut(end) {
            *e = true;
        }
    }
    let mut strong = Vec::new();
    let mut queue: Vec<usize> = ends;
    let mut listed: HashSet<usize> = HashSet::new();
    let tagger_people = Covered::of(text.chars.len(), tagged);
    while let Some(at) = queue.pop() {
        // a foreign name the tagger did not read at all (`后卫|奥耶、`)
        let foreign = || {
            (transliterated_at(text, at, segmenter))
                .filter(|r| name_ends_at(text, r.end) && !tagger_people.overlaps(r))
        };
        let name = (name_at(text, at, surnames, segmenter, &tagger_people))
            .or_else(foreign)
            .or_else(|| latin_at(text, at));
        if let Some(range) = name {
            // in a list, a title after the candidate makes it the next title's start
            // (`…总理斯迈洛夫、塞尔维亚|总理布尔纳比奇`)
            let title_next = (text.lexicon.title_endings).prefix_at(&text.simplified, range.end);
            if listed.contains(&at) && title_next.is_some() {
                continue;
            }
            if text.simplified.get(range.end) == Some(&'、') {
                queue.push(range.end + 1);
                listed.insert(range.end + 1);
            }
            strong.push(range);
        }
    }
    // a name in Latin letters that opens with a given name (`BillRoper`)
    strong.extend(super::latin_names::by_given_name(text));
    // a speaker at the head of a clause whose given name is a word (`熊文化|说`)
    strong.extend(super::speakers::speakers(text, surnames, segmenter));
    let strong = disjoint(strong);
    let tagged: Vec<(Range<usize>, String)> = (text.tokens.iter())
        .filter(|t| matches!(t.tag, "nr" | "nrfg" | "nrt"))
        .map(|t| (t.range.clone(), text.simple(t.range.clone())))
        .filter(|(_, name)| surnames.is_full_name(name) && !addressed(text, surnames, name))
        .filter(|(_, name)| !text.lexicon.candidates.documents.contains(name)) // `贺词|表示`
        .filter(|(_, name)| {
            !(name.chars().last()).is_some_and(|c| text.lexicon.not_name_endings.contains_char(c))
        })
        .collect();
    let mut distinct: Vec<String> = tagged.iter().map(|(_, n)| n.clone()).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let mut strong_start = vec![false; text.chars.len() + 1];
    for r in &strong {
        if let Some(s) = strong_start.get_mut(r.start) {
            *s = true;
        }
    }
    let acting = acting(text, &distinct, &title_end, &strong_start);
    let taken = Covered::of(text.chars.len(), &strong);
    // `负责人|祝贺`, `总书记|殷殷`: frequent words the dictionary calls names are
    // someone's only where the tagger reads a person too
    let weak: Vec<Range<usize>> = (tagged.into_iter())
        .filter(|(r, name)| acting.contains(name) && !taken.overlaps(r))
        .filter(|(r, name)| !frequent(segmenter, name) || tagger_people.overlaps(r))
        .map(|(r, _)| r)
        .collect();
    Names {
        strong,
        weak: disjoint(weak),
    }
}

#[cfg(test)]
mod case_tests {
    use crate::cases::{body_page, case_table, enriched, people};

    case_table!(
        names_table,
        "names.txt",
        |t| people(&enriched(t)),
        body_page,
        people
    );
}
