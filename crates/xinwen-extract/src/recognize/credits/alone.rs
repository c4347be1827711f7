//! Names on a line of their own, with no role word beside them: a Chinese full name
//! (`艾莎`), Latin-script names (`DAVID E. SANGER, STEVEN LEE MYERS`, `Sasaki Futo`),
//! and the role line that may stand below them (`国際部記者`, `Correspondent`).

use xinwen_chinese::{Lexicon, Surnames, is_han};
use xinwen_core::Role;

/// Lines below a name at most this long can name its role.
const ROLE_LINE: usize = 16;

/// True when `simple` (a line, simplified) is a person's full Chinese name, not a word
/// ending like a place or a body (`新华社`).
pub fn is_person_name(simple: &str, words: &Lexicon, surnames: &Surnames) -> bool {
    (simple.chars().last()).is_some_and(|c| !words.not_name_endings.contains_char(c))
        && surnames.is_full_name(simple)
}

/// True for two to four Chinese characters alone: a name, when a role line below
/// vouches for it (`関谷智`).
pub fn is_bare_han_word(simple: &str) -> bool {
    (2..=4).contains(&simple.chars().count()) && simple.chars().all(is_han)
}

/// How a word of a Latin-script name is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    /// `E.`
    Initial,
    /// `SANGER`
    Upper,
    /// `Sanger`, `McDonald`, `O'Neil`
    Capitalized,
}

fn case_of(word: &str) -> Option<Case> {
    let mut chars = word.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let rest: Vec<char> = chars.collect();
    if rest == ['.'] {
        return Some(Case::Initial);
    }
    if rest.is_empty()
        || !rest
            .iter()
            .all(|c| c.is_ascii_alphabetic() || matches!(c, '-' | '\'' | '’'))
    {
        return None;
    }
    if rest.iter().all(|c| !c.is_ascii_lowercase()) {
        Some(Case::Upper)
    } else {
        Some(Case::Capitalized)
    }
}

/// The Latin-script names a line is made of, or none: each name two to four words,
/// the last no initial, every word of the line in one case (all capitals or
/// capitalized, so `NHK World` is no name), names parted by commas, `&` or `and`,
/// after an optional `By`.
pub fn latin_names(line: &str, words: &Lexicon) -> Vec<String> {
    let line = line.trim();
    let line = (line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY ")))
    .unwrap_or(line);
    let parts = line
        .split([',', '，', '、', '&'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" AND "))
        .map(str::trim);
    let mut names = Vec::new();
    let mut line_case = None;
    for part in parts {
        let parts_words: Vec<&str> = part.split_whitespace().collect();
        if !(2..=4).contains(&parts_words.len()) {
            return Vec::new();
        }
        let mut last = None;
        for word in &parts_words {
            let Some(case) = case_of(word) else {
                return Vec::new();
            };
            if (words.not_latin_name_words).contains(&word.to_ascii_lowercase()) {
                return Vec::new();
            }
            if case != Case::Initial {
                if line_case.is_some_and(|c| c != case) {
                    return Vec::new();
                }
                line_case = Some(case);
            }
            last = Some(case);
        }
        if last == Some(Case::Initial) {
            return Vec::new();
        }
        names.push(parts_words.join(" "));
    }
    names
}

/// The role a short line names on its own (`国际部记者`, `Correspondent`), in
/// simplified script.
pub fn role_line(simple: &str, words: &Lexicon) -> Option<Role> {
    let line = simple.trim();
    if line.chars().count() > ROLE_LINE {
        return None;
    }
    if let Some(word) = words.credit_roles.suffix_of(line) {
        return Role::from_name(words.credit_roles.value(word)?);
    }
    let lower = line.to_ascii_lowercase();
    (words.latin_roles.entries())
        .find(|(role, _)| {
            lower.ends_with(role)
                && (lower.len() == role.len() || lower[..lower.len() - role.len()].ends_with(' '))
        })
        .and_then(|(_, value)| Role::from_name(value?))
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;

    use super::latin_names;

    #[test]
    fn latin_names_of_a_line() {
        let cases: &[(&str, &[&str])] = &[
            (
                "DAVID E. SANGER, STEVEN LEE MYERS",
                &["DAVID E. SANGER", "STEVEN LEE MYERS"],
            ),
            ("TRIPP MICKLE", &["TRIPP MICKLE"]),
            ("Sasaki Futo", &["Sasaki Futo"]),
            ("By Amy Qin and Tiffany May", &["Amy Qin", "Tiffany May"]),
            ("Patrick O'Neil", &["Patrick O'Neil"]),
            // must not: mixed case, one word, lowercase words, an initial last, digits
            ("NHK World", &[]),
            ("Correspondent", &[]),
            ("Pool photo by Andy Wong", &[]),
            ("Justin Sullivan/Getty Images", &[]),
            ("JOHN D.", &[]),
            ("iPhone 15", &[]),
            ("ENGLISH (英語)", &[]),
            ("NHK WORLD NEWS", &[]),
            ("Getty Images", &[]),
        ];
        let words = Resources::global().lexicon().unwrap();
        for (line, want) in cases {
            assert_eq!(latin_names(line, words), *want, "{line}");
        }
    }
}
