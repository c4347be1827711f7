//! Names alone on a line of the head, credited by where they stand: between the title
//! and the date line (`中國充滿風險…` / `艾莎` / `2023年9月11日`), or above a line that
//! names their role (`関谷智` / `国際部記者`; `Sasaki Futo` / `NHK World` /
//! `Correspondent`).

use xinwen_core::{Article, Byline, Role as Credit};

use crate::recognize::PageFacts;
use crate::recognize::credits::{
    is_bare_han_word, is_person_name, latin_names, push_unique, role_line,
};
use crate::roles::Role;

/// How many lines after the title the head may hold.
const HEAD_LINES: usize = 8;

/// How many lines below a name its role line may stand (an outlet's name may come
/// between: `NHK World`).
const ROLE_BELOW: usize = 2;

/// Adds the names standing alone in the head to `bylines`.
pub(crate) fn head_names(article: &mut Article, facts: &PageFacts<'_>, roles: &[Role]) {
    let Some(title) = roles.iter().position(|r| *r == Role::Title) else {
        return;
    };
    let date_line = roles.iter().position(|r| *r == Role::DateLine);
    let (page, words, surnames) = (facts.page, facts.words, facts.surnames);
    let simple = |i: usize| page.blocks.get(i).map_or("", |b| b.simple().trim());
    // the person the body opens on is its subject, not its writer (`蔡健雅（Tanya
    // Chua），1975年…出生`)
    let opening = (roles.iter().position(|r| *r == Role::Body)).map_or("", simple);
    let end = (title + 1 + HEAD_LINES).min(roles.len());
    for i in title + 1..end {
        if roles[i] == Role::Body {
            break;
        }
        if !matches!(roles[i], Role::Removed(_) | Role::Outside) {
            continue;
        }
        let line = simple(i);
        let latin = latin_names(line, words);
        let role_below = (i + 1..=i + ROLE_BELOW)
            .take_while(|&k| k < roles.len() && latin_names(simple(k), words).is_empty())
            .find_map(|k| role_line(simple(k), words));
        // a word of the dictionary is no name (`简介`), unless it is one as a name
        let word = || {
            (facts.resources.segmenter().dictionary_tag(line))
                .is_some_and(|t| !matches!(t.as_str(), "nr" | "nrfg" | "nrt"))
        };
        let (names, role) = if let Some(role) = role_below {
            let han = (is_bare_han_word(line) || is_person_name(line, words, surnames)) && !word();
            (if han { vec![line.to_string()] } else { latin }, role)
        } else if date_line.is_some_and(|d| d > i) {
            let han = is_person_name(line, words, surnames) && !word();
            (
                if han { vec![line.to_string()] } else { latin },
                Credit::Author,
            )
        } else {
            continue;
        };
        let Some(block) = page.blocks.get(i) else {
            continue;
        };
        for name in names
            .into_iter()
            .filter(|n| !opening.starts_with(n.as_str()))
        {
            // as written: the simplified line has the same characters at the same places
            let written = (block.simple().find(&name)).map_or(name.clone(), |at| {
                block.original_of(at..at + name.len()).to_string()
            });
            push_unique(&mut article.bylines, Byline::new(role, written));
        }
    }
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;
    use xinwen_core::Article;

    use super::head_names;
    use crate::cases::{case_table, whole_page};
    use crate::recognize::PageFacts;
    use crate::roles::classify;

    fn credited(bylines: &[xinwen_core::Byline]) -> Vec<String> {
        (bylines.iter())
            .map(|b| format!("{}:{}", b.role.as_str(), b.name))
            .collect()
    }

    fn names(page: &str) -> Vec<String> {
        let page = xinwen_parse::parse_text(page).unwrap();
        let facts = PageFacts::new(&page, Resources::global()).unwrap();
        let roles = classify(&facts);
        let mut article = Article::default();
        head_names(&mut article, &facts, &roles);
        credited(&article.bylines)
    }

    fn article_names(article: &Article) -> Vec<String> {
        credited(&article.bylines)
    }

    case_table!(
        head_names_table,
        "head_names.txt",
        names,
        whole_page,
        article_names
    );
}
