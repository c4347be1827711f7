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
        let bytes = text.as_bytes();
        let len = text.len();
        let mut edits = Vec::new();
        // a run of blanks ending at `end`: deleted at the ends of the text or when only
        // zero-width, else made one plain space (a single plain space stays)
        let mut close = |start: usize, single: bool, end: usize| {
            let only_zero_width = text
                .get(start..end)
                .is_some_and(|s| s.chars().all(is_zero_width));
            if start == 0 || end == len || only_zero_width {
                edits.push(Edit::delete(start..end));
            } else if !single {
                edits.push(Edit::replace(start..end, " "));
            }
        };
        let mut run: Option<(usize, bool)> = None; // (start byte, is a single plain space)
        let mut i = 0;
        while i < len {
            if run.is_none() {
                // outside a run only a byte that can start a blank matters
                match next_may_be_blank(bytes, i) {
                    Some(at) => i = at,
                    None => break,
                }
            }
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            match (run, is_blank(c)) {
                (None, true) => run = Some((i, c == ' ')),
                (Some((start, _)), true) => run = Some((start, false)),
                (Some((start, single)), false) => {
                    close(start, single, i);
                    run = None;
                }
                (None, false) => {}
            }
            i += c.len_utf8();
        }
        if let Some((start, single)) = run {
            close(start, single, len);
        }
        buf.apply(edits)
    }
}

/// The first character from byte `i` (a character boundary) on whose first byte
/// [may start a blank](may_start_blank), stepping over the others by their length.
fn next_may_be_blank(bytes: &[u8], mut i: usize) -> Option<usize> {
    while let Some(&b) = bytes.get(i) {
        if may_start_blank(b) {
            return Some(i);
        }
        i += match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xFF => 4,
            _ => 1,
        };
    }
    None
}

/// Whether a character whose UTF-8 form starts with `byte` can be blank: ASCII
/// whitespace and the lead bytes of U+0080–U+00BF, U+1000–U+3FFF and U+F000–U+FFFF
/// (the CJK ideographs and most punctuation of Chinese text start otherwise).
fn may_start_blank(byte: u8) -> bool {
    matches!(
        byte,
        b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF
    )
}

#[cfg(test)]
mod tests {
    use super::{Whitespace, is_blank, is_space, is_zero_width, may_start_blank};
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

    #[test]
    fn every_blank_starts_with_a_byte_that_may_start_one() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_blank(c))
        {
            let mut utf8 = [0; 4];
            assert!(
                may_start_blank(c.encode_utf8(&mut utf8).as_bytes()[0]),
                "{c:?}"
            );
        }
    }

    test_normalizer!(blanks_at_both_ends_and_between, Whitespace,
        "\u{200b} 習近平\u{3000}\u{3000}主持 \u{feff}會議\u{a0}" => "習近平 主持 會議", "習近平 主持 會議");
    test_normalizer!(only_zero_width_inside_goes, Whitespace,
        "疫情\u{200b}\u{200d}防控 工作" => "疫情防控 工作", "疫情防控 工作");

    test_normalizer!(single_spaces_stay, Whitespace,
        "細化防控措施 責任落實到位" => "細化防控措施 責任落實到位", "細化防控措施 責任落實到位");
}
