//! The head of the article: title, subtitle and date line, found near the body.

use xinwen_chinese::Lexicon;
use xinwen_core::RemovedKind;
use xinwen_parse::{Block, BlockKind, Page, PageKind};

use super::content::{BodyRegion, is_prose};
use super::role::Role;
use crate::recognize::PageFacts;
use crate::recognize::furniture::{is_breadcrumb, is_document_record};

/// How far before the body the head is looked for.
const HEAD_REACH: usize = 15;

/// Separators of the parts of a `<title>`: `標題 - 網站`, `標題 | 欄目 | 網站`, `標題_網站`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", "_", "｜", " -- ", " :: "];

/// Text compared without spaces.
pub(crate) fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The titles an HTML page declares, each whole and in parts, in order of trust.
pub fn declared_titles(page: &Page) -> Vec<String> {
    let mut titles = Vec::new();
    let declared = [
        "og:title",
        "twitter:title",
        "title",
        "headline",
        "ld:headline",
    ]
    .iter()
    .filter_map(|n| page.meta_content(&[n]))
    .chain(page.html_title.as_deref());
    for title in declared {
        titles.push(title.trim().to_string());
        let mut parts = vec![title.trim().to_string()];
        for sep in TITLE_SEPARATORS {
            parts = parts
                .iter()
                .flat_map(|p| p.split(sep).map(|s| s.trim().to_string()))
                .collect();
        }
        titles.extend(parts.into_iter().filter(|p| !p.is_empty()));
    }
    titles
}

/// The first part of the declared title: what a page without a title block is about.
pub fn declared_title(page: &Page) -> Option<String> {
    let whole = ["og:title", "twitter:title", "ld:headline"]
        .iter()
        .find_map(|n| page.meta_content(&[n]))
        .or(page.html_title.as_deref())?;
    let mut part = whole.trim();
    for sep in TITLE_SEPARATORS {
        part = part.split(sep).next().unwrap_or(part).trim();
    }
    (!part.is_empty()).then(|| part.to_string())
}

/// A short line of one sentence ending in `？` or `！`: prose by its mark, but also the
/// shape of many headlines (`农村公路修好了，下一步怎么管？`).
fn is_question_or_cry(block: &Block) -> bool {
    let text = block.text.trim_end_matches(['”', '」', '’']);
    let inner = text.trim_end_matches(['？', '！', '?', '!']);
    block.char_len() < 40
        && inner.len() < text.len()
        && !inner.contains(['。', '；', ';', '？', '?'])
}

fn is_title_like(block: &Block, min_len: usize) -> bool {
    let len = block.char_len();
    (min_len..=100).contains(&len)
        && !block
            .text
            .ends_with(['。', '；', ';', '：', ':', '，', ','])
        && block.link_density() < 0.5
}

/// True when block `i` is a short line with a date with a year (not a sentence).
fn is_date_line(facts: &PageFacts<'_>, i: usize) -> bool {
    facts.block(i).is_some_and(|block| {
        block.char_len() <= 120 && !block.text.ends_with('。') && facts.full_date(i).is_some()
    })
}

fn free(roles: &[Option<Role>], i: usize) -> bool {
    matches!(
        roles.get(i),
        Some(None) | Some(Some(Role::Removed(RemovedKind::Metadata)))
    )
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
fn find_date_line(
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
        .find(|&i| free(roles, i) && is_date_line(facts, i));
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

/// The title: a title-like block near the body that the page's declared title, its
/// heading level, its breadcrumb or its date line vouches for.
fn find_title(
    page: &Page,
    roles: &[Option<Role>],
    body_start: usize,
    date_line: Option<usize>,
    words: &Lexicon,
) -> Option<usize> {
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
        if !free(roles, i)
            || Some(i) == date_line
            || !is_title_like(block, min_len)
            || is_prose(block) && !html && !(is_question_or_cry(block) && dated_after(i))
            || is_document_record(block.simple(), words)
        // `标题：…` of a document's record
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
        let distance = body_start.saturating_sub(i);
        score += if distance <= 3 {
            2
        } else if distance <= 10 {
            1
        } else {
            0
        };
        if first_candidate && !html {
            score += 1;
        }
        first_candidate = false;
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, i));
        }
    }
    let threshold = if html { 5 } else { 2 };
    best.filter(|(s, _)| *s >= threshold).map(|(_, i)| i)
}

/// Gives title, date line, subtitle and head-metadata roles around the body.
pub fn assign(facts: &PageFacts<'_>, roles: &mut [Option<Role>], region: Option<&BodyRegion>) {
    let (page, words) = (facts.page, facts.words);
    let body_start = region.map_or(page.blocks.len().min(HEAD_REACH), |r| *r.span.start());
    let date_line = find_date_line(facts, roles, region, body_start);
    let title = find_title(page, roles, body_start, date_line, words);
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
            && is_title_like(b, 4)
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
