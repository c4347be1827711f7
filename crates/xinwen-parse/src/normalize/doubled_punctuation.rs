//! Doubled punctuation left by crawlers that fold full-width marks to ASCII.

use super::step::{Context, Normalizer};
use super::text_buf::{Edit, TextBuf};

/// Some crawlers emit a comma before the mark that really stands in the text
/// (`1月25日,,琿春市`, `收治,、醫護`, `情況,。`). A comma directly followed by another
/// comma, an enumeration comma, a full stop or a semicolon is such an artifact: the
/// comma goes, the second mark stays. Nothing else is touched.
pub struct DoubledPunctuation;

fn is_comma(c: char) -> bool {
    matches!(c, ',' | '，')
}

fn follows_comma(c: char) -> bool {
    matches!(c, ',' | '，' | '、' | '。' | ';' | '；')
}

impl Normalizer for DoubledPunctuation {
    fn name(&self) -> &'static str {
        "doubled_punctuation"
    }

    fn normalize(&self, buf: &mut TextBuf, _context: &Context<'_>) -> usize {
        let text = buf.text();
        let bytes = text.as_bytes();
        let mut edits = Vec::new();
        // the commas are found by their last byte: `,` itself, or the last byte of `，`
        // (which also ends other characters, so the character there is decoded)
        for last in memchr::memchr2_iter(b',', WIDE_COMMA_LAST, bytes) {
            let start = last.saturating_sub(usize::from(bytes[last] != b',') * 2);
            let after = last + 1;
            let comma = text.get(start..after).and_then(|s| s.chars().next());
            let next = text.get(after..).and_then(|s| s.chars().next());
            if comma.is_some_and(is_comma) && next.is_some_and(follows_comma) {
                edits.push(Edit::delete(start..after));
            }
        }
        buf.apply(edits)
    }
}

/// The last byte of `，` in UTF-8.
const WIDE_COMMA_LAST: u8 = 0x8C;

#[cfg(test)]
mod tests {
    use super::DoubledPunctuation;
    use crate::normalize::testing::test_normalizer;

    test_normalizer!(double_comma, DoubledPunctuation,
        "1月25日,,琿春市" => "1月25日,琿春市", "1月25日,琿春市");
    test_normalizer!(comma_before_enumeration, DoubledPunctuation,
        "發熱病人收治,、醫護人員" => "發熱病人收治、醫護人員", "發熱病人收治、醫護人員");
    test_normalizer!(comma_before_stop, DoubledPunctuation,
        "開展情況,。" => "開展情況。", "開展情況。");
    test_normalizer!(triple, DoubledPunctuation,
        "部門,,,實地" => "部門,實地", "部門,實地");
    #[test]
    fn the_commas_end_with_the_bytes_searched_for() {
        assert_eq!("，".as_bytes().last(), Some(&super::WIDE_COMMA_LAST));
        assert_eq!("，".len(), 3);
    }

    test_normalizer!(wide_commas_and_lookalike_bytes, DoubledPunctuation,
        "會議，，強調，、措施，。世界,；" => "會議，強調、措施。世界；", "會議，強調、措施。世界；");
    test_normalizer!(comma_at_the_end_stays, DoubledPunctuation,
        "部署，" => "部署，", "部署，");
    test_normalizer!(legitimate_text_untouched, DoubledPunctuation,
        "1,000人,共3,500元。“好,”他說" => "1,000人,共3,500元。“好,”他說", "1,000人,共3,500元。“好,”他說");
}
