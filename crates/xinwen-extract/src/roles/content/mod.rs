//! Where the article body is on the page.
//!
//! HTML pages are scored by container (`html`): the element whose blocks carry the
//! most prose. Text pages, and HTML pages without a clear container, are cut by weight
//! (`text`): the run of blocks whose prose outweighs the furniture around it.

mod html;
mod text;

use std::ops::RangeInclusive;

use xinwen_parse::{Block, Page};

use super::Role;

/// Marks that show a block reads as prose.
const PROSE_MARKS: &[char] = &['。', '！', '？', '；', '，', '、', '!', '?', ';', ','];

/// How much of a block is text outside links.
pub(crate) fn text_chars(block: &Block) -> usize {
    block.char_len().saturating_sub(block.link_chars)
}

/// Punctuation marks of prose in a block.
pub(crate) fn prose_marks(block: &Block) -> usize {
    block
        .text
        .chars()
        .filter(|c| PROSE_MARKS.contains(c))
        .count()
}

/// True when a block reads like a paragraph of prose: long, or with a full stop or a
/// semicolon, or ending a sentence (a headline may hold a `!` but rarely ends on one).
pub fn is_prose(block: &Block) -> bool {
    let len = block.char_len();
    let text = block.text.trim_end_matches(['”', '」', '’', ')', '）']);
    let sentences = text.contains(['。', '；', ';']) || text.ends_with(['！', '？', '!', '?', '…']);
    block.link_density() < 0.5 && (len >= 40 || (len >= 12 && sentences))
}

/// The blocks that make the body: the indices of `page.blocks` it spans (blocks inside
/// the range that other roles claim stay theirs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyRegion {
    /// First and last block of the body.
    pub span: RangeInclusive<usize>,
    /// For HTML pages, the blocks inside the chosen containers; `None` means every
    /// block of `span`.
    pub members: Option<Vec<bool>>,
    /// The container chosen on an HTML page (an index into `Page::elements`).
    pub container: Option<usize>,
}

impl BodyRegion {
    /// True when block `i` belongs to the body region.
    pub fn contains(&self, i: usize) -> bool {
        self.span.contains(&i)
            && self
                .members
                .as_ref()
                .is_none_or(|m| m.get(i).copied().unwrap_or(false))
    }
}

/// Finds the body region, given the roles patterns already gave.
pub fn body_region(page: &Page, roles: &[Option<Role>]) -> Option<BodyRegion> {
    html::by_container(page, roles).or_else(|| text::by_weight(page, roles))
}
