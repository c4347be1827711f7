//! The body region: the blocks the body spans.

use std::ops::RangeInclusive;

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
