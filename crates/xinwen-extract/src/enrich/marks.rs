//! Which characters of a text the spans found so far cover, so that a stage asks
//! "does this span overlap one found?" in the length of the span, not the number of
//! spans found (which grows with the text).

use std::ops::Range;

/// For each character of a text, whether a span covers it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Covered(Vec<bool>);

impl Covered {
    /// Nothing covered, in a text of `n` characters.
    pub(crate) fn new(n: usize) -> Self {
        Covered(vec![false; n])
    }

    /// The characters of `spans` covered, in a text of `n` characters.
    pub(crate) fn of<'a>(n: usize, spans: impl IntoIterator<Item = &'a Range<usize>>) -> Self {
        let mut covered = Covered::new(n);
        for span in spans {
            covered.mark(span);
        }
        covered
    }

    /// Covers the characters of `span`.
    pub(crate) fn mark(&mut self, span: &Range<usize>) {
        let end = span.end.min(self.0.len());
        if let Some(chars) = self.0.get_mut(span.start.min(end)..end) {
            chars.iter_mut().for_each(|c| *c = true);
        }
    }

    /// True when a character of `span` is covered.
    pub(crate) fn overlaps(&self, span: &Range<usize>) -> bool {
        let end = span.end.min(self.0.len());
        (self.0.get(span.start.min(end)..end)).is_some_and(|c| c.contains(&true))
    }

    /// The marks as a slice, one a character.
    pub(crate) fn as_slice(&self) -> &[bool] {
        &self.0
    }
}

/// For each character, the span (of a list of spans that do not overlap) it lies in.
#[derive(Debug, Clone, Default)]
pub(crate) struct SpanOf(Vec<u32>);

const NONE: u32 = u32::MAX;

impl SpanOf {
    /// The spans of `spans` by character, in a text of `n` characters (a later span
    /// takes the characters it shares with an earlier one).
    pub(crate) fn of<'a>(n: usize, spans: impl IntoIterator<Item = &'a Range<usize>>) -> Self {
        let mut of = vec![NONE; n];
        for (id, span) in spans.into_iter().enumerate() {
            let end = span.end.min(n);
            for c in of.get_mut(span.start.min(end)..end).into_iter().flatten() {
                *c = id as u32;
            }
        }
        SpanOf(of)
    }

    /// True when one span holds every character of `range`.
    pub(crate) fn within_one(&self, range: &Range<usize>) -> bool {
        match self.0.get(range.clone()) {
            Some([first, rest @ ..]) => *first != NONE && rest.iter().all(|id| id == first),
            _ => false,
        }
    }
}

/// Spans sorted by start (then longest first), to ask which lie inside a range in the
/// time of a binary search and the spans found.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sorted(Vec<Range<usize>>);

impl Sorted {
    /// `spans`, sorted.
    pub(crate) fn new(mut spans: Vec<Range<usize>>) -> Self {
        spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
        Sorted(spans)
    }

    /// The spans that lie wholly inside `range`, in order.
    pub(crate) fn within(&self, range: Range<usize>) -> impl Iterator<Item = &Range<usize>> {
        let first = self.0.partition_point(|s| s.start < range.start);
        (self.0.get(first..).unwrap_or_default().iter())
            .take_while(move |s| s.start < range.end)
            .filter(move |s| s.end <= range.end)
    }

    /// The first span starting at `at`.
    pub(crate) fn starting_at(&self, at: usize) -> Option<&Range<usize>> {
        let first = self.0.partition_point(|s| s.start < at);
        self.0.get(first).filter(|s| s.start == at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlaps_and_containment() {
        let mut covered = Covered::of(10, std::iter::once(&(2..4)));
        assert!(covered.overlaps(&(3..6)) && !covered.overlaps(&(4..6)));
        covered.mark(&(8..12));
        assert!(
            covered.as_slice()[9] && covered.overlaps(&(9..20)) && !covered.overlaps(&(20..22))
        );
        let spans = SpanOf::of(10, &[1..4, 4..6]);
        assert!(spans.within_one(&(1..3)) && spans.within_one(&(4..6)));
        assert!(
            !spans.within_one(&(3..5)) && !spans.within_one(&(6..7)) && !spans.within_one(&(2..2))
        );
    }
}
