//! The people a page credits: bylines from credit lines, the page's declared author,
//! and the photographers of its captions.

use xinwen_core::{Article, Byline, Caption, RemovedKind, Role as Credit};
use xinwen_parse::BlockKind;

use super::lines::credit_blocks;
use crate::recognize::PageFacts;
use crate::recognize::credits::{closing_names, dateline_names, push_unique};
use crate::recognize::outlets::source_label;
use crate::roles::Role;

/// Class and id words of the element of a bare name in the head.
const AUTHOR_ELEMENTS: &[&str] = &["author", "writer", "reporter", "byline"];

/// `<meta>` names of the page's declared author.
const AUTHOR_META: &[&str] = &["author", "article:author", "byl", "ld:author"];

/// Fills `bylines` from the credits of the blocks that may credit people, a bare name
/// in an author element of the head, and the page's declared author.
pub(crate) fn bylines(article: &mut Article, facts: &PageFacts<'_>, roles: &[Role]) {
    let (page, surnames) = (facts.page, facts.surnames);
    for i in credit_blocks(roles) {
        let Some(block) = page.blocks.get(i) else {
            continue;
        };
        for byline in &facts.credits(i).bylines {
            push_unique(&mut article.bylines, byline.clone());
        }
        // a bare name in the head, in an element named for its author
        let author_element =
            (AUTHOR_ELEMENTS.iter()).any(|w| block.tag_path.to_lowercase().contains(w));
        if roles[i] == Role::Removed(RemovedKind::Metadata)
            && author_element
            && surnames.is_full_name(&block.text)
        {
            push_unique(
                &mut article.bylines,
                Byline::new(Credit::Reporter, block.text.clone()),
            );
        }
    }
    // a photographer credited anywhere in the body (`…发表重要讲话。新华社记者 谢环驰 摄`)
    for i in (0..roles.len()).filter(|&i| roles[i] == Role::Body) {
        for byline in (facts.credits(i).bylines.iter()).filter(|b| b.role == Credit::Photographer) {
            push_unique(&mut article.bylines, byline.clone());
        }
    }
    // a name after the source the head names (`来源：中国新闻网 王帆`)
    for (block, _) in (page.blocks.iter().zip(roles))
        .filter(|(_, r)| matches!(r, Role::DateLine | Role::Removed(RemovedKind::Metadata)))
    {
        let simple = block.simple();
        let Some((_, name)) = source_label(simple, facts.words) else {
            continue;
        };
        let rest = simple.get(name.end..).unwrap_or("");
        let person = rest.trim();
        if rest.starts_with(char::is_whitespace) && surnames.is_full_name(person) {
            let at = simple.len() - rest.trim_start().len();
            let written = block.original_of(at..at + person.len()).to_string();
            push_unique(&mut article.bylines, Byline::new(Credit::Reporter, written));
        }
    }
    // the names in the bracket after the first paragraph's dateline (`…电（刘艺、杨吉）`)
    let first = roles.iter().position(|r| *r == Role::Body);
    if let Some((i, block)) = first.and_then(|i| Some((i, page.blocks.get(i)?))) {
        let simple = block.simple();
        let after = facts.dateline(i).and_then(|d| {
            let end =
                (d.head.as_ptr() as usize + d.head.len()).checked_sub(simple.as_ptr() as usize)?;
            simple.get(end..)
        });
        for name in after
            .map(|a| dateline_names(a, facts.words, surnames))
            .unwrap_or_default()
        {
            let written = simple
                .find(&name)
                .map(|at| block.original_of(at..at + name.len()));
            let written = written.map_or(name.clone(), str::to_string);
            push_unique(&mut article.bylines, Byline::new(Credit::Reporter, written));
        }
    }
    // the names the last paragraph's closing bracket credits (`…。（钟才文）`)
    let last = roles.iter().rposition(|r| *r == Role::Body);
    if let Some(block) = last.and_then(|i| page.blocks.get(i)) {
        for name in closing_names(&block.text, block.simple(), facts.words, surnames) {
            push_unique(&mut article.bylines, Byline::new(Credit::Reporter, name));
        }
    }
    // the author the page declares (a person, not the site or an account)
    let declared = page.meta_content(AUTHOR_META);
    // (once: a name the page credits as its writer already is not added again; an
    // editor the page declares its author is both)
    let credited =
        |name: &str| (article.bylines.iter()).any(|b| b.name == name && b.role == Credit::Reporter);
    if let Some(author) = declared.filter(|a| surnames.is_full_name(a) && !credited(a)) {
        push_unique(&mut article.bylines, Byline::new(Credit::Author, author));
    }
}

/// Fills `captions` (and credits their photographers).
pub(crate) fn captions(article: &mut Article, facts: &PageFacts<'_>, roles: &[Role]) {
    for (i, (block, role)) in facts.page.blocks.iter().zip(roles).enumerate() {
        if *role != Role::Caption {
            continue;
        }
        let caption = match facts.caption(i) {
            Some(parts) => Caption {
                text: parts.text.clone(),
                credit: Some(parts.credit.clone()),
            },
            None if block.kind == BlockKind::Caption => {
                let credit = (facts.credits(i).bylines.iter())
                    .find(|b| b.role == Credit::Photographer)
                    .map(|b| b.name.clone());
                Caption {
                    text: block.text.clone(),
                    credit,
                }
            }
            None => continue,
        };
        if let Some(credit) = &caption.credit {
            push_unique(
                &mut article.bylines,
                Byline::new(Credit::Photographer, credit.clone()),
            );
        }
        article.captions.push(caption);
    }
}

#[cfg(test)]
mod tests {
    use crate::cases::extract;

    fn names(page: &str) -> Vec<String> {
        extract(page).bylines.into_iter().map(|b| b.name).collect()
    }

    #[test]
    fn a_name_after_the_source_and_in_the_closing_bracket() {
        let page = "美联储维持利率不变\n\n2023-06-15 08:10 来源：中国新闻网 王帆\n\n\
                    美国联邦储备委员会14日宣布，将联邦基金利率目标区间维持在5%至5.25%之间。\n\n\
                    这是美联储自去年3月开始加息以来首次暂停加息，市场普遍认为年内仍可能再加息。（钟才文）";
        assert_eq!(names(page), ["王帆", "钟才文"]);
        // a place after the source is no name
        let page = "美联储维持利率不变\n\n2023-06-15 08:10 来源：中国新闻网 北京\n\n\
                    美国联邦储备委员会14日宣布，将联邦基金利率目标区间维持在5%至5.25%之间。";
        assert!(names(page).is_empty());
    }
}
