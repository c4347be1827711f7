//! Case tables: the examples of each rule as data (`tests/cases/<rule>.txt`), checked on
//! the rule alone and inside the whole extractor by [`case_table!`].
//!
//! A table holds cases separated by blank lines. `> ` lines give the input (several
//! make a page of several lines), `+ ` lines what the rule must find, `- ` lines what it
//! must not; `#` starts a comment. What a rule finds is a list of short strings that
//! each table's header explains (`reporter:付杨`, `洪庆=市委书记`, `延吉市@county`).
//! Every table has at least 15 cases, 5 of them with must-not lines.

use xinwen_core::Article;

use crate::Extractor;

/// One case of a table.
#[derive(Debug, Clone, Default)]
pub(crate) struct Case {
    /// The line of the table it starts on.
    pub(crate) line: usize,
    /// The input (lines joined by `\n`).
    pub(crate) input: String,
    /// What must be found.
    pub(crate) want: Vec<String>,
    /// What must not be found.
    pub(crate) never: Vec<String>,
}

/// The cases of a table's text.
pub(crate) fn parse(table: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut case: Option<Case> = None;
    for (n, line) in table.lines().enumerate() {
        let (mark, rest) = match line {
            ">" => ("> ", ""), // an empty line of the input
            _ => (line.get(..2).unwrap_or(line), line.get(2..).unwrap_or("")),
        };
        match mark {
            "> " => {
                let open = case
                    .as_ref()
                    .is_some_and(|c| c.want.is_empty() && c.never.is_empty());
                if !open {
                    cases.extend(case.take());
                }
                let c = case.get_or_insert_with(|| Case {
                    line: n + 1,
                    ..Case::default()
                });
                if !c.input.is_empty() {
                    c.input.push('\n');
                }
                c.input.push_str(rest);
            }
            "+ " => case
                .iter_mut()
                .for_each(|c| c.want.push(rest.trim().to_string())),
            "- " => case
                .iter_mut()
                .for_each(|c| c.never.push(rest.trim().to_string())),
            _ if line.trim().is_empty() => cases.extend(case.take()),
            _ => {} // comments
        }
    }
    cases.extend(case);
    cases
}

/// The article the whole extractor makes of `page`.
pub(crate) fn extract(page: &str) -> Article {
    Extractor::default()
        .extract_bytes(page.as_bytes(), None)
        .unwrap_or_default()
}

/// Paragraphs of prose that name nobody, nowhere and no time, around the sentence under
/// test so that it lands in the body of a page.
const FILLERS: [&str; 2] = [
    "这是一段用来检验规则的示范正文，它本身并不提到任何具体的人物、地方或者机构。",
    "以上内容只是为了构成一个完整的页面，其中的文字与被检验的句子没有任何关系。",
];

/// A text page with `sentence` as a paragraph of its body, published 2024-03-05 10:22.
pub(crate) fn body_page(sentence: &str) -> String {
    format!(
        "示范页面的标题\n\n2024年03月05日 10:22\n\n{}\n\n{sentence}\n\n{}",
        FILLERS[0], FILLERS[1]
    )
}

/// A text page with `line` as its date line.
pub(crate) fn dated_page(line: &str) -> String {
    format!(
        "示范页面的标题\n\n{line}\n\n{}\n\n{}",
        FILLERS[0], FILLERS[1]
    )
}

/// What the enrichers alone make of `text`, as the body of an article published
/// 2024-03-05 10:22 (no page, no roles: the enrich stage on its own).
pub(crate) fn enriched(text: &str) -> Article {
    let resources = xinwen_chinese::Resources::global();
    let mut article = Article {
        text: text.to_string(),
        paragraphs: text.lines().map(String::from).collect(),
        published: Some("2024-03-05T10:22:00+08:00".into()),
        ..Article::default()
    };
    let Ok(analysis) = crate::enrich::Analysis::new(text, resources) else {
        return article;
    };
    // the credits of each line, as the recognizers hand them to the enrich stage
    let (Ok(words), Ok(surnames), Ok(converter)) = (
        resources.lexicon(),
        resources.surnames(),
        resources.converter(),
    ) else {
        return article;
    };
    let mut credits = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let simple = converter.to_simplified(line);
        let places = resources.gazetteer().ok();
        let found = crate::recognize::credits::credits(line, &simple, words, surnames, places);
        credits.extend(
            found
                .covered
                .iter()
                .map(|r| offset + r.start..offset + r.end),
        );
        offset += line.chars().count() + 1;
    }
    let analysis = analysis.with_credits(credits);
    for enricher in crate::enrich::ENRICHERS {
        let _ = enricher.enrich(&mut article, &analysis, resources);
    }
    article
}

/// People of an article (`name`), with their titles (`name=title`).
pub(crate) fn people(article: &Article) -> Vec<String> {
    (article.people.iter())
        .flat_map(|p| {
            std::iter::once(p.name.clone())
                .chain(p.titles.iter().map(|t| format!("{}={t}", p.name)))
        })
        .collect()
}

