//! Which lines of a text can hold a term of the query, found without segmenting them:
//! a term of two characters or more starts with its first two characters side by side,
//! in either script, case or width.

use std::collections::{HashMap, HashSet};

use xinwen_chinese::ScriptConverter;

/// A test of lines for the openings of a query's terms.
pub(crate) struct LineFilter {
    /// A character of the text → the form terms write it in (simplified, lowercase,
    /// half-width), for the characters that open a term.
    forms: HashMap<char, char>,
    /// The first two characters of each term of two or more.
    openings: HashSet<(char, char)>,
    /// The terms of one character.
    singles: HashSet<char>,
}

impl LineFilter {
    /// The filter for `terms` (as the index writes them).
    pub(crate) fn new<'t>(
        terms: impl Iterator<Item = &'t str>,
        converter: &ScriptConverter,
    ) -> Self {
        let mut filter = LineFilter {
            forms: HashMap::new(),
            openings: HashSet::new(),
            singles: HashSet::new(),
        };
        for term in terms {
            let mut chars = term.chars();
            match (chars.next(), chars.next()) {
                (Some(a), Some(b)) => {
                    filter.openings.insert((a, b));
                    filter.forms.extend([(a, a), (b, b)]);
                }
                (Some(a), None) => {
                    filter.singles.insert(a);
                    filter.forms.insert(a, a);
                }
                _ => {}
            }
        }
        let wanted: Vec<char> = filter.forms.keys().copied().collect();
        for c in wanted {
            let cases: Vec<char> = std::iter::once(c).chain(c.to_uppercase()).collect();
            for other in cases
                .iter()
                .copied()
                .chain(cases.iter().filter_map(|c| full_width(*c)))
            {
                filter.forms.insert(other, c);
            }
        }
        let simplified: Vec<char> = (filter.forms.iter())
            .filter(|(c, form)| c == form)
            .map(|(c, _)| *c)
            .collect();
        for s in simplified {
            for traditional in converter.traditional_chars(s) {
                filter.forms.insert(traditional, s);
            }
        }
        filter
    }

    /// True when `line` may hold a term: one of its single characters, or the first two
    /// characters of a longer one side by side.
    pub(crate) fn may_match(&self, line: &str) -> bool {
        let mut last: Option<char> = None;
        for c in line.chars() {
            let form = self.forms.get(&c).copied();
            if let Some(f) = form {
                if self.singles.contains(&f) {
                    return true;
                }
                if last.is_some_and(|l| self.openings.contains(&(l, f))) {
                    return true;
                }
            }
            last = form;
        }
        false
    }
}

/// The full-width form of an ASCII letter or digit (`A` → `Ａ`).
fn full_width(c: char) -> Option<char> {
    c.is_ascii_alphanumeric()
        .then(|| char::from_u32(u32::from(c) + 0xFEE0))
        .flatten()
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;

    use super::*;

    #[test]
    fn lines_with_an_opening_in_either_script_pass() {
        let converter = Resources::global().converter().unwrap();
        let filter = LineFilter::new(["检查", "防汛", "covid", "镇"].into_iter(), converter);
        for line in [
            "陳嘉樹檢查指導",
            "全市防汛工作",
            "COVID-19",
            "ＣＯＶＩＤ",
            "鎮政府",
        ] {
            assert!(filter.may_match(line), "{line}");
        }
        // must-not: the characters apart, or only the second
        for line in ["检验查看", "汛期将至", "video", "政府"] {
            assert!(!filter.may_match(line), "{line}");
        }
    }
}
