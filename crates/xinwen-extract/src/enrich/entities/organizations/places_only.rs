//! Bodies the tagger reads that are places written one after the other
//! (`黑龙江省|哈尔滨市` before `道里区`): an address, not a body's name.

use std::ops::Range;

/// True when `body` is two or more of `places` (the places the rules found by their
/// endings or in the gazetteer) laid end to end, each as long as it can be, and
/// nothing else (`黑龙江省|哈尔滨市`; not `南京市|人民政府`).
pub(crate) fn is_places_only(body: &Range<usize>, places: &[Range<usize>]) -> bool {
    let mut at = body.start;
    let mut count = 0;
    while at < body.end {
        let next = (places.iter())
            .filter(|p| p.start == at && p.end <= body.end)
            .map(|p| p.end)
            .max();
        match next {
            Some(end) if end > at => {
                at = end;
                count += 1;
            }
            _ => return false,
        }
    }
    count >= 2
}

#[cfg(test)]
mod tests {
    use super::is_places_only;

    #[test]
    fn places_end_to_end_and_nothing_else() {
        let places = [0..4, 4..8, 8..11, 4..6];
        assert!(is_places_only(&(0..8), &places));
        assert!(is_places_only(&(0..11), &places));
        // must-not: one place alone, a gap, a body word after the places
        assert!(!is_places_only(&(0..4), &places));
        assert!(!is_places_only(&(0..9), &places));
        assert!(!is_places_only(&(4..12), &places));
    }
}
