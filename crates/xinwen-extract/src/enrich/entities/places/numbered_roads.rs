//! Roads known by their numbers (`104国道`, `G318国道`, `S311线`, `国道318线`), which the
//! tagger and the segmenter leave out: the number is no word of a name to them.

use xinwen_core::PlaceLevel;

use super::PlaceSpan;
use crate::enrich::analysis::Analysis;

/// Letters that mark national, provincial, county and township roads before a number.
fn road_letter(c: char) -> bool {
    matches!(c, 'G' | 'S' | 'X' | 'Y')
}

/// Longest road number, in digits.
const DIGITS: usize = 4;

/// The roads known by their numbers, in order: a number of up to four digits, with a
/// road's letter before it or not, before a word of `places/number_road_endings`
/// (`104|国道`, `G318|国道`); with the letter, before a word of
/// `places/lettered_road_endings` too (`S311|线`, `G4|高速`, not `一|线`); after a word
/// of `places/number_road_leads`, up to the word that lead closes with (`国道|318|线`,
/// `国道|G217|线`). The number stands alone: no letter or digit right before it
/// (`BG104国道`, `12345国道` are no such roads).
pub(crate) fn roads_by_number(text: &Analysis) -> Vec<PlaceSpan> {
    let words = &text.lexicon.candidates;
    let chars = &text.simplified;
    let mut found = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let digits = (chars.get(at..).unwrap_or_default().iter())
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits == 0 {
            at += 1;
            continue;
        }
        let end = at + digits;
        let letter =
            (at.checked_sub(1).and_then(|b| chars.get(b))).is_some_and(|&c| road_letter(c));
        let start = if letter { at - 1 } else { at };
        let alone = (start.checked_sub(1).and_then(|b| chars.get(b)))
            .is_none_or(|c| !c.is_ascii_alphanumeric());
        let ending = (words.number_road_endings.prefix_at(chars, end)).or_else(|| {
            letter
                .then(|| words.lettered_road_endings.prefix_at(chars, end))
                .flatten()
        });
        // a lead before the number and the word it closes with after it (`国道|318|线`)
        let lead = (words.number_road_leads.suffix_at(chars, start)).and_then(|len| {
            let word = text.simple_slice(start - len..start);
            let close: Vec<char> = words.number_road_leads.value(word)?.chars().collect();
            let closes = chars.get(end..end + close.len()) == Some(close.as_slice());
            closes.then_some((len, close.len()))
        });
        let road = match (ending, lead) {
            (_, Some((lead, close))) => Some(start - lead..end + close),
            (Some(len), None) => Some(start..end + len),
            (None, None) => None,
        };
        match road.filter(|_| alone && digits <= DIGITS) {
            Some(range) => {
                at = range.end;
                found.push(PlaceSpan {
                    range,
                    level: PlaceLevel::Other,
                });
            }
            None => at = end,
        }
    }
    found
}