/// Places of an article (`name`, `name@level`).
pub(crate) fn places(article: &Article) -> Vec<String> {
    (article.places.iter())
        .flat_map(|p| [p.name.clone(), format!("{}@{}", p.name, p.level.as_str())])
        .collect()
}

/// Organizations of an article.
pub(crate) fn organizations(article: &Article) -> Vec<String> {
    article
        .organizations
        .iter()
        .map(|o| o.name.clone())
        .collect()
}

/// Events of an article: `actor:act`, with `@place`, `#date`, `>object` each alone.
pub(crate) fn events(article: &Article) -> Vec<String> {
    let mut out = Vec::new();
    for e in &article.events {
        let head = format!("{}:{}", e.actor, e.action);
        out.extend(e.place.as_ref().map(|p| format!("{head}@{p}")));
        out.extend(e.date.as_ref().map(|d| format!("{head}#{d}")));
        out.extend(e.target.as_ref().map(|t| format!("{head}>{t}")));
        out.push(head);
    }
    out
}

/// The input itself: a whole page.
pub(crate) fn whole_page(page: &str) -> String {
    page.to_string()
}

/// Checks every case of `table` (the text of file `name`): `alone` is what the rule
/// finds in the input on its own, `whole` what the extractor finds in `page(input)`
/// (given the input and the article).
pub(crate) fn check(
    name: &str,
    table: &str,
    alone: impl Fn(&str) -> Vec<String>,
    page: impl Fn(&str) -> String,
    whole: impl Fn(&str, &Article) -> Vec<String>,
) {
    let cases = parse(table);
    let mut failures = Vec::new();
    for case in &cases {
        let found_alone = alone(&case.input);
        let found_whole = whole(&case.input, &extract(&page(&case.input)));
        let mut fail = |what: &str, item: &str, got: &[String]| {
            failures.push(format!(
                "{name}:{}: {what} `{item}` in `{}`; found {got:?}",
                case.line,
                case.input.replace('\n', "⏎")
            ));
        };
        for item in &case.want {
            if !found_alone.contains(item) {
                fail("alone, missing", item, &found_alone);
            }
            if !found_whole.contains(item) {
                fail("in the extractor, missing", item, &found_whole);
            }
        }
        for item in &case.never {
            if found_alone.contains(item) {
                fail("alone, wrongly found", item, &found_alone);
            }
            if found_whole.contains(item) {
                fail("in the extractor, wrongly found", item, &found_whole);
            }
        }
    }
    let must_not = cases.iter().filter(|c| !c.never.is_empty()).count();
    assert!(
        cases.len() >= 15 && must_not >= 5,
        "{name}: {} cases, {must_not} with must-not lines (want 15 and 5)",
        cases.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `case_table!(test_name, "file.txt", alone, page, whole)`: a test that checks every case
/// of `tests/cases/file.txt` with the rule alone (`alone: fn(&str) -> Vec<String>`) and
/// inside the whole extractor (`page: fn(&str) -> String` builds the page,
/// `whole: fn(&Article) -> Vec<String>` reads the record; with `input_and_article =`,
/// `fn(&str, &Article)` is given the input too).
macro_rules! case_table {
    ($test:ident, $file:literal, $alone:expr, $page:expr, input_and_article = $whole:expr $(,)?) => {
        #[test]
        fn $test() {
            $crate::cases::check(
                $file,
                include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/", $file)),
                $alone,
                $page,
                $whole,
            );
        }
    };
    ($test:ident, $file:literal, $alone:expr, $page:expr, $whole:expr $(,)?) => {
        $crate::cases::case_table!(
            $test,
            $file,
            $alone,
            $page,
            input_and_article = |_: &str, a: &xinwen_core::Article| ($whole)(a)
        );
    };
}
pub(crate) use case_table;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cases() {
        let cases = parse("# t\n> a\n>\n> b\n+ x\n- y\n\n> c\n+ z\n> d\n- w\n");
        assert_eq!(cases.len(), 3);
        assert_eq!(cases[0].input, "a\n\nb");
        assert_eq!(
            (cases[0].want.clone(), cases[0].never.clone()),
            (vec!["x".into()], vec!["y".into()])
        );
        assert_eq!(cases[2].input, "d");
        assert_eq!(cases[2].line, 10);
    }

    #[test]
    fn fillers_name_nothing() {
        let a = extract(&body_page("今天天气很好，大家都很高兴。"));
        assert!(a.people.is_empty() && a.places.is_empty() && a.organizations.is_empty());
        assert_eq!(a.paragraphs.len(), 3, "{:?}", a.paragraphs);
        assert_eq!(a.published.as_deref(), Some("2024-03-05T10:22:00+08:00"));
        assert!(a.bylines.is_empty() && a.events.is_empty());
    }
}
