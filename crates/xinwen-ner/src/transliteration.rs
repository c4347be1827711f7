//! Transliterated foreign names kept whole.
//!
//! A foreign name is written with a small set of characters (`斯`, `尔`, `克`, `维`…, the
//! lexicon's `people/transliteration_chars`), often longer than the names the model
//! learnt, which then cuts it (`罗夫斯基` out of `多布罗夫斯基`) or splits it in two
//! (`维沙` + `希瓦`). A person made only of such characters is widened over the
//! transliteration characters around it, across a middle dot (`马丁·艾伯特`), and joins
//! a person right after it, or after a joining mark (`弗朗西斯-福德-科波拉`), that is also
//! one, never over another entity. A name with a joining mark whose part before the first
//! mark, or after the last, is all such characters is widened on that side alone
//! (`基里|安·墨菲`, `汤姆·弗里|登`: `墨` and `汤` are no such characters). A name that
//! reads as no surname and given name also takes the person right after it whose
//! characters past the first are letters, no word of the dictionary but a name
//! (`恩赫|包勒德`, `热恩|别科夫`: the model read a surname).
//! A character is taken only when its jieba word is made
//! of such characters alone and, if it is a word of one character, a noun: `感谢克雷蒂安`
//! keeps 克雷蒂安 (谢 is in 感谢), `奥纳西斯比…` keeps 奥纳西斯 (比 a preposition). At
//! each end one more letter is taken from a word the segmenter made up of it and a known
//! word (`特说` after `梅赫曼帕拉斯`), never from a dictionary word (`特别` after `普京`).
//! One pass over the spans, each character looked at a bounded number of times.

use xinwen_chinese::WordList;

use crate::context::Context;
use crate::span::{NerKind, NerSpan};

/// Part-of-speech tags of one-character words a name may take: nouns of all kinds and
/// unknown characters (a verb, a preposition or a particle is never part of a name:
/// `让斯图尔特`, `奥纳西斯比`).
fn may_take(tag: &str) -> bool {
    tag.starts_with('n') || matches!(tag, "x" | "")
}

/// Longest name the widening makes, in characters.
const LONGEST: usize = 16;

/// Most characters a name is widened by on each side.
const MOST_ADDED: usize = 4;

/// Characters that join the parts of a foreign name (`乌维·鲍尔`, `弗朗西斯-福德`).
pub fn is_joiner(c: char) -> bool {
    matches!(c, '·' | '•' | '‧' | '・' | '-')
}

