//! Roles from the layout of the page: title, date line, subtitle, body region.

use xinwen_core::RemovedKind;
use xinwen_parse::{Block, BlockKind, Page, PageKind};

use super::Role;
use crate::fields::published;

/// How far into the page the title and date line are looked for.
const HEAD_BLOCKS: usize = 25;

/// Sentence-final and clause punctuation: a block with it reads as prose.
const PROSE_MARKS: &[char] = &['。', '！', '？', '；', '!', '?', ';'];

/// True when a block reads like a paragraph of prose.
pub fn is_prose(block: &Block) -> bool {
    let len = block.char_len();
    block.link_density() < 0.5 && (len >= 40 || (len >= 12 && block.text.contains(PROSE_MARKS)))
}

fn is_title_like(block: &Block) -> bool {
    let len = block.char_len();
    (4..=80).contains(&len)
        && !block.text.ends_with(['。', '；', ';', '：', ':'])
        && block.link_density() < 0.5
}

/// The date line: a short line near the top carrying a full date.
fn find_date_line(page: &Page, roles: &[Option<Role>]) -> Option<usize> {
    (page.blocks.iter().take(HEAD_BLOCKS).enumerate()).find_map(|(i, b)| {
        let free = roles.get(i).is_some_and(Option::is_none);
        let short = b.char_len() <= 100 && !b.text.ends_with('。');
        let dated = published::find_date(&b.text).is_some_and(|d| d.year.is_some());
        (free && short && dated).then_some(i)
    })
}

fn find_title(page: &Page, roles: &[Option<Role>], date_line: Option<usize>) -> Option<usize> {
    let free = |i: usize| roles.get(i).is_some_and(Option::is_none);
    let candidates =
        || (page.blocks.iter().enumerate().take(HEAD_BLOCKS)).filter(|(i, _)| free(*i));
    if page.kind == PageKind::Html {
        let heading =
            candidates().find(|(_, b)| matches!(b.kind, BlockKind::Heading(1)) && is_title_like(b));
        if let Some((i, _)) = heading {
            return Some(i);
        }
        let declared = page
            .meta_content(&["og:title", "twitter:title"])
            .or(page.html_title.as_deref());
        if let Some(declared) = declared {
            let matching = (page.blocks.iter().enumerate())
                .filter(|(i, _)| free(*i))
                .find(|(_, b)| is_title_like(b) && declared.starts_with(b.text.as_str()));
            if let Some((i, _)) = matching {
                return Some(i);
            }
        }
    }
    if let Some(d) = date_line {
        let before = (0..d)
            .rev()
            .find(|&i| free(i) && page.blocks.get(i).is_some_and(is_title_like));
        if before.is_some() {
            return before;
        }
    }
    candidates()
        .find(|(_, b)| is_title_like(b) && !is_prose(b))
        .map(|(i, _)| i)
}

/// Gives roles to the blocks `patterns` left open.
pub fn assign(page: &Page, roles: &mut [Option<Role>]) {
    let date_line = find_date_line(page, roles);
    if let Some(d) = date_line.and_then(|d| roles.get_mut(d)) {
        *d = Some(Role::DateLine);
    }
    let title = find_title(page, roles, date_line);
    if let Some(t) = title.and_then(|t| roles.get_mut(t)) {
        *t = Some(Role::Title);
    }
    let head_end = title.max(date_line).map_or(0, |i| i + 1);
    let free = |roles: &[Option<Role>], i: usize| roles.get(i).is_some_and(Option::is_none);
    // a short line right under the title, followed by prose, is a subtitle
    if let Some(t) = title {
        let next = t + 1;
        let subtitle = page
            .blocks
            .get(next)
            .is_some_and(|b| is_title_like(b) && !is_prose(b))
            && page.blocks.get(next + 1).is_some_and(is_prose)
            && free(roles, next);
        if let Some(r) = roles.get_mut(next).filter(|_| subtitle) {
            *r = Some(Role::Subtitle);
        }
    }
    let prose: Vec<usize> = (head_end..page.blocks.len())
        .filter(|&i| free(roles, i) && page.blocks.get(i).is_some_and(is_prose))
        .collect();
    let (Some(&start), Some(&end)) = (prose.first(), prose.last()) else {
        return;
    };
    for i in start..=end {
        let Some(block) = page.blocks.get(i) else {
            continue;
        };
        if let Some(role @ None) = roles.get_mut(i) {
            *role = Some(if block.link_density() >= 0.5 {
                Role::Removed(RemovedKind::Navigation)
            } else {
                Role::Body
            });
        }
    }
}
