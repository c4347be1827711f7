//! Places known by their full names (`places/full_names`), which the tagger, the
//! gazetteer and the segmenter cut or miss.

use xinwen_core::PlaceLevel;

use super::{PlaceSpan, inside_org_body};
use crate::enrich::analysis::Analysis;

/// The entries of `places/full_names` written in the text, each starting a word of the
/// segmenter (`粤港澳大湾区|内`: the end may fall inside one, as `区内` is cut) and not
/// inside an organization's name past its head, longest first, left to right.
pub(crate) fn full_name_places(text: &Analysis, inside_org: &[bool]) -> Vec<PlaceSpan> {
    let names = &text.lexicon.candidates.place_full_names;
    let chars = &text.simplified;
    let mut found = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        match names.prefix_at(chars, at) {
            Some(len) if text.is_word_start(at) && !inside_org_body(inside_org, at) => {
                found.push(PlaceSpan {
                    range: at..at + len,
                    level: PlaceLevel::Other,
                });
                at += len;
            }
            _ => at += 1,
        }
    }
    found
}
