//! Bodies the tagger reads that are places written one after the other
//! (`黑龙江省|哈尔滨市` before `道里区`): an address, not a body's name.

use std::ops::Range;

/// The places the rules found by their endings or in the gazetteer, ordered by where
/// they start, to tell the bodies made of them.
pub(crate) struct PlaceRuns(Vec<(usize, usize)>);

impl PlaceRuns {
    /// The places `places`, sorted once.
    pub(crate) fn new(places: &[Range<usize>]) -> Self {
        let mut spans: Vec<(usize, usize)> = places.iter().map(|p| (p.start, p.end)).collect();
        spans.sort_unstable();
        PlaceRuns(spans)
    }

    /// The end of the longest place that starts at `at` and ends by `end`.
    fn longest_from(&self, at: usize, end: usize) -> Option<usize> {
        let first = self.0.partition_point(|&(s, _)| s < at);
        (self.0.get(first..).unwrap_or_default().iter())
            .take_while(|&&(s, _)| s == at)
            .map(|&(_, e)| e)
            .filter(|&e| e <= end)
            .max()
    }

    /// True when `body` is two or more places laid end to end, each as long as it can
    /// be, and nothing else (`黑龙江省|哈尔滨市`; not `南京市|人民政府`).
    pub(crate) fn covers_body(&self, body: &Range<usize>) -> bool {
        let (mut at, mut count) = (body.start, 0);
        while at < body.end {
            match self.longest_from(at, body.end) {
                Some(end) if end > at => {
                    at = end;
                    count += 1;
                }
                _ => return false,
            }
        }
        count >= 2
    }
}

#[cfg(test)]
mod tests {
    use super::PlaceRuns;

    #[test]
    fn places_end_to_end_and_nothing_else() {
        let places = PlaceRuns::new(&[0..4, 4..8, 8..11, 4..6]);
        assert!(places.covers_body(&(0..8)));
        assert!(places.covers_body(&(0..11)));
        // must-not: one place alone, a gap, a body word after the places
        assert!(!places.covers_body(&(0..4)));
        assert!(!places.covers_body(&(0..9)));
        assert!(!places.covers_body(&(4..12)));
    }
}
