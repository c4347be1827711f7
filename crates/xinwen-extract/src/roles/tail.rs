//! The end of the body: a label heading a list of other articles (`延伸阅读`,
//! `往期回顾`, `相关新闻`) closes the article; what follows it is the list.

use xinwen_core::RemovedKind;

use super::role::Role;
use crate::recognize::PageFacts;

/// Gives the related label and the body blocks after it the related role, when the
/// label comes after most of the body (a label near the start heads no tail).
pub fn cut(facts: &PageFacts<'_>, roles: &mut [Role]) {
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
    let mut label = None;
    for (i, role) in roles.iter().enumerate() {
        let Some(block) = facts.block(i) else { break };
        let labelled = block.char_len() <= 16 && words.related_label.is_match(block.simple());
        if labelled && before > 0 && before * 2 > total {
            label = Some(i);
            break;
        }
        before += body_chars(role, i);
    }
    let Some(label) = label else { return };
    if let Some(role) = roles.get_mut(label) {
        *role = Role::Removed(RemovedKind::Related);
    }
    for role in roles.iter_mut().skip(label) {
        if *role == Role::Body {
            *role = Role::Removed(RemovedKind::Related);
        }
    }
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
