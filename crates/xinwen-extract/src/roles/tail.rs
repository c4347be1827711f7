//! The end of the body, closed by what ends an article:
//!
//! - a label heading a list of other articles (`延伸阅读`, `往期回顾`, `相关新闻`) after
//!   most of the body: what follows it is the list;
//! - the editor's credit line followed by page furniture (`责任编辑：张毅` then
//!   `首页 | 上一页 1 下一页`, or a related label): what follows is the page's, not the
//!   article's.

use xinwen_core::{RemovedKind, Role as Credit};

use super::role::Role;
use crate::recognize::PageFacts;

/// Gives the closing block (a related label, or nothing for a credit line) and the
/// body blocks after it the related role.
pub fn cut(facts: &PageFacts<'_>, roles: &mut [Role]) {
    let (label, closing_credit) = (related_label(facts, roles), closing_credit(facts, roles));
    let from = match (label, closing_credit) {
        (Some(l), Some(c)) => l.min(c + 1),
        (Some(l), None) => l,
        (None, Some(c)) => c + 1,
        (None, None) => return,
    };
    if let Some(role) = roles.get_mut(from).filter(|_| label == Some(from)) {
        *role = Role::Removed(RemovedKind::Related);
    }
    for role in roles.iter_mut().skip(from) {
        if *role == Role::Body {
            *role = Role::Removed(RemovedKind::Related);
        }
    }
}

/// A label of other articles after most of the body (a label near the start heads no
/// tail).
fn related_label(facts: &PageFacts<'_>, roles: &[Role]) -> Option<usize> {
    let words = facts.words;
    let body_chars = |role: &Role, i: usize| match role {
        Role::Body => facts.block(i).map_or(0, |b| b.char_len()),
        _ => 0,
    };
    let total: usize = roles
        .iter()
        .enumerate()
        .map(|(i, r)| body_chars(r, i))
        .sum();
    let mut before = 0;
    for (i, role) in roles.iter().enumerate() {
        let block = facts.block(i)?;
        let labelled = block.char_len() <= 16 && words.related_label.is_match(block.simple());
        if labelled && before > 0 && before * 2 > total {
            return Some(i);
        }
        before += body_chars(role, i);
    }
    None
}

/// The first credit line naming an editor, after body, whose next block is page
/// furniture.
fn closing_credit(facts: &PageFacts<'_>, roles: &[Role]) -> Option<usize> {
    let first_body = roles.iter().position(|r| *r == Role::Body)?;
    (first_body + 1..roles.len()).find(|&i| {
        roles[i] == Role::Credit
            && (facts.credits(i).bylines.iter()).any(|b| b.role == Credit::Editor)
            && matches!(
                roles.get(i + 1),
                Some(Role::Removed(
                    RemovedKind::Boilerplate
                        | RemovedKind::Related
                        | RemovedKind::Navigation
                        | RemovedKind::Comments
                        | RemovedKind::Share
                ))
            )
    })
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;
    use xinwen_core::Article;

    use crate::cases::{case_table, whole_page};
    use crate::recognize::PageFacts;
    use crate::roles::{Role, classify};

    /// The first characters of each body block the roles give.
    fn kept(page: &str) -> Vec<String> {
        let page = xinwen_parse::parse_text(page).unwrap();
        let facts = PageFacts::new(&page, Resources::global()).unwrap();
        (page.blocks.iter().zip(classify(&facts)))
            .filter(|(_, r)| *r == Role::Body)
            .map(|(b, _)| b.text.chars().take(8).collect())
            .collect()
    }

    fn paragraphs(article: &Article) -> Vec<String> {
        article
            .paragraphs
            .iter()
            .map(|p| p.chars().take(8).collect())
            .collect()
    }

    case_table!(tail_table, "tail.txt", kept, whole_page, paragraphs);
}
