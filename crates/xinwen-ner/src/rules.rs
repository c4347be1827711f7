//! Corrections applied to the spans the model predicts.

use xinwen_chinese::{WordList, is_han};

use crate::context::Context;
use crate::span::{NerKind, NerSpan};
use crate::transliteration::is_joiner;

/// Whether adjacent place + organization spans are merged (see [`refine`]).
pub const MERGE_ADJACENT: bool = true;

/// Drops spans that cannot be names (punctuation or spaces only; a person of one
/// character: the bare surname of `王主任`, `孙姓养殖户`; a surname and a word of
/// `references`: `张某`, `李先生`), leaves out the spaces at a name's ends (`卫留成 `)
/// and the joining mark a person ends on (`马龙·`), and joins a place or organization
/// directly followed by an organization into one organization (`美国` + `财政部` →
/// `美国财政部`, `中共` + `十五大` → `中共十五大`), as the training conventions write
/// them.
pub fn refine(ctx: &Context, references: &WordList, spans: Vec<NerSpan>) -> Vec<NerSpan> {
    let mut out: Vec<NerSpan> = Vec::with_capacity(spans.len());
    let spans = spans
        .into_iter()
        .filter(|s| s.start < s.end && s.end <= ctx.len())
        .filter(|s| {
            (ctx.classes.get(s.start..s.end))
                .is_some_and(|c| c.iter().any(|&c| c != 'P' && c != 'S'))
        })
        .map(|s| without_spaces_at_ends(ctx, s))
        .flat_map(|s| split_at_spaces(ctx, s))
        .map(|s| match s.kind {
            NerKind::Person => without_trailing_joiner(ctx, s),
            _ => s,
        })
        .filter(|s| !(s.kind == NerKind::Person && s.end - s.start < 2))
        .filter(|s| !(s.kind == NerKind::Person && is_reference(ctx, references, s)));
    for s in spans {
        if let Some(last) = out.last_mut() {
            let joins = MERGE_ADJACENT
                && last.end == s.start
                && s.kind == NerKind::Organization
                && matches!(last.kind, NerKind::Place | NerKind::Organization);
            if joins {
                last.end = s.end;
                last.kind = NerKind::Organization;
                continue;
            }
        }
        out.push(s);
    }
    out
}

/// True for a person that is one or two characters and a word of `references` after
/// them (`张某`, `李先生`): a way to refer to someone, not a name; so is one the tagger
/// ends inside such a word (`王阿|姨`).
fn is_reference(ctx: &Context, references: &WordList, s: &NerSpan) -> bool {
    (s.start + 1..=s.start + 2)
        .filter(|&at| at < s.end)
        .any(|at| (references.prefixes_at(&ctx.chars, at).iter()).any(|&len| at + len >= s.end))
}

/// Drops the people right before a word of `place_words` (`黄果树` of `黄果树瀑布`,
/// `哈姆` of `哈姆乐园`): the name is part of a place's name.
pub fn not_before_place_words(
    ctx: &Context,
    place_words: &WordList,
    spans: Vec<NerSpan>,
) -> Vec<NerSpan> {
    without_people(spans, |s| {
        place_words.prefix_at(&ctx.chars, s.end).is_some()
    })
}

/// Drops the people whose last character ends names of places and bodies, never a
/// person's (`endings`: `县`, `局` …): `包保县` of `州级领导包保县(市)`.
pub fn not_ending_like_places(
    ctx: &Context,
    endings: &WordList,
    spans: Vec<NerSpan>,
) -> Vec<NerSpan> {
    without_people(spans, |s| {
        (s.end.checked_sub(1))
            .and_then(|i| ctx.chars.get(i))
            .is_some_and(|&c| endings.contains_char(c))
    })
}

/// Drops the people that overlap a phrase of `phrases` (`林田湖` of `山水林田湖草沙`), and
/// the places and organizations that lie within one (`碳达峰` of `碳达峰碳中和`): the set
/// phrase names nothing (but `国家碳达峰研究中心` holds one and is a name).
pub fn not_in_set_phrases(
    ctx: &Context,
    phrases: &WordList,
    mut spans: Vec<NerSpan>,
) -> Vec<NerSpan> {
    spans.retain(|s| {
        // the phrases that start before the span's end and reach past its start
        let first = (s.start + 1).saturating_sub(phrases.longest());
        let person = s.kind == NerKind::Person;
        !(first..s.end).any(|at| {
            (phrases.prefixes_at(&ctx.chars, at).iter()).any(|&len| match person {
                true => at + len > s.start,
                false => at <= s.start && at + len >= s.end,
            })
        })
    });
    spans
}

/// `spans` without the people `not_a_person` tells.
fn without_people(
    mut spans: Vec<NerSpan>,
    not_a_person: impl Fn(&NerSpan) -> bool,
) -> Vec<NerSpan> {
    spans.retain(|s| s.kind != NerKind::Person || !not_a_person(s));
    spans
}

