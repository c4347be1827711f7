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
        let mut edits = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if is_comma(c) && chars.peek().is_some_and(|&(_, next)| follows_comma(next)) {
                edits.push(Edit::delete(i..i + c.len_utf8()));
            }
        }
        buf.apply(edits)
    }
}

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
    test_normalizer!(legitimate_text_untouched, DoubledPunctuation,
        "1,000人,共3,500元。“好,”他說" => "1,000人,共3,500元。“好,”他說", "1,000人,共3,500元。“好,”他說");
}
