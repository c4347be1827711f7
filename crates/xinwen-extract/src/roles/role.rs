//! The roles a block of a page may have.

use xinwen_core::RemovedKind;

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
    /// A line that only credits people (`责任编辑：孔德明`, `記者林悅／南市報導`).
    Credit,
    /// The page's tag line (标签).
    Tags,
    /// Dropped from the article, for the given reason.
    Removed(RemovedKind),
    /// Outside the article and of no known kind.
    Outside,
}
