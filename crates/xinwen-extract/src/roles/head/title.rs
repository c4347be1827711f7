//! The title: the line the page's own signals agree on.
//!
//! A candidate is a title-shaped line near the body (never a sentence, a date line, a
//! source or credit line, a document record). Each signal adds to its score: the title
//! the page declares (HTML), its heading level, the tail of the breadcrumb, its place
//! just before the date line (across the source and author lines between them) and the
//! body, its length. A publisher's name (`证券时报`, `青禾市民政局`) counts against it.

use xinwen_chinese::is_han;
use xinwen_parse::{Block, BlockKind, PageKind};

use super::declared::{declared_titles, squash};
use super::open::{HEAD_REACH, free};
use crate::recognize::PageFacts;
use crate::recognize::furniture::{is_breadcrumb, is_document_record};
use crate::recognize::outlets::{is_publisher, source_label};
use crate::roles::Role;
use crate::roles::content::is_prose;

/// Lines at most this long between a title and its date line are the head's metadata
/// (a column name, a widget), not what the title is kept from.
const HEAD_METADATA: usize = 6;

/// A short line of one sentence ending in `？` or `！`: prose by its mark, but also the
/// shape of many headlines (`农村公路修好了，下一步怎么管？`).
fn is_question_or_cry(block: &Block) -> bool {
    let text = block.text.trim_end_matches(['”', '」', '’']);
    let inner = text.trim_end_matches(['？', '！', '?', '!']);
    block.char_len() < 40
        && inner.len() < text.len()
        && !inner.contains(['。', '；', ';', '？', '?'])
}

pub(super) fn is_title_like(block: &Block, min_len: usize) -> bool {
    let len = block.char_len();
    (min_len..=100).contains(&len)
        && !block
            .text
            .ends_with(['。', '；', ';', '：', ':', '，', ','])
        && block.link_density() < 0.5
}

/// True when the lines between `i` and the date line `d` are all head metadata, so the
/// date line is right after `i` as a reader sees it.
fn leads_to(facts: &PageFacts<'_>, roles: &[Option<Role>], i: usize, d: usize) -> bool {
    d > i
        && d <= i + 4
        && (i + 1..d).all(|j| {
            let short = facts
                .block(j)
                .is_some_and(|b| b.char_len() <= HEAD_METADATA);
            short || !free(roles, j) || is_labelled(facts, j)
        })
}

/// True for a source or credit line (`来源：新华社`, `作者：`, `记者 付杨`).
fn is_labelled(facts: &PageFacts<'_>, i: usize) -> bool {
    let credit_label = |simple: &str| {
        (facts.words.credit_roles.prefix_of(simple))
            .and_then(|role| simple[role.len()..].chars().next())
            .is_none_or(|c| matches!(c, ':' | '：' | ' ' | '　'))
    };
    facts.block(i).is_some_and(|b| {
        source_label(b.simple(), facts.words).is_some()
            || facts.is_credit_line(i)
            || facts.words.credit_roles.starts(b.simple()) && credit_label(b.simple())
    })
}

/// The title: a title-like block near the body that the page's declared title, its
/// heading level, its breadcrumb or its date line vouches for.
pub(super) fn find_title(
    facts: &PageFacts<'_>,
    roles: &[Option<Role>],
    body: (usize, Option<usize>),
    date_line: Option<usize>,
) -> Option<usize> {
    // a title heads a body: never the last block of it (a page of one sentence)
    let (body_start, body_end) = body;
    let (page, words) = (facts.page, facts.words);
    let html = page.kind == PageKind::Html;
    let declared: Vec<String> = declared_titles(page).iter().map(|t| squash(t)).collect();
    let crumb_tail: Option<String> = (page.blocks.iter().take(HEAD_REACH))
        .find(|b| is_breadcrumb(b.simple(), words))
        .and_then(|b| b.text.rsplit(['>', '＞', '»']).next().map(squash));
    let min_len = if html { 2 } else { 4 };
    let lo = if html {
        0
    } else {
        body_start.saturating_sub(HEAD_REACH)
    };
    let hi = (body_start + 3).min(page.blocks.len());
    // a headline that reads as a sentence shows itself by the date line right after it
    let dated_after = |i: usize| date_line.is_some_and(|d| d > i && d <= i + 2);
    let mut best: Option<(i32, usize)> = None;
    let mut first_candidate = true;
    for i in lo..hi {
        let Some(block) = page.blocks.get(i) else {
            continue;
        };
        let han = block.text.chars().filter(|c| is_han(*c)).count();
        if !free(roles, i)
            || body_end.is_some_and(|end| i >= end)
            || Some(i) == date_line
            || !is_title_like(block, min_len)
            || is_prose(block) && !html && !(is_question_or_cry(block) && dated_after(i))
            // `标题：…` of a document's record
            || is_document_record(block.simple(), words)
            || is_labelled(facts, i)
            || is_breadcrumb(block.simple(), words)
            // a text page shows no markup: its title is at least words of Chinese
            || !html && han < 2
        {
            continue;
        }
        let text = squash(&block.text);
        let mut score = 0;
        if declared.contains(&text) {
            score += 6;
        } else if text.chars().count() >= 4
            && declared
                .iter()
                .any(|d| d.contains(&text) || text.contains(d.as_str()))
        {
            score += 4;
        }
        score += match block.kind {
            BlockKind::Heading(1) => 3,
            BlockKind::Heading(2) => 2,
            BlockKind::Heading(_) => 1,
            _ => 0,
        };
        if crumb_tail.as_deref() == Some(text.as_str()) {
            score += 4;
        }
        match date_line.map(|d| d as i64 - i as i64) {
            Some(1) => score += 3,
            Some(2) => score += 1,
            _ => {}
        }
        if !html && date_line.is_some_and(|d| d > i + 1 && leads_to(facts, roles, i, d)) {
            score += 2;
        }
        let distance = body_start.saturating_sub(i);
        score += if distance <= 3 {
            2
        } else if distance <= 10 {
            1
        } else {
            0
        };
        if !html {
            // with no date line to go by, the line the body follows
            if date_line.is_none() && distance == 1 {
                score += 1;
            }
            // a headline says something: a few words at least, not a site's name
            if block.char_len() >= 8 {
                score += 1;
            }
            if is_publisher(block.simple().trim(), words) {
                score -= 3;
            }
            if first_candidate {
                score += 1;
            }
        }
        first_candidate = false;
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, i));
        }
    }
    let threshold = if html { 5 } else { 2 };
    best.filter(|(s, _)| *s >= threshold).map(|(_, i)| i)
}
