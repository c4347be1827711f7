//! Roles a block shows by its own text.

use xinwen_core::RemovedKind;
use xinwen_parse::{Block, BlockKind};

use super::role::Role;
use crate::recognize::PageFacts;
use crate::recognize::furniture::{furniture_kind, is_document_record};
use crate::recognize::outlets::source_label;

/// Class and id words of the elements that hold picture captions.
const CAPTION_CLASSES: &[&str] = &[
    "caption",
    "pic_title",
    "pictitle",
    "pic-title",
    "img_title",
    "img-title",
    "imgtitle",
    "pic_info",
    "pic-info",
    "picinfo",
    "img-desc",
    "img_desc",
    "photo-desc",
    "tuzhu",
    "picdesc",
];

/// Class and id words of the elements that hold an article's tags.
const TAG_CLASSES: &[&str] = &[
    "tags",
    "tag-list",
    "taglist",
    "keywords",
    "biaoqian",
    "article-tag",
];

/// True when the element of `block` or its parent has a class or id among `words`.
fn classed(block: &Block, words: &[&str]) -> bool {
    (block.tag_path.rsplit('>').take(2))
        .flat_map(|element| element.split(['.', '#']).skip(1)) // past the tag name
        .any(|name| words.iter().any(|w| name.eq_ignore_ascii_case(w)))
}

/// The role block `i` of the page shows by its own text, if any.
pub fn role_of(facts: &PageFacts<'_>, i: usize) -> Option<Role> {
    let block = facts.block(i)?;
    let words = facts.words;
    let simple = block.simple();
    let len = block.char_len();
    // a line that only credits people, or a short one that credits someone, is a credit
    // line whatever its words (`文丨政能亮特约评论员 韩涵` is no comment widget)
    if len <= 70 && facts.caption(i).is_some() {
        return Some(Role::Caption);
    }
    let short_credit = || {
        len <= 30
            && !block.text.contains(['。', '？', '！', '?', '!'])
            && facts.credits(i).cover_all_of(&block.text, 5)
    };
    // (a dated line is the date line, credits and all: `2020-2-1 12:00| 發布者: admin`)
    let dated = || facts.full_date(i).is_some();
    if (facts.is_credit_line(i) || short_credit()) && !dated() {
        return Some(Role::Credit);
    }
    // a short line that opens with a source label is metadata, in the head or below
    // the body (`本文来源：上海证券报 责任编辑：NF041`)
    let source_line = || {
        len <= 60
            && !block.text.contains(['。', '？', '！'])
            && source_label(simple, words).is_some_and(|(label, _)| {
                simple[..label.start]
                    .trim_matches(['(', '（', '[', '【', ' '])
                    .is_empty()
            })
    };
    if source_line() && !dated() {
        return Some(Role::Removed(RemovedKind::Metadata));
    }
    if let Some(kind) = furniture_kind(simple, len, words) {
        return Some(Role::Removed(kind));
    }
    if len <= 150 && is_document_record(simple, words) {
        return Some(Role::Removed(RemovedKind::Metadata));
    }
    if (block.kind == BlockKind::Caption || classed(block, CAPTION_CLASSES)) && len <= 200 {
        return Some(Role::Caption);
    }
    if words
        .summary_labels
        .starts(simple.trim_start_matches(['[', '【', '［']))
        && len > 10
    {
        return Some(Role::Summary);
    }
    if words.tag_labels.starts(simple) && len <= 80 {
        return Some(Role::Tags);
    }
    // `<div class="tags"><a>营商环境</a><a>上海</a></div>`
    if classed(block, TAG_CLASSES) && len <= 80 && block.link_density() > 0.5 {
        return Some(Role::Tags);
    }
    // (a date line may be a link to the day's archive: it stays a date line)
    if block.link_density() > 0.6 && len <= 40 && !dated() {
        return Some(Role::Removed(RemovedKind::Navigation));
    }
    None
}
