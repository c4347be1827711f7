//! Character normalization and classes for features.

use xinwen_chinese::Lexicon;

/// Padding characters before and after a sentence (and a word's ends when it has none).
pub(crate) const BOS: char = '\u{2}';
/// See [`BOS`].
pub(crate) const EOS: char = '\u{3}';

/// Folds full-width ASCII (`１２Ａ`) to half-width and the ideographic space to a space;
/// every other character is kept. One character in, one character out.
pub fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// The class of a character, as a one-letter code for features.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharClass {
    /// A Han character that is not a numeral.
    Han,
    /// A Chinese numeral (`一`, `十`, `百`, `〇`, `两`).
    HanNumeral,
    /// An ASCII digit.
    Digit,
    /// An ASCII letter.
    Latin,
    /// Punctuation or a symbol.
    Punct,
    /// Whitespace.
    Space,
    /// Anything else (other scripts, emoji).
    Other,
}

impl CharClass {
    /// The class of the (width-folded) character `c`; Chinese numerals are the digits,
    /// units and multipliers of the lexicon's `numbers/` lists.
    pub fn of(c: char, words: &Lexicon) -> CharClass {
        let numeral = [
            &words.digits,
            &words.numeral_units,
            &words.myriads,
            &words.multipliers,
        ]
        .iter()
        .any(|list| list.contains_char(c));
        if numeral {
            CharClass::HanNumeral
        } else if ('\u{3400}'..='\u{9FFF}').contains(&c) || ('\u{F900}'..='\u{FAFF}').contains(&c) {
            CharClass::Han
        } else if c.is_ascii_digit() {
            CharClass::Digit
        } else if c.is_ascii_alphabetic() {
            CharClass::Latin
        } else if c.is_whitespace() {
            CharClass::Space
        } else if c.is_ascii_punctuation() || is_cjk_punct(c) {
            CharClass::Punct
        } else if c.is_alphanumeric() {
            CharClass::Other
        } else {
            CharClass::Punct
        }
    }

    /// A one-character code of the class.
    pub fn code(self) -> char {
        match self {
            CharClass::Han => 'H',
            CharClass::HanNumeral => 'N',
            CharClass::Digit => 'D',
            CharClass::Latin => 'L',
            CharClass::Punct => 'P',
            CharClass::Space => 'S',
            CharClass::Other => 'X',
        }
    }
}

fn is_cjk_punct(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}' | '\u{2000}'..='\u{206F}' | '·')
}

/// The character as n-gram features see it: digits become `0`, Latin letters `a`, so
/// `１９９８年` and `2024年` share features.
pub fn shape(c: char) -> char {
    if c.is_ascii_digit() {
        '0'
    } else if c.is_ascii_alphabetic() {
        'a'
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_classifies() {
        let folded: String = "１２月ＡＢ　".chars().map(fold_width).collect();
        assert_eq!(folded, "12月AB ");
        let words = xinwen_chinese::Resources::global().lexicon().unwrap();
        assert_eq!(CharClass::of('北', words), CharClass::Han);
        assert_eq!(CharClass::of('十', words), CharClass::HanNumeral);
        assert_eq!(CharClass::of('〇', words), CharClass::HanNumeral);
        assert_eq!(CharClass::of('7', words), CharClass::Digit);
        assert_eq!(CharClass::of('，', words), CharClass::Punct);
        assert_eq!(shape('7'), '0');
    }
}