/// No name starts or ends on a space (`卫留成 ` of a list of names set apart by spaces).
fn without_spaces_at_ends(ctx: &Context, mut s: NerSpan) -> NerSpan {
    let space = |at: usize| ctx.chars.get(at).is_some_and(|c| c.is_whitespace());
    while s.start < s.end && space(s.start) {
        s.start += 1;
    }
    while s.end > s.start && space(s.end - 1) {
        s.end -= 1;
    }
    s
}

/// A person holding a space between two Chinese characters is two people when each
/// side has two characters or more (`钱小芊 铁凝`, `陈敏尔 努尔兰·阿不都满金`: a list
/// of names set apart by spaces); a side of one character is a name padded to the width
/// of three (`宋 健`), and a space next to a joining mark stays inside (`菲德尔 ·卡斯特罗`).
fn split_at_spaces(ctx: &Context, s: NerSpan) -> Vec<NerSpan> {
    if s.kind != NerKind::Person {
        return vec![s];
    }
    let han = |at: usize| ctx.chars.get(at).is_some_and(|&c| is_han(c));
    let space = |at: usize| ctx.chars.get(at).is_some_and(|c| c.is_whitespace());
    let mut parts = Vec::new();
    let mut start = s.start;
    let mut at = s.start + 1;
    while at < s.end {
        if space(at) && han(at - 1) {
            let mut next = at;
            while next < s.end && space(next) {
                next += 1;
            }
            if han(next) && at - start >= 2 && s.end - next >= 2 {
                parts.push(NerSpan {
                    end: at,
                    start,
                    ..s
                });
                start = next;
            }
            at = next;
        } else {
            at += 1;
        }
    }
    parts.push(NerSpan { start, ..s });
    parts
}

/// A person does not end on the mark that joins the parts of a name or two names
/// (`马龙·`, `杰瑞•`, `乔什·杜梅尔＆`), nor on the mark that ends a sentence or a clause
/// (`张明？`): the mark is left out. A question mark after one character stays: it
/// stands for a character the text lost (`曹?推断`).
fn without_trailing_joiner(ctx: &Context, mut s: NerSpan) -> NerSpan {
    let ends_clause = |c: char| {
        matches!(
            c,
            '?' | '？' | '!' | '！' | '。' | ',' | '，' | '、' | ';' | '；'
        )
    };
    while let Some(&c) = ctx
        .chars
        .get(s.end.wrapping_sub(1))
        .filter(|_| s.end > s.start)
    {
        let lost = matches!(c, '?' | '？') && s.end - s.start <= 2;
        if !(is_joiner(c) || c == '&' || ends_clause(c)) || lost {
            break;
        }
        s.end -= 1;
    }
    s
}

/// Fewest characters of a person read across two names and a word joining them.
const TWO_NAMES: usize = 5;

/// A person of [`TWO_NAMES`] characters or more holding a word of `between` (`同`, `和`)
/// with two characters or more on each side is two people (`李强|同|朔尔茨`,
/// `施廷懋|和|昌雅妮`); a name with one character after it keeps it (`李和平`, `孟庆和`),
/// and so does the name of a country of `countries` (`特立尼达和多巴哥`).
pub fn parted_at_joining_words(
    ctx: &Context,
    (between, countries): (&WordList, &WordList),
    spans: Vec<NerSpan>,
) -> Vec<NerSpan> {
    let joining = |at: usize| ctx.chars.get(at).is_some_and(|&c| between.contains_char(c));
    let country = |s: &NerSpan| {
        let name: String = ctx
            .chars
            .get(s.start..s.end)
            .unwrap_or_default()
            .iter()
            .collect();
        countries.contains(&name)
    };
    (spans.into_iter())
        .flat_map(|s| {
            let at = (s.kind == NerKind::Person && s.end - s.start >= TWO_NAMES && !country(&s))
                .then(|| (s.start + 2..s.end - 2).find(|&i| joining(i)))
                .flatten();
            match at {
                Some(at) => vec![NerSpan { end: at, ..s }, NerSpan { start: at + 1, ..s }],
                None => vec![s],
            }
        })
        .collect()
}

/// People end before a word of `time_words` that starts two characters or more into
/// them (`布朗|周二时对`, `埃尔多安|此时`): the tagger ran the name into the words after it.
pub fn before_time_words(
    ctx: &Context,
    time_words: &WordList,
    mut spans: Vec<NerSpan>,
) -> Vec<NerSpan> {
    for s in spans.iter_mut().filter(|s| s.kind == NerKind::Person) {
        if let Some(at) =
            (s.start + 2..s.end).find(|&at| time_words.prefix_at(&ctx.chars, at).is_some())
        {
            s.end = at;
        }
    }
    spans
}

#[cfg(test)]
pub(crate) mod tests;
