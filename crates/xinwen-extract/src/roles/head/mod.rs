//! The head of the article: title, subtitle and date line, found near the body.
//!
//! The date line comes first ([`date_line`]), then the title that the page's signals
//! agree on ([`title`]): what the page declares, its heading level, its breadcrumb, its
//! place just before the date line and the body, its shape.

mod date_line;
mod declared;
mod open;
mod title;

pub use declared::declared_title;

use xinwen_core::RemovedKind;
use xinwen_parse::BlockKind;

use super::content::{BodyRegion, is_prose};
use super::role::Role;
use crate::recognize::PageFacts;
use crate::recognize::credits::latin_names;
use crate::recognize::outlets::is_publisher;
use date_line::find_date_line;
use open::{HEAD_REACH, free};
use title::{find_title, is_title_like};

/// Gives title, date line, subtitle and head-metadata roles around the body.
pub fn assign(facts: &PageFacts<'_>, roles: &mut [Option<Role>], region: Option<&BodyRegion>) {
    let page = facts.page;
    let body_start = region.map_or(page.blocks.len().min(HEAD_REACH), |r| *r.span.start());
    let date_line = find_date_line(facts, roles, region, body_start);
    let body_end = region.map(|r| *r.span.end());
    let title = find_title(facts, roles, (body_start, body_end), date_line);
    let set = |roles: &mut [Option<Role>], i: usize, role: Role| {
        if let Some(r) = roles.get_mut(i) {
            *r = Some(role);
        }
    };
    if let Some(d) = date_line {
        set(roles, d, Role::DateLine);
    }
    let Some(t) = title else { return };
    set(roles, t, Role::Title);
    let next = t + 1;
    let subtitle = page.blocks.get(next).is_some_and(|b| {
        let heading = matches!(b.kind, BlockKind::Heading(2..=4));
        let followed = next + 1 == body_start
            || Some(next + 1) == date_line
            || page.blocks.get(next + 1).is_some_and(is_prose);
        free(roles, next)
            && Some(next) != date_line
            && is_title_like(b, 6)
            && !is_publisher(b.simple().trim(), facts.words)
            && latin_names(b.simple(), facts.words).is_empty()
            && !is_prose(b)
            && (heading || followed)
    });
    if subtitle {
        set(roles, next, Role::Subtitle);
    }
    // between the title and the body: a lead paragraph joins the body; short lines
    // carry source and author (metadata)
    if body_start > t && body_start - t <= 2 * HEAD_REACH {
        for i in t + 1..body_start {
            let Some(block) = page.blocks.get(i) else {
                continue;
            };
            if roles.get(i).is_some_and(Option::is_none) {
                if is_prose(block) && block.link_density() < 0.3 {
                    set(roles, i, Role::Body);
                } else if block.char_len() <= 40 {
                    set(roles, i, Role::Removed(RemovedKind::Metadata));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;
    use xinwen_core::Article;

    use super::declared_title;
    use crate::cases::{case_table, whole_page};
    use crate::recognize::PageFacts;
    use crate::roles::{Role, classify};

    fn title(page: &str) -> Vec<String> {
        let page = xinwen_parse::parse_text(page).unwrap();
        let facts = PageFacts::new(&page, Resources::global()).unwrap();
        let roles = classify(&facts);
        (page.blocks.iter().zip(&roles))
            .find(|(_, r)| **r == Role::Title)
            .map(|(b, _)| b.text.clone())
            .or_else(|| declared_title(&page))
            .into_iter()
            .collect()
    }

    fn article_title(article: &Article) -> Vec<String> {
        article.title.clone().into_iter().collect()
    }

    case_table!(head_table, "head.txt", title, whole_page, article_title);
}
