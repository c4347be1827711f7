//! Giving a page up to html5ever.

/// Why a page is left to html5ever (kept for tests and measurements).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fallback(pub(crate) &'static str);

/// What reading gives, or why the page is left to html5ever.
pub(super) type Read<T> = Result<T, Fallback>;

/// `html[from..to]`, or a fallback where that is no slice of it.
pub(super) fn slice(html: &str, from: usize, to: usize) -> Read<&str> {
    html.get(from..to)
        .ok_or(Fallback("a slice between characters"))
}
