//! Names and brackets: no entity holds half a pair of brackets, and a person's name
//! written again in Latin letters in brackets after it is the same person.
//!
//! The model labels characters one by one and sometimes runs a name into an aside
//! (`科林麦克雷(ColinMcRae`, `（陆慧明`, `陈宝存】老蔡`). A span holding a bracket or quotation
//! mark whose partner is outside the span is cut there: the part before the first
//! unpaired opening mark is the name when there is one (`科林麦克雷` out of
//! `科林麦克雷(ColinMcRae`), otherwise the longest part (`陆慧明` out of `（陆慧明`). Pairs
//! inside a span stay (`恒生银行（中国）`).
//!
//! A person followed by a bracket holding only Latin letters (`约翰·摩尔（johnmoore）`,
//! `科林麦克雷(ColinMcRae)`) has that run as a second mention of a person, unless the run
//! is a word of `ner/not_latin_names` (`熊欣欣（blog）`) or has no lowercase letter (an
//! acronym: `(AP)`). Both passes are linear in the sentence.

use xinwen_chinese::WordList;

use crate::context::Context;
use crate::span::{NerKind, NerSpan};

/// The closing partner of an opening bracket or quotation mark (characters are
/// width-folded: `（` is `(` here).
fn closer_of(c: char) -> Option<char> {
    Some(match c {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '【' => '】',
        '《' => '》',
        '〈' => '〉',
        '「' => '」',
        '『' => '』',
        '“' => '”',
        '‘' => '’',
        '〔' => '〕',
        _ => return None,
    })
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '】' | '》' | '〉' | '」' | '』' | '”' | '’' | '〕'
    )
}

/// The part of `a..b` kept when it holds unpaired brackets, or `a..b` itself.
fn balanced(chars: &[char], a: usize, b: usize) -> Option<(usize, usize)> {
    let Some(span) = chars.get(a..b) else {
        return Some((a, b));
    };
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut unpaired: Vec<usize> = Vec::new();
    for (i, &c) in (a..).zip(span) {
        if let Some(close) = closer_of(c) {
            open.push((i, close));
        } else if is_closer(c) {
            match open.last() {
                Some(&(_, want)) if want == c => {
                    open.pop();
                }
                _ => unpaired.push(i),
            }
        }
    }
    if open.is_empty() && unpaired.is_empty() {
        return Some((a, b));
    }
    let first_open = open.first().map(|&(i, _)| i);
    unpaired.extend(open.iter().map(|&(i, _)| i));
    unpaired.sort_unstable();
    if let Some(o) = first_open.filter(|&o| o > a && !unpaired.iter().any(|&u| u < o)) {
        return Some((a, o));
    }
    // the longest part between unpaired marks (the first of equal ones)
    let mut best: Option<(usize, usize)> = None;
    let mut from = a;
    for cut in unpaired.into_iter().chain([b]) {
        if cut > from && best.is_none_or(|(x, y)| cut - from > y - x) {
            best = Some((from, cut));
        }
        from = cut + 1;
    }
    best
}

/// Cuts every span at its unpaired brackets (see the module doc).
pub fn cut_unpaired(ctx: &Context, spans: Vec<NerSpan>) -> Vec<NerSpan> {
    spans
        .into_iter()
        .filter_map(|s| {
            let (start, end) = balanced(&ctx.chars, s.start, s.end)?;
            Some(NerSpan { start, end, ..s })
        })
        .collect()
}

/// Most characters of a Latin run taken as a name.
const LONGEST_LATIN: usize = 40;

/// The Latin run in brackets right after `end`, as `(start, end)`, if it may be a name.
fn latin_after(chars: &[char], end: usize, not_names: &WordList) -> Option<(usize, usize)> {
    if !matches!(chars.get(end), Some('(' | '[')) {
        return None;
    }
    let start = end + 1;
    let is_part = |c: char| c.is_ascii_alphabetic() || matches!(c, '.' | '-' | '\'' | '’' | ' ');
    let run = chars.get(start..)?;
    // looked at no further than a name can reach: linear however long the run
    let len = (run.iter().take(LONGEST_LATIN + 2))
        .take_while(|&&c| is_part(c))
        .count();
    let stop = run.get(len).copied();
    if !matches!(stop, None | Some(')' | ']' | ',' | ';' | '、')) {
        return None;
    }
    let text: String = run.get(..len)?.iter().collect();
    let word = text.trim_matches(|c: char| !c.is_ascii_alphabetic());
    let letters = word.chars().filter(char::is_ascii_alphabetic).count();
    let names = letters >= 3
        && word.len() <= LONGEST_LATIN
        && word.chars().any(|c| c.is_ascii_lowercase())
        && !not_names.contains(&word.to_ascii_lowercase());
    if !names {
        return None;
    }
    let lead = text
        .chars()
        .take_while(|c| !c.is_ascii_alphabetic())
        .count();
    Some((start + lead, start + lead + word.chars().count()))
}

/// Adds the Latin form in brackets after each person (see the module doc); spans lying
/// inside the brackets give way to it.
pub fn latin_forms(ctx: &Context, not_names: &WordList, spans: Vec<NerSpan>) -> Vec<NerSpan> {
    let mut out: Vec<NerSpan> = Vec::with_capacity(spans.len());
    let mut taken_until = 0;
    for s in spans {
        if s.start < taken_until {
            if s.end <= taken_until {
                continue; // inside a Latin form just added
            }
            out.pop(); // runs past it: the model's span stays, the form goes
            taken_until = 0;
        }
        out.push(s);
        if s.kind != NerKind::Person {
            continue;
        }
        if let Some((start, end)) = latin_after(&ctx.chars, s.end, not_names) {
            out.push(NerSpan {
                kind: NerKind::Person,
                start,
                end,
            });
            taken_until = end;
        }
    }
    out
}

#[cfg(test)]
mod tests;
