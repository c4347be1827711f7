//! The article body: body blocks in order, repeats dropped, flags carried over.

use std::collections::HashSet;
use std::ops::Range;

use xinwen_core::{Article, Flag, Removed, RemovedKind};

use crate::dedup::dedup_key;
use crate::recognize::PageFacts;
use crate::recognize::outlets::column;
use crate::roles::Role;

/// What the body keeps besides the record's fields: the text in simplified script
/// (the same characters as `Article::text`) and the ranges of it that credit people
/// (`(記者 付楊)`), from the credits the recognizers found in the body blocks.
#[derive(Debug, Clone, Default)]
pub(crate) struct BodyText {
    pub(crate) simple: String,
    pub(crate) credits: Vec<Range<usize>>,
}

/// Fills `paragraphs`, `text`, `column`, `flags` and `removed`.
pub(crate) fn fill(article: &mut Article, facts: &PageFacts<'_>, roles: &[Role]) -> BodyText {
    let mut seen: HashSet<u64> = HashSet::new();
    let mut body = BodyText::default();
    let mut offset = 0;
    let mut text = String::new();
    for (i, (block, role)) in facts.page.blocks.iter().zip(roles).enumerate() {
        let removed = |kind: RemovedKind| Removed {
            kind,
            text: block.text.clone(),
        };
        match role {
            Role::Body => {
                // repeats::mark caught repeated runs; this catches any exact repeat left
                let key = facts.dedup_keys().get(i).copied();
                if !seen.insert(key.unwrap_or_else(|| dedup_key(&block.text))) {
                    article.removed.push(removed(RemovedKind::Duplicate));
                    continue;
                }
                if !text.is_empty() {
                    text.push('\n');
                    body.simple.push('\n');
                    offset += 1;
                }
                let (mut paragraph, mut simple) = (block.text.as_str(), block.simple());
                let mut skipped = 0;
                if article.paragraphs.is_empty() {
                    // a column label heads the first paragraph: `【头条】1月20日,…`
                    if let Some((whole, label)) = column(simple, facts.words) {
                        article.column = Some(block.original_of(label).to_string());
                        let rest = simple[whole.end..].trim_start();
                        skipped = simple.chars().count() - rest.chars().count();
                        let start = simple.len() - rest.len();
                        paragraph = block.original_of(start..simple.len());
                        simple = rest;
                    }
                }
                let chars: Vec<char> = match block.flags.is_empty() {
                    true => Vec::new(),
                    false => block.text.chars().collect(),
                };
                for flag in block.flags.iter().filter(|f| f.range.start >= skipped) {
                    let span: String = chars
                        .get(flag.range.clone())
                        .unwrap_or_default()
                        .iter()
                        .collect();
                    article.flags.push(Flag {
                        kind: flag.kind,
                        start: offset + flag.range.start - skipped,
                        end: offset + flag.range.end - skipped,
                        text: span,
                    });
                }
                let covered = facts.credits(i).covered.iter();
                body.credits.extend(
                    covered
                        .filter(|r| r.start >= skipped)
                        .map(|r| offset + r.start - skipped..offset + r.end - skipped),
                );
                offset += paragraph.chars().count();
                text.push_str(paragraph);
                body.simple.push_str(simple);
                article.paragraphs.push(paragraph.to_string());
            }
            Role::Removed(kind) => article.removed.push(removed(*kind)),
            Role::Outside => article.removed.push(removed(RemovedKind::Boilerplate)),
            Role::DateLine | Role::Tags | Role::Credit => {
                article.removed.push(removed(RemovedKind::Metadata))
            }
            Role::Title | Role::Subtitle | Role::Summary | Role::Caption => {}
        }
    }
    article.text = text;
    body
}
