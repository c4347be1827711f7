//! Block roles: what each block of a page is.
//!
//! Roles are decided in two passes: [`patterns`] recognizes blocks by their own text
//! (navigation, copyright notes, captions, …), then [`layout`] finds the title, the
//! date line and the body region from the positions and lengths of the blocks, and
//! [`repeats`] marks second copies of repeated blocks.

pub mod layout;
pub mod patterns;
pub mod repeats;

use xinwen_core::RemovedKind;
use xinwen_parse::Page;

/// What a block of a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// The headline.
    Title,
    /// The sub-headline (副题).
    Subtitle,
    /// A short line carrying the publication date (and often source, author).
    DateLine,
    /// The page's own summary (摘要).
    Summary,
    /// A paragraph of the article.
    Body,
    /// An image caption, usually with a photographer's credit.
    Caption,
    /// The page's tag line (标签).
    Tags,
    /// Dropped from the article, for the given reason.
    Removed(RemovedKind),
    /// Outside the article and of no known kind.
    Outside,
}

/// The role of every block of `page`, in block order.
pub fn classify(page: &Page) -> Vec<Role> {
    let mut roles: Vec<Option<Role>> = page.blocks.iter().map(patterns::role_of).collect();
    layout::assign(page, &mut roles);
    let mut roles: Vec<Role> = roles
        .into_iter()
        .map(|r| r.unwrap_or(Role::Outside))
        .collect();
    repeats::mark(page, &mut roles);
    roles
}
