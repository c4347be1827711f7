//! Unicode spaces, zero-width characters and indentation.

use super::step::{Context, Normalizer};
use super::text_buf::{Edit, TextBuf};

/// Turns every kind of space (NBSP, ideographic space U+3000, tabs, thin spaces) into a
/// plain space, collapses runs of spaces, trims the ends, and deletes zero-width
/// characters (ZWSP, ZWJ, BOM, soft hyphen).
pub struct Whitespace;

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{3000}' | '\u{FFA0}' | '\u{3164}')
}

/// `is_space(c) || is_zero_width(c)`, answered at once for the CJK range (U+3001 to
/// U+FEFE holds no space and no zero-width character but the Hangul filler U+3164).
fn is_blank(c: char) -> bool {
    if ('\u{3001}'..='\u{FEFE}').contains(&c) {
        c == '\u{3164}'
    } else {
        is_space(c) || is_zero_width(c)
    }
}

fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}'
    )
}

impl Normalizer for Whitespace {
    fn name(&self) -> &'static str {
        "whitespace"
    }

    fn normalize(&self, buf: &mut TextBuf, _context: &Context<'_>) -> usize {
        let text = buf.text();
        let mut edits = Vec::new();
        let mut run: Option<(usize, bool)> = None; // (start byte, is a single plain space)
        let len = text.len();
        for (i, c) in text.char_indices().chain(std::iter::once((len, 'x'))) {
            let blank = i < len && is_blank(c);
            match (run, blank) {
                (None, true) => run = Some((i, c == ' ')),
                (Some((start, _)), true) => run = Some((start, false)),
                (Some((start, single)), false) => {
                    let at_edge = start == 0 || i == len;
                    let only_zero_width = text[start..i].chars().all(is_zero_width);
                    if at_edge || only_zero_width {
                        edits.push(Edit::delete(start..i));
                    } else if !single {
                        edits.push(Edit::replace(start..i, " "));
                    }
                    run = None;
                }
                (None, false) => {}
            }
        }
        buf.apply(edits)
    }
}

#[cfg(test)]
mod tests {
    use super::{Whitespace, is_blank, is_space, is_zero_width};
    use crate::normalize::testing::test_normalizer;

    test_normalizer!(indentation, Whitespace,
        "       1月28日,區委書記" => "1月28日,區委書記", "1月28日,區委書記");
    test_normalizer!(ideographic_and_nbsp, Whitespace,
        "在市疫控中心調研\u{3000}\u{a0}李軍廣 攝 " => "在市疫控中心調研 李軍廣 攝", "在市疫控中心調研 李軍廣 攝");
    test_normalizer!(zero_width, Whitespace,
        "疫\u{200b}情\u{feff}防控" => "疫情防控", "疫情防控");
    #[test]
    fn blank_as_its_two_tests() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_blank(c), is_space(c) || is_zero_width(c), "{c:?}");
        }
    }

    test_normalizer!(single_spaces_stay, Whitespace,
        "細化防控措施 責任落實到位" => "細化防控措施 責任落實到位", "細化防控措施 責任落實到位");
}
