//! The query's terms found in a line by its characters, as the index writes them: the
//! line in simplified script, letters lowercased and half-width, character for
//! character with the line as written (no segmenting).

use std::ops::Range;

use xinwen_chinese::{ScriptConverter, SimplifiedView};

use crate::tokenizer::{half_width, is_han};

/// A line in the form of the index's terms, with the way back to its bytes.
pub(crate) struct Folded {
    chars: Vec<char>,
    /// The byte offset in the line of each character, plus the end.
    starts: Vec<usize>,
}

/// True for a letter or digit outside Chinese: terms of those are whole runs of them.
fn is_latin(c: char) -> bool {
    c.is_alphanumeric() && !is_han(c)
}

impl Folded {
    /// `line` as the index's terms write it; `None` if the script conversion changed its
    /// length (it never should).
    pub(crate) fn new(line: &str, converter: &ScriptConverter) -> Option<Self> {
        let view = SimplifiedView::new(line, converter);
        let chars: Vec<char> = (view.simplified().chars())
            .map(|c| {
                let c = half_width(c);
                let mut lower = c.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(l), None) => l,
                    _ => c,
                }
            })
            .collect();
        let starts: Vec<usize> = (line.char_indices().map(|(i, _)| i))
            .chain(std::iter::once(line.len()))
            .collect();
        (starts.len() == chars.len() + 1).then_some(Folded { chars, starts })
    }

    /// True when `term` stands at character `at`: its characters, and for a term that
    /// starts or ends with a letter or digit, no letter or digit running on beside it.
    pub(crate) fn holds_at(&self, at: usize, term: &[char]) -> bool {
        let end = at + term.len();
        let (Some(first), Some(last)) = (term.first(), term.last()) else {
            return false;
        };
        self.chars.get(at..end) == Some(term)
            && !(is_latin(*first) && at > 0 && self.chars.get(at - 1).is_some_and(|c| is_latin(*c)))
            && !(is_latin(*last) && self.chars.get(end).is_some_and(|c| is_latin(*c)))
    }

    /// The characters where `term` stands, in order.
    pub(crate) fn find<'a>(&'a self, term: &'a [char]) -> impl Iterator<Item = usize> + 'a {
        let first = term.first().copied();
        (self.chars.iter().enumerate())
            .filter(move |(_, c)| Some(**c) == first)
            .map(|(at, _)| at)
            .filter(move |at| self.holds_at(*at, term))
    }

    /// The bytes of the line that characters `chars` cover.
    pub(crate) fn bytes(&self, chars: Range<usize>) -> Range<usize> {
        let at = |i: usize| self.starts.get(i).copied().unwrap_or_default();
        at(chars.start)..at(chars.end)
    }
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;

    use super::*;

    fn found(line: &str, term: &str) -> Vec<&'static str> {
        let converter = Resources::global().converter().unwrap();
        let folded = Folded::new(line, converter).unwrap();
        let term: Vec<char> = term.chars().collect();
        let hits: Vec<String> = (folded.find(&term))
            .map(|at| line[folded.bytes(at..at + term.len())].to_string())
            .collect();
        hits.into_iter().map(|s| &*s.leak()).collect()
    }

    #[test]
    fn terms_are_found_as_the_line_writes_them() {
        assert_eq!(found("洪慶檢查指導，再檢查", "检查"), ["檢查", "檢查"]);
        assert_eq!(found("新冠COVID-19疫情", "covid"), ["COVID"]);
        assert_eq!(found("ＣＯＶＩＤ－１９", "covid"), ["ＣＯＶＩＤ"]);
        // must-not: a Latin term inside a longer run of letters or digits
        assert_eq!(found("COVIDS and 2019", "covid"), Vec::<&str>::new());
        assert_eq!(found("2019年", "201"), Vec::<&str>::new());
    }
}
