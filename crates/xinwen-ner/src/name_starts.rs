//! Where a person's name starts: the surname the segmenter cut off before it, the
//! last character of a title before it.

use xinwen_chinese::{WordList, is_han};

use crate::context::Context;
use crate::span::{NerKind, NerSpan};

/// Takes into a person of two characters the surname right before it that the
/// segmenter cut off as a name word of its own (`丁/nr|薛祥`) at the start of a sentence
/// or after punctuation: the model reads no surname there, where nothing before it says
/// a name comes (`丁薛祥出席`); within a sentence the character is more likely a word
/// (`多少年连|瓦里`).
pub fn with_lone_surname(ctx: &Context, spans: Vec<NerSpan>) -> Vec<NerSpan> {
    let mut floor = 0;
    (spans.into_iter())
        .map(|mut s| {
            let at = s.start.wrapping_sub(1);
            let lone = (ctx.word_of.get(at))
                .and_then(|&w| ctx.words.get(w))
                .is_some_and(|w| w.start == at && w.end == s.start && w.tag == "nr");
            let surname = ctx.surname.get(at) == Some(&1);
            let opens = at == 0 || (ctx.chars.get(at.wrapping_sub(1))).is_some_and(|&c| !is_han(c));
            if s.kind == NerKind::Person
                && s.end - s.start == 2
                && s.start > floor
                && lone
                && surname
                && opens
            {
                s.start = at;
            }
            floor = s.end;
            s
        })
        .collect()
}

/// Leaves out of a person the first character when it ends a title written right
/// before it (`防长|赫格塞思` read as `长赫格塞思`, `国王|哈马德` as `王哈马德`): the
/// character is the title's. The name keeps two characters at least.
pub fn not_starting_in_titles(
    ctx: &Context,
    titles: &WordList,
    spans: Vec<NerSpan>,
) -> Vec<NerSpan> {
    (spans.into_iter())
        .map(|mut s| {
            let in_title = (titles.suffix_at(&ctx.chars, s.start + 1)).is_some_and(|n| n >= 2);
            if s.kind == NerKind::Person && s.end - s.start >= 3 && in_title {
                s.start += 1;
            }
            s
        })
        .collect()
}

/// A person starting on a character that opens no foreign name (`ner/
/// not_foreign_starts`: `尔`) was cut in front: it takes the character of foreign names
/// right before it, when no other entity holds it (`费|尔南迪尼奥`). Otherwise it stays
/// for the extractor's rules, which may read the place it was cut from (`代|尔祖尔`).
pub fn not_starting_on_codas(
    ctx: &Context,
    (starts, letters): (&WordList, &WordList),
    spans: Vec<NerSpan>,
) -> Vec<NerSpan> {
    let mut floor = 0;
    (spans.into_iter())
        .map(|mut s| {
            let letter =
                |at: &usize| (ctx.chars.get(*at)).is_some_and(|&c| letters.contains_char(c));
            let coda = (ctx.chars.get(s.start)).is_some_and(|&c| starts.contains_char(c));
            let before = (s.start.checked_sub(1)).filter(|at| *at >= floor && letter(at));
            if let Some(at) = before.filter(|_| s.kind == NerKind::Person && coda) {
                s.start = at;
            }
            floor = s.end;
            s
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::check;

    #[test]
    fn a_lone_surname_opening_a_sentence_joins_the_name() {
        check(&[
            ("丁薛祥出席并致辞。", &[(0, 3)]),
            ("丁薛祥会见土库曼斯坦民族领袖。", &[(0, 3)]),
            // must-not: within a sentence the character is a word (`连`: even)
            ("具体有多少年连瓦里也说不清。", &[(7, 9)]),
        ]);
    }

    #[test]
    fn no_person_starts_on_a_coda() {
        check(&[
            ("曼城中场费尔南迪尼奥在比赛中受伤。", &[(4, 10)]),
            // must-not: a name that opens otherwise keeps its start
            ("尼尔森在比赛中受伤。", &[(0, 3)]),
        ]);
    }

    #[test]
    fn no_person_starts_on_the_last_character_of_a_title() {
        check(&[
            ("报道还称，美国防长赫格塞思已下令授权派遣", &[(9, 13)]),
            // must-not: a surname that repeats a title's last character is the name's
            ("市政府副主任任正飞出席会议", &[(6, 9)]),
        ]);
    }
}
