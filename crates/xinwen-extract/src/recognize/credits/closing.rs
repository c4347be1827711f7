//! The credit that closes a story in brackets: `…共赢”。（钟才文）`,
//! `…法門。（民視新聞陳韻平、郭文海台北報導）`, `（記者 王小明）`.

use xinwen_chinese::{Lexicon, Surnames};

use crate::recognize::outlets::is_outlet;

/// The names a paragraph's closing bracket credits, as written: every part of the note
/// (split at `、` and spaces) must hold a name, alone, after an outlet, or before where
/// the story was filed (`郭文海台北報導`).
pub fn closing_names(
    text: &str,
    simple: &str,
    words: &Lexicon,
    surnames: &Surnames,
) -> Vec<String> {
    let body = simple.trim_end();
    let Some(inner) = body.strip_suffix(['）', ')']) else {
        return Vec::new();
    };
    let Some(open) = inner.rfind(['（', '(']) else {
        return Vec::new();
    };
    let note = inner[open..].trim_start_matches(['(', '（']);
    if note.chars().count() > 30 || !inner[..open].trim_end().ends_with(['。', '！', '？', '”'])
    {
        return Vec::new();
    }
    let Some(names) = note_names(note, words, surnames) else {
        return Vec::new();
    };
    // as written: the simplified view has the same characters at the same places
    names
        .into_iter()
        .filter_map(|name| {
            let at = simple.rfind(&name)?;
            let count = simple[..at].chars().count();
            Some(
                text.chars()
                    .skip(count)
                    .take(name.chars().count())
                    .collect(),
            )
        })
        .collect()
}

/// The names of a credit note in brackets, when every part of it holds one.
fn note_names(note: &str, words: &Lexicon, surnames: &Surnames) -> Option<Vec<String>> {
    let mut names = Vec::new();
    for part in note
        .split(['、', ' ', '　', '，'])
        .filter(|p| !p.is_empty())
    {
        // a role word: the credit parser reads the note
        if words.credit_roles.prefix_of(part).is_some() {
            return None;
        }
        let part = words
            .filed_words
            .suffix_of(part)
            .map_or(part, |w| &part[..part.len() - w.len()]);
        let chars: Vec<char> = part.chars().collect();
        let take = |range: std::ops::Range<usize>| -> Option<String> {
            let name: String = chars.get(range)?.iter().collect();
            surnames.is_full_name(&name).then_some(name)
        };
        let n = chars.len();
        let name = take(0..n)
            .or_else(|| {
                // after the outlet: `民视新闻陈韵平`
                (2..=3).find_map(|k| {
                    let outlet: String = chars.get(..n.checked_sub(k)?)?.iter().collect();
                    is_outlet(&outlet, words).then(|| take(n - k..n)).flatten()
                })
            })
            .or_else(|| (n > 3).then(|| take(0..3).or_else(|| take(0..2))).flatten());
        names.push(name?);
    }
    (!names.is_empty()).then_some(names)
}

/// The names in the bracket right after a story's dateline, without a role word
/// (`新华社北京5月19日电（刘艺、杨吉）`): `after` is the paragraph's simplified text from
/// the end of the dateline's head.
pub fn dateline_names(after: &str, words: &Lexicon, surnames: &Surnames) -> Vec<String> {
    let Some(open) = after
        .find(['（', '('])
        .filter(|&at| after[..at].chars().count() <= 8)
    else {
        return Vec::new();
    };
    let inner = after[open..].trim_start_matches(['(', '（']);
    let Some(close) = inner.find(['）', ')']) else {
        return Vec::new();
    };
    note_names(&inner[..close], words, surnames).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;

    use super::closing_names;

    fn names(text: &str) -> Vec<String> {
        let r = Resources::global();
        let simple = r.converter().unwrap().to_simplified(text);
        closing_names(text, &simple, r.lexicon().unwrap(), r.surnames().unwrap())
    }

    #[test]
    fn names_of_the_closing_note() {
        assert_eq!(names("实现“多赢”“共赢”。（钟才文）"), ["钟才文"]);
        assert_eq!(
            names("證明了良心是經營生意的不二法門。（民視新聞陳韻平、郭文海台北報導）"),
            ["陳韻平", "郭文海"]
        );
        assert!(names("会议由市长主持（见下图）").is_empty());
        assert!(names("全年增长5%。（完）").is_empty());
        assert!(names("各方表示欢迎。（新华社）").is_empty());
        assert_eq!(names("全年增长5%。(王小明)"), ["王小明"]);
        let r = Resources::global();
        let (words, surnames) = (r.lexicon().unwrap(), r.surnames().unwrap());
        let after = "5月19日电（刘艺、杨吉）中国科学院专家19日在北京介绍项目进展。";
        assert_eq!(
            super::dateline_names(after, words, surnames),
            ["刘艺", "杨吉"]
        );
        let after = "5月19日电（记者 刘艺）中国科学院专家介绍项目进展。";
        assert!(super::dateline_names(after, words, surnames).is_empty());
    }
}
