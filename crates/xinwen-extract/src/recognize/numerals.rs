//! Numbers written in Chinese numerals, by the digits, units and myriads of the lexicon.

use xinwen_chinese::{Lexicon, WordList};

fn digit_value(list: &WordList, c: char) -> Option<f64> {
    let mut buf = [0u8; 4];
    list.value(c.encode_utf8(&mut buf))
        .and_then(|v| v.parse::<f64>().ok())
}

/// The value of a number written in Chinese numerals (`三十六` → 36, `两千零五` →
/// 2005), by the digits, units and myriads of the lexicon.
pub fn chinese_number(words: &Lexicon, text: &str) -> Option<f64> {
    let value = digit_value;
    let mut total = 0.0;
    let mut section = 0.0;
    let mut digit: Option<f64> = None;
    for c in text.chars() {
        if let Some(d) = value(&words.digits, c) {
            digit = Some(d);
        } else if let Some(unit) = value(&words.numeral_units, c) {
            section += digit.unwrap_or(1.0) * unit;
            digit = None;
        } else if let Some(myriad) = value(&words.myriads, c) {
            total += (section + digit.unwrap_or(0.0)) * myriad;
            section = 0.0;
            digit = None;
        } else {
            return None;
        }
    }
    Some(total + section + digit.unwrap_or(0.0))
}

/// A year written digit by digit (`二〇二一` → 2021).
pub fn digit_by_digit(words: &Lexicon, text: &str) -> Option<i64> {
    text.chars().try_fold(0i64, |year, c| {
        let d = digit_value(&words.digits, c)?;
        Some(year * 10 + d as i64)
    })
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;

    use super::{chinese_number, digit_by_digit};

    #[test]
    fn reads_numbers_and_years() {
        let words = Resources::global().lexicon().unwrap();
        assert_eq!(chinese_number(words, "两千零五"), Some(2005.0));
        assert_eq!(chinese_number(words, "三万五千"), Some(35000.0));
        assert_eq!(chinese_number(words, "三十"), Some(30.0));
        assert_eq!(chinese_number(words, "十二"), Some(12.0));
        assert_eq!(digit_by_digit(words, "二〇二一"), Some(2021));
        assert_eq!(digit_by_digit(words, "二零零五"), Some(2005));
        assert_eq!(digit_by_digit(words, "二〇二x"), None);
    }
}
