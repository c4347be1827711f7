//! Companies known by a short name that is also a common word or a name
//! (`organizations/brand_words`: `小米` millet, `联想` to call to mind), read as companies
//! only where the next word says so (`organizations/brand_context`): `小米|发布会`,
//! `联想|的|市值`, or where they are listed with a company (`小米|和|华为`,
//! `华为|、|联想`); never `一碗|小米|粥` or `让人|联想|到`.

use std::ops::Range;

use crate::enrich::analysis::Analysis;

/// The words of `organizations/brand_words` that the next word (alone, or after 的)
/// makes companies, or that are listed with a company of `organizations/companies`
/// (`、` or a conjunction between them). A next word that ends names (`公司`, `集团`)
/// joins the name.
pub(super) fn brands_in_context(text: &Analysis) -> Vec<Range<usize>> {
    let lists = &text.lexicon.candidates;
    let word = |k: usize| (text.tokens.get(k)).map(|t| text.simple_slice(t.range.clone()));
    let joins_items =
        |k: usize| word(k).is_some_and(|w| w == "、" || text.lexicon.conjunctions.contains(w));
    let company = |k: usize| word(k).is_some_and(|w| lists.companies.contains(w));
    let mut found = Vec::new();
    for (k, token) in text.tokens.iter().enumerate() {
        if !word(k).is_some_and(|w| lists.brand_words.contains(w)) {
            continue;
        }
        let listed = (joins_items(k + 1) && company(k + 2))
            || (k >= 2 && joins_items(k - 1) && company(k - 2));
        if listed {
            found.push(token.range.clone());
            continue;
        }
        let next = if word(k + 1) == Some("的") {
            k + 2
        } else {
            k + 1
        };
        let Some((after, said)) = text.tokens.get(next).zip(word(next)) else {
            continue;
        };
        if !lists.brand_context.contains(said) {
            continue;
        }
        let joins = next == k + 1 && text.lexicon.organization_endings.contains(said);
        let end = if joins {
            after.range.end
        } else {
            token.range.end
        };
        found.push(token.range.start..end);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use xinwen_chinese::Resources;

    fn brands(sentence: &str) -> Vec<String> {
        let text = Analysis::new(sentence, Resources::global()).unwrap();
        (brands_in_context(&text).into_iter())
            .map(|r| text.original(r))
            .collect()
    }

    #[test]
    fn brand_words_before_company_words() {
        let cases: &[(&str, &[&str])] = &[
            ("小米公司创始人雷军表示", &["小米公司"]),
            ("联想的市值超过了戴尔", &["联想"]),
            ("苹果发布会上库克介绍了新产品", &["苹果"]),
            ("小米和华为也不甘示弱", &["小米"]),
            ("华为、联想等企业参展", &["联想"]),
            // must not: the words, or a company word not right after
            ("早上喝了一碗小米粥", &[]),
            ("看到这张照片让人联想到过去", &[]),
            ("今天吃了一个苹果，公司发了奖金", &[]),
            ("长城是中国古代的伟大工程", &[]),
            ("他和小米一起去了华为", &[]),
        ];
        for (sentence, want) in cases {
            assert_eq!(brands(sentence), *want, "{sentence}");
        }
    }
}
