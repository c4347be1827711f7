//! Addresses: a road written with a house number is one place (`赤峰路373弄`,
//! `建国路88号`), not the road alone.

use super::PlaceSpan;
use crate::enrich::analysis::Analysis;

/// Widens each place that names a road over the house number written right after it.
pub(crate) fn with_house_numbers(text: &Analysis, places: &mut [PlaceSpan]) {
    let words = &text.lexicon.addresses;
    for p in places.iter_mut() {
        if words
            .road_endings
            .suffix_of(&text.simple(p.range.clone()))
            .is_none()
        {
            continue;
        }
        let digits = (text
            .simplified
            .get(p.range.end..)
            .unwrap_or_default()
            .iter())
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(*c))
        .count();
        if digits == 0 || digits > 6 {
            continue;
        }
        let after = p.range.end + digits;
        if let Some(n) = words.house_number_units.prefix_at(&text.simplified, after) {
            p.range.end = after + n;
        }
    }
}
