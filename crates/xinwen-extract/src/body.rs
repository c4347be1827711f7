//! The article body: body blocks in order, repeats dropped, flags carried over.

use std::collections::HashSet;
use std::ops::Range;

use xinwen_core::{Article, Flag, Removed, RemovedKind};

use crate::fields::outlet;
use crate::recognize::PageFacts;
use crate::roles::Role;

/// The text two blocks are compared by: whitespace removed.
pub(crate) fn dedup_key(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Fills `paragraphs`, `text`, `flags` and `removed`; returns the character ranges of
/// the text that credit people (`(記者 付楊)`), from the credits the recognizers found
/// in the body blocks.
pub(crate) fn fill(
    article: &mut Article,
    facts: &PageFacts<'_>,
    roles: &[Role],
) -> Vec<Range<usize>> {
    let page = facts.page;
    let mut credits = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut offset = 0;
    let mut text = String::new();
    for (i, (block, role)) in page.blocks.iter().zip(roles).enumerate() {
        match role {
            Role::Body => {
                // repeats::mark caught repeated runs; this catches any exact repeat left
                if !seen.insert(dedup_key(&block.text)) {
                    article.removed.push(Removed {
                        kind: RemovedKind::Duplicate,
                        text: block.text.clone(),
                    });
                    continue;
                }
                if !text.is_empty() {
                    text.push('\n');
                    offset += 1;
                }
                let mut paragraph = block.text.clone();
                let mut skipped = 0;
                if article.paragraphs.is_empty() {
                    // a column label heads the first paragraph: `【头条】1月20日,…`
                    if let Some((label, rest)) = outlet::column(&paragraph) {
                        skipped = paragraph.chars().count() - rest.chars().count();
                        article.column = Some(label);
                        paragraph = rest;
                    }
                }
                let chars: Vec<char> = block.text.chars().collect();
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
                credits.extend(
                    covered
                        .filter(|r| r.start >= skipped)
                        .map(|r| offset + r.start - skipped..offset + r.end - skipped),
                );
                offset += paragraph.chars().count();
                text.push_str(&paragraph);
                article.paragraphs.push(paragraph);
            }
            Role::Removed(kind) => article.removed.push(Removed {
                kind: *kind,
                text: block.text.clone(),
            }),
            Role::Outside => article.removed.push(Removed {
                kind: RemovedKind::Boilerplate,
                text: block.text.clone(),
            }),
            Role::DateLine | Role::Tags | Role::Credit => article.removed.push(Removed {
                kind: RemovedKind::Metadata,
                text: block.text.clone(),
            }),
            Role::Title | Role::Subtitle | Role::Summary | Role::Caption => {}
        }
    }
    article.text = text;
    credits
}
