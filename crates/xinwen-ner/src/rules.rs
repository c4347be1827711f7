//! Corrections applied to the spans the model predicts.

use xinwen_chinese::WordList;

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

/// Drops the people that overlap a phrase of `phrases` (`林田湖` of `山水林田湖草沙`):
/// the set phrase names no one.
pub fn not_in_set_phrases(ctx: &Context, phrases: &WordList, spans: Vec<NerSpan>) -> Vec<NerSpan> {
    without_people(spans, |s| {
        // the phrases that start before the person's end and reach past its start
        let first = (s.start + 1).saturating_sub(phrases.longest());
        (first..s.end)
            .any(|at| (phrases.prefixes_at(&ctx.chars, at).iter()).any(|&len| at + len > s.start))
    })
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

#[cfg(test)]
pub(crate) mod tests {
    use crate::NerTagger;
    use crate::span::NerKind;

    /// The people the tagger finds in `text`, as (start, end).
    fn people(text: &str) -> Vec<(usize, usize)> {
        (NerTagger::global().unwrap().tag(text).into_iter())
            .filter(|s| s.kind == NerKind::Person)
            .map(|s| (s.start, s.end))
            .collect()
    }

    #[test]
    fn no_name_ends_on_a_space() {
        check(&[
            // the tagger reads `卫留成 ` with the space after it
            (
                "名单(按姓氏笔划为序)丁仲礼 卫留成 马志武(回族) 马馼",
                &[(11, 14), (15, 18), (19, 22)],
            ),
            // must-not: a name without spaces stays whole
            ("丁仲礼出席会议。", &[(0, 3)]),
        ]);
    }

    #[test]
    fn no_person_of_one_character() {
        for text in [
            "王主任：考虑到目前的情况。",
            "泗水县一位孙姓生猪养殖户告诉记者。",
        ] {
            let found = people(text);
            assert!(found.iter().all(|(s, e)| e - s >= 2), "{text}: {found:?}");
        }
        // must-not: a name of two characters stays
        assert_eq!(people("王强主任出席会议。").len(), 1);
    }

    /// Checks each (text, the people found in it) of a case table.
    pub(crate) fn check(cases: &[(&str, &[(usize, usize)])]) {
        for &(text, expected) in cases {
            assert_eq!(people(text), expected, "{text}");
        }
    }

    #[test]
    fn a_surname_and_a_reference_word_is_nobody_s_name() {
        check(&[
            ("行私人银行的客户李先生（化名）表示，", &[]),
            ("名单显示，3岁的郭某属于和义街道。", &[]),
            ("9岁的路某来自大红门街道，", &[]),
            ("一些艺术家，刚才沈总说的“欲望”的事。", &[]),
            // the tagger ending inside the word (`王阿|姨`), or on it
            ("家住社区的王阿姨这才同意。", &[]),
            ("张大妈和李大爷坐在一起。", &[]),
            // must-not: a name before the word stays, and so does a nickname, and a
            // name whose last characters start no such word
            ("李明先生说，会议很成功。", &[(0, 2)]),
            ("王阿强说，会议很成功。", &[(0, 3)]),
            ("王大伟说，会议很成功。", &[(0, 3)]),
            ("小孙告诉记者，她原本不知道。", &[(0, 2)]),
            ("王强总结了经验。", &[(0, 2)]),
        ]);
    }

    #[test]
    fn a_name_right_before_a_place_word_is_part_of_the_place() {
        check(&[
            ("其中，休斯敦乔治·布什机场缺勤率达到38.3%。", &[]),
            ("讨论有关大英博物馆归还帕特农神庙大理石雕塑的问题。", &[]),
            ("大多数朋友是冲着黄果树瀑布去的。", &[]),
            // must-not: a person with a word between the name and the place word stays
            ("乔治·布什在机场发表讲话。", &[(0, 5)]),
            ("张伟说公园今年免费开放。", &[(0, 2)]),
        ]);
    }

    #[test]
    fn no_person_ends_on_a_character_that_ends_places() {
        check(&[
            (
                "要认真履行州级领导包保县(市)、县级领导包保乡镇的工作机制。",
                &[],
            ),
            // must-not: a name before a place stays, and so does one ending like a
            // place's first character
            ("王县长和李市长出席会议。", &[]),
            ("张伟在县里工作。", &[(0, 2)]),
            ("日本前首相村山富市说，", &[(5, 9)]),
        ]);
    }

    #[test]
    fn no_person_in_a_set_phrase() {
        check(&[
            ("坚持山水林田湖草沙一体化保护和系统治理。", &[]),
            ("统筹山水林田湖草系统治理。", &[]),
            // must-not: a person next to the phrase, or with its characters, stays
            ("林田说，要坚持山水林田湖草沙一体化保护。", &[(0, 2)]),
        ]);
    }

    #[test]
    fn no_person_ends_on_a_question_mark() {
        check(&[
            ("会见了张明？", &[(3, 5)]),
            ("他会见了埃米尼奥？布兰科", &[(4, 8), (9, 12)]),
            // must-not: after one character it stands for a lost one
            ("记者曹?介绍，会议将于明天召开。", &[(2, 4)]),
        ]);
    }

    #[test]
    fn no_person_ends_on_a_joining_mark() {
        for text in [
            "据媒体披露，该队前锋马龙·",
            "金牌制片杰瑞•",
            "高于《游客》的“乔什·杜梅尔＆梅丽莎·乔治”组合。",
        ] {
            let chars: Vec<char> = text.chars().collect();
            let found = people(text);
            assert!(!found.is_empty(), "{text}");
            for (s, e) in found {
                let last = chars[e - 1];
                assert!(
                    !"·•&＆-".contains(last),
                    "{text}: {}",
                    chars[s..e].iter().collect::<String>()
                );
            }
        }
        // must-not: a mark inside a name stays
        let text = "马丁·艾伯特说，会议很成功。";
        assert_eq!(people(text), vec![(0, 6)]);
    }
}
