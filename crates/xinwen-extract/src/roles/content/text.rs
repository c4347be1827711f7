//! The body of a page without markup: the heaviest run of blocks.

use std::ops::RangeInclusive;
use xinwen_core::RemovedKind;

use xinwen_parse::{Block, Page};

use super::prose::{is_bare_question, is_long_line, is_prose, is_sentence_part, prose_marks};
use super::region::BodyRegion;
use crate::roles::Role;

/// What furniture inside a run costs: enough that a run does not stretch over it for a
/// line or two of prose, little enough that a long body bridges it.
const FURNITURE: i64 = 30;

/// What a short line that is not prose costs.
const SHORT_LINE: i64 = 5;

/// What counts as a paragraph: prose; on a page without prose, long lines too; on a
/// page without either, any punctuated part of a sentence (a sentence given alone,
/// cut short: `…副行长张建军日前撰文承认，`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Paragraphs {
    Prose,
    LongLines,
    SentenceParts,
}

/// The weight of block `i`: its length for a paragraph, a cost otherwise.
fn weight(page: &Page, roles: &[Option<Role>], i: usize, accept: Paragraphs) -> i64 {
    let Some(block) = page.blocks.get(i) else {
        return 0;
    };
    match roles.get(i).copied().flatten() {
        Some(Role::Removed(_)) => -FURNITURE,
        Some(Role::Caption) => 0,
        Some(_) => -SHORT_LINE,
        // a bare question counts as prose beside prose only
        None if accept == Paragraphs::Prose
            && is_bare_question(block)
            && !beside_prose(page, i) =>
        {
            -SHORT_LINE
        }
        None if is_prose(block)
            || accept != Paragraphs::Prose && is_long_line(block)
            || accept == Paragraphs::SentenceParts && is_sentence_part(block) =>
        {
            i64::try_from(block.char_len()).unwrap_or(i64::MAX)
        }
        None => -SHORT_LINE,
    }
}

/// True when a block next to block `i` is prose, not a bare question.
fn beside_prose(page: &Page, i: usize) -> bool {
    [i.checked_sub(1), Some(i + 1)]
        .into_iter()
        .flatten()
        .filter_map(|j| page.blocks.get(j))
        .any(|b| is_prose(b) && !is_bare_question(b))
}

/// The run of blocks with the largest total weight (Kadane), if it holds any prose;
/// on a page without prose, the run of its long lines, else of its sentence parts.
pub(crate) fn by_weight(page: &Page, roles: &[Option<Role>]) -> Option<BodyRegion> {
    heaviest_run(page, roles, Paragraphs::Prose)
        .or_else(|| heaviest_run(page, roles, Paragraphs::LongLines))
        .or_else(|| heaviest_run(page, roles, Paragraphs::SentenceParts))
}

fn heaviest_run(page: &Page, roles: &[Option<Role>], accept: Paragraphs) -> Option<BodyRegion> {
    let (mut best, mut best_span) = (0i64, None);
    let (mut sum, mut start) = (0i64, 0usize);
    for i in 0..page.blocks.len() {
        // an article never spans a breadcrumb: the run before it is other news
        // (a ticker of headlines), the article comes after it
        if roles.get(i).copied().flatten() == Some(Role::Removed(RemovedKind::Navigation)) {
            sum = 0;
            start = i + 1;
            continue;
        }
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        sum += weight(page, roles, i, accept);
        if sum > best {
            best = sum;
            best_span = Some(start..=i);
        }
    }
    best_span.map(|span| BodyRegion {
        span: after_teaser(page, roles, span, accept),
        members: None,
        container: None,
    })
}

/// How many short lines in a row part a teaser from the article.
const TEASER_ROW: usize = 4;

/// The run without its head when the head is a lone paragraph parted from the rest by a
/// row of short lines without a mark of prose (a teaser, then a card of facts about a
/// company: `寒武纪` `定向增发北京市2016-03` `…` `我要联系`): the article starts after
/// the row. A paragraph that leads into a list (`…如下：`) keeps it, and so does a row of
/// numbered or punctuated items (`一、…`, `1.…`).
fn after_teaser(
    page: &Page,
    roles: &[Option<Role>],
    span: RangeInclusive<usize>,
    accept: Paragraphs,
) -> RangeInclusive<usize> {
    let (start, end) = (*span.start(), *span.end());
    let Some(head) = page.blocks.get(start) else {
        return span;
    };
    if head.text.trim_end().ends_with(['：', ':']) || weight(page, roles, start, accept) <= 0 {
        return span;
    }
    let row = (start + 1..=end)
        .take_while(|&i| {
            weight(page, roles, i, accept) == -SHORT_LINE
                && roles.get(i).copied().flatten().is_none()
                && page.blocks.get(i).is_some_and(is_plain_item)
        })
        .count();
    let rest = start + 1 + row;
    if row >= TEASER_ROW && rest <= end && weight(page, roles, rest, accept) > 0 {
        rest..=end
    } else {
        span
    }
}

/// A short line with no mark of prose or colon and no number leading it.
fn is_plain_item(block: &Block) -> bool {
    let text = block.text.trim();
    let numbered = text.chars().next().is_some_and(|c| c.is_ascii_digit())
        && text
            .chars()
            .nth(1)
            .is_some_and(|c| matches!(c, '.' | '、' | ')' | '）'));
    prose_marks(block) == 0 && !text.contains(['：', ':']) && !numbered
}
