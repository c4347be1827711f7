//! Chinese surnames.

use crate::ScriptConverter;
use crate::charset::CharSet;

/// The surname table (`data/surnames.txt`).
const SURNAMES: &str = include_str!("../data/surnames.txt");

/// How many of the most common one-character surnames (the table's first line, most
/// common first) [`Surnames::is_common`] admits: they name about four people in five.
const COMMON: usize = 100;

/// Chinese surnames of one and two characters, in both scripts.
///
/// A name in a byline or a list of officials starts with one; a run of characters that
/// does not (`參加`, `報導`) is not a person.
#[derive(Debug, Clone)]
pub struct Surnames {
    single: CharSet,
    /// The [`COMMON`] most common one-character surnames.
    common: CharSet,
    /// The surnames of two characters, sorted (a binary search costs less than hashing).
    double: Vec<[char; 2]>,
}

impl Surnames {
    /// Loads the table, admitting the traditional form of each surname.
    pub fn new(converter: &ScriptConverter) -> Self {
        let mut single = CharSet::new();
        let mut common = CharSet::new();
        let mut double = Vec::new();
        let first = SURNAMES.lines().find(|l| !l.starts_with('#')).unwrap_or("");
        first.chars().take(COMMON).for_each(|c| common.insert(c));
        for line in SURNAMES.lines().filter(|l| !l.starts_with('#')) {
            for word in line.split_whitespace() {
                let n = word.chars().count();
                if n == 2 && line.contains(' ') {
                    for form in [word.to_string(), converter.to_traditional(word)] {
                        if let [a, b] = form.chars().collect::<Vec<_>>()[..] {
                            double.push([a, b]);
                        }
                    }
                } else {
                    word.chars().for_each(|c| single.insert(c));
                }
            }
        }
        for (traditional, simplified) in converter.char_pairs() {
            if single.contains(simplified) {
                single.insert(traditional);
            }
            if common.contains(simplified) {
                common.insert(traditional);
            }
        }
        double.sort_unstable();
        double.dedup();
        Surnames {
            single,
            common,
            double,
        }
    }

    /// The length in characters of the surname `name` starts with (2 for `欧阳`, 1 for
    /// `王`), or 0.
    pub fn surname_len(&self, name: &str) -> usize {
        let mut chars = name.chars();
        let (Some(a), b) = (chars.next(), chars.next()) else {
            return 0;
        };
        if b.is_some_and(|b| self.double.binary_search(&[a, b]).is_ok()) {
            return 2;
        }
        usize::from(self.single.contains(a))
    }

    /// True when `c` is one of the most common one-character surnames (`王`, `熊`; not
    /// `乜`), in either script.
    pub fn is_common(&self, c: char) -> bool {
        self.common.contains(c)
    }

    /// True when `name` looks like a full Chinese name: a surname and one or two given
    /// characters (two for a two-character surname), all Chinese.
    pub fn is_full_name(&self, name: &str) -> bool {
        let n = name.chars().count();
        let han = name.chars().all(|c| crate::is_han(c) || c == '·');
        match self.surname_len(name) {
            2 => han && (3..=4).contains(&n),
            1 => han && (2..=3).contains(&n),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Resources;

    #[test]
    fn names() {
        let s = Resources::global().surnames().unwrap();
        for name in [
            "洪慶",
            "崔昌鉉",
            "馮征宇",
            "习近平",
            "蓋曉宇",
            "歐陽修",
            "司馬光",
            "吳賢哲",
        ] {
            assert!(s.is_full_name(name), "{name}");
        }
        for word in ["參加", "報導", "疫情", "王", "王小明明", "市委書記"] {
            assert!(!s.is_full_name(word), "{word}");
        }
        assert_eq!(s.surname_len("欧阳修"), 2);
        assert!(s.is_common('王') && s.is_common('熊') && s.is_common('馮'));
        assert!(!s.is_common('乜') && !s.is_common('的'));
    }
}
