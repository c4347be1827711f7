//! The date line: where the page shows when the article was published.

use xinwen_core::RemovedKind;

use super::open::{HEAD_REACH, free};
use crate::recognize::PageFacts;
use crate::recognize::relative_dates::relative_span;
use crate::roles::Role;
use crate::roles::content::BodyRegion;

/// True when block `i` is a short line with a date with a year (not a sentence).
pub(super) fn is_date_line(facts: &PageFacts<'_>, i: usize) -> bool {
    facts.block(i).is_some_and(|block| {
        block.char_len() <= 120 && !block.text.ends_with('。') && facts.full_date(i).is_some()
    })
}

/// True when block `i` is a short line with a time relative to when the page was
/// fetched and little else (`3小时前 来源：青禾日报`, `今天 10:22`).
fn is_relative_date_line(facts: &PageFacts<'_>, i: usize) -> bool {
    facts.block(i).is_some_and(|block| {
        let simple = block.simple();
        // (a sentence is no date line: its dates are not looked for)
        if simple.contains('。') {
            return false;
        }
        let span = relative_span(simple, facts.words);
        let written = span
            .and_then(|s| simple.get(s))
            .map_or(0, |d| d.chars().count());
        written > 0 && block.char_len() - written <= 16
    })
}

/// True when block `i` is little more than a date: the date, a time, a label or a
/// source beside it (`时间：2019-09-24 17:08`, `2014年12月12日13:47`).
fn is_bare_date_line(facts: &PageFacts<'_>, i: usize) -> bool {
    let (Some(block), Some(date)) = (facts.block(i), facts.full_date(i)) else {
        return false;
    };
    let date_chars = block
        .simple()
        .get(date.start..date.end)
        .map_or(0, |d| d.chars().count());
    block.char_len().saturating_sub(date_chars) <= 16
}

/// How far into the body a bare date line is looked for.
const BODY_REACH: usize = 6;

/// The date line: a short line with a full date, closest to the start of the body;
/// else a bare date line a little into the body or right after its end (pages that
/// show the date under the lead or below the text).
pub(super) fn find_date_line(
    facts: &PageFacts<'_>,
    roles: &[Option<Role>],
    region: Option<&BodyRegion>,
    body_start: usize,
) -> Option<usize> {
    let page = facts.page;
    let n = page.blocks.len();
    let lo = body_start.saturating_sub(HEAD_REACH);
    let hi = (body_start + 2).min(n.saturating_sub(1));
    let before = (lo..body_start.min(n)).rev();
    let after = body_start..=hi;
    let near = before
        .chain(after)
        .find(|&i| free(roles, i) && is_date_line(facts, i))
        .or_else(|| {
            (lo..=hi.min(body_start + 1))
                .find(|&i| free(roles, i) && is_relative_date_line(facts, i))
        });
    let bare =
        |i: &usize| free(roles, *i) && is_date_line(facts, *i) && is_bare_date_line(facts, *i);
    let body_end = region.map_or(body_start, |r| *r.span.end());
    // below the body, the date comes before the lists of other articles and their dates
    let other_articles = |i: &usize| {
        matches!(
            roles.get(*i),
            Some(Some(Role::Removed(
                RemovedKind::Related | RemovedKind::Comments
            )))
        )
    };
    let in_body = hi + 1..(body_start + BODY_REACH).min(body_end + 1);
    near.or_else(|| in_body.take_while(|i| !other_articles(i)).find(bare))
        .or_else(|| {
            (body_end + 1..(body_end + 2 * BODY_REACH).min(n))
                .take_while(|i| !other_articles(i))
                .find(bare)
        })
}