/// Widens and joins the transliterated names among `spans` (in order, not overlapping)
/// of the sentence of `ctx`.
///
/// `known` tells the segmenter's dictionary words: a word the segmenter made up from
/// unknown characters that starts with a letter and goes on with a known word gives the
/// name its letter (`梅赫曼帕拉斯` + `特说` → `梅赫曼帕拉斯特`), a dictionary word
/// never does (`普京` + `特别`).
pub fn whole_names(
    ctx: &Context,
    letters: &WordList,
    known: &dyn Fn(&str) -> bool,
    spans: Vec<NerSpan>,
) -> Vec<NerSpan> {
    let chars = &ctx.chars;
    let is_letter = |c: char| letters.contains_char(c);
    let word_at = |i: usize| ctx.word_of.get(i).and_then(|&w| ctx.words.get(w));
    // whether the character at `i` is a letter the segmenter glued into one made-up
    // word with a known word: after it when `i` starts that word (`特说`), before it
    // when `i` ends it
    let glued = |i: usize, starts: bool| {
        word_at(i).is_some_and(|w| {
            let rest = match starts {
                true if w.start == i => {
                    (w.text.char_indices().nth(1)).and_then(|(b, _)| w.text.get(b..))
                }
                false if w.end == i + 1 => {
                    (w.text.char_indices().last()).and_then(|(b, _)| w.text.get(..b))
                }
                _ => None,
            };
            chars.get(i).is_some_and(|&c| is_letter(c))
                && !known(&w.text)
                && rest.is_some_and(|r| !r.is_empty() && known(r))
        })
    };
    // whether the character at `i` may join a name: its word is all letters
    let takes = |i: usize| {
        word_at(i).is_some_and(|w| {
            (w.end - w.start > 1 || may_take(w.tag))
                && (chars.get(w.start..w.end)).is_some_and(|cs| cs.iter().all(|&c| is_letter(c)))
        })
    };
    let foreign = |s: &NerSpan| {
        s.kind == NerKind::Person
            && chars.get(s.start..s.end).is_some_and(|cs| {
                cs.iter().all(|&c| is_letter(c) || is_joiner(c))
                    && cs.iter().filter(|&&c| is_letter(c)).count() >= 2
            })
    };
    // whether person `n`, right after person `s` or after a joining mark, is the rest
    // of its name: `s` reads as no surname and given name and ends on a letter, `n` is
    // no word of the dictionary but a name, and all but its first character are letters
    // or it has a joining mark (`恩赫|包勒德`, `热恩|别科夫`, `弗拉基米|罗维奇·普京`;
    // never `马克西玛|王后`, `格列朗杰|王光英`)
    // person `n` right after `s`, or after a joining mark (`弗朗西斯-福德-科波拉`)
    let next_to = |s: &NerSpan, n: &NerSpan| {
        n.start == s.end
            || (n.start == s.end + 1 && chars.get(s.end).is_some_and(|&j| is_joiner(j)))
    };
    let goes_on = |s: &NerSpan, n: &NerSpan| {
        let surname = usize::from(ctx.surname.get(s.start).copied().unwrap_or(0));
        let chinese = surname > 0 && (surname + 1..=surname + 2).contains(&(s.end - s.start));
        let on_letter = (s.end.checked_sub(1))
            .and_then(|i| chars.get(i))
            .is_some_and(|&c| is_letter(c));
        let rest = chars.get(n.start + 1..n.end).unwrap_or_default();
        // the dictionary is asked last, for the few pairs that get that far
        let name_word = || {
            word_at(n.start)
                .is_some_and(|w| w.start == n.start && w.end == n.end && w.tag.starts_with("nr"))
        };
        let unknown = || {
            let text: String = chars
                .get(n.start..n.end)
                .unwrap_or_default()
                .iter()
                .collect();
            !known(&text)
        };
        next_to(s, n)
            && s.kind == NerKind::Person
            && n.kind == NerKind::Person
            && n.end - s.start <= LONGEST
            && !chinese
            && on_letter
            && !rest.is_empty()
            && (rest.iter().all(|&c| is_letter(c)) || rest.iter().any(|&c| is_joiner(c)))
            && (name_word() || unknown())
    };
    // a person whose name has a joining mark, its part before the first mark (`安` of
    // `安·墨菲`) or after the last all letters: a foreign name on that side, whatever the
    // other part holds (`墨` is no letter); (left, right)
    let dotted = |s: &NerSpan| {
        let cs = chars.get(s.start..s.end).unwrap_or_default();
        let letters = |part: &[char]| !part.is_empty() && part.iter().all(|&c| is_letter(c));
        let first = cs.iter().position(|&c| is_joiner(c));
        let last = cs.iter().rposition(|&c| is_joiner(c));
        match (s.kind, first, last) {
            (NerKind::Person, Some(f), Some(l)) => (
                letters(cs.get(..f).unwrap_or_default()),
                letters(cs.get(l + 1..).unwrap_or_default()),
            ),
            _ => (false, false),
        }
    };
    let mut out: Vec<NerSpan> = Vec::with_capacity(spans.len());
    let mut spans = spans.into_iter().peekable();
    while let Some(mut s) = spans.next() {
        let (left, right) = if foreign(&s) {
            (true, true)
        } else {
            dotted(&s)
        };
        if !right {
            if left {
                let floor = out.last().map_or(0, |p| p.end);
                s.start = widen_left(chars, s.start, floor, &takes);
            }
            while let Some(end) = spans.peek().filter(|n| goes_on(&s, n)).map(|n| n.end) {
                spans.next();
                s.end = end;
            }
            out.push(s);
            continue;
        }
        let floor = out.last().map_or(0, |p| p.end);
        if left {
            s.start = widen_left(chars, s.start, floor, &takes);
            if s.start > floor && glued(s.start - 1, false) {
                s.start -= 1;
            }
        }
        loop {
            let ceiling = spans.peek().map_or(chars.len(), |n| n.start);
            s.end = widen_right(chars, s.end, ceiling, &takes);
            if s.end < ceiling && s.end - s.start < LONGEST && glued(s.end, true) {
                s.end += 1;
            }
            // the next name, a foreign one or the rest of this one
            match spans.peek() {
                Some(n)
                    if (next_to(&s, n) && foreign(n) && n.end - s.start <= LONGEST)
                        || goes_on(&s, n) =>
                {
                    s.end = n.end;
                    spans.next();
                }
                _ => break,
            }
        }
        out.push(s);
    }
    out
}

/// The new start of a name starting at `start`, not before `floor`.
fn widen_left(chars: &[char], start: usize, floor: usize, takes: &dyn Fn(usize) -> bool) -> usize {
    let mut at = start;
    while at > floor && start - at < MOST_ADDED {
        if takes(at - 1) {
            at -= 1;
        } else if at >= floor + 2
            && chars.get(at - 1).is_some_and(|&j| is_joiner(j))
            && takes(at - 2)
        {
            at -= 2;
        } else {
            break;
        }
    }
    at
}

/// The new end of a name ending at `end`, not after `ceiling`.
fn widen_right(chars: &[char], end: usize, ceiling: usize, takes: &dyn Fn(usize) -> bool) -> usize {
    let mut at = end;
    while at < ceiling && at - end < MOST_ADDED {
        if takes(at) {
            at += 1;
        } else if at + 2 <= ceiling && chars.get(at).is_some_and(|&j| is_joiner(j)) && takes(at + 1)
        {
            at += 2;
        } else {
            break;
        }
    }
    at
}
