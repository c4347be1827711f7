//! People named in Latin letters by a given name: a word of Latin letters that is a
//! given name of `people/latin_given_names` (`Raymond`), or opens with one glued to a
//! capitalized surname (`BillRoper`, `GrahamMcTavish`), with up to two capitalized words
//! after it (`John Milius`, `Brendan O’Connor`). Letters that are part of an address, a
//! file or a handle (`www.john.com`, `@jack`, `john_2`), in capitals (`TOM网`) or after
//! another word of Latin letters (`St Joseph`) name no one.

use std::ops::Range;

use crate::enrich::analysis::Analysis;

/// The most words of a name in Latin letters.
const MAX_WORDS: usize = 3;

/// Fewest letters of a given name glued to a surname (`BillRoper`; not `AlBert`).
const GLUED_GIVEN_NAME: usize = 3;

/// The names in Latin letters that open with a given name, in order.
pub(super) fn by_given_name(text: &Analysis) -> Vec<Range<usize>> {
    let chars = &text.simplified;
    let given = &text.lexicon.candidates.latin_given_names;
    let mut found = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        // no word of Latin letters before it either (`St Joseph`, `Fort William`)
        let before = at.checked_sub(1).and_then(|i| chars.get(i));
        let after_word = before == Some(&' ')
            && (at.checked_sub(2))
                .is_some_and(|i| chars.get(i).is_some_and(char::is_ascii_alphabetic));
        let opens = (chars.get(at)).is_some_and(char::is_ascii_alphabetic)
            && before.is_none_or(|&c| !in_address(c))
            && !after_word;
        if !opens {
            at += 1;
            continue;
        }
        let end = word_end(chars, at);
        let first = chars.get(at..end).unwrap_or_default();
        if is_given(first, |w| given.contains(w)) {
            let (mut name_end, mut last_word) = (end, end);
            for _ in 1..MAX_WORDS {
                let next = name_end + 1;
                let capital = chars.get(next).is_some_and(char::is_ascii_uppercase);
                if chars.get(name_end) == Some(&' ') && capital {
                    (last_word, name_end) = (name_end, word_end(chars, next));
                    // an initial takes its full stop (`David E. Sanger`)
                    if name_end == next + 1 && chars.get(name_end) == Some(&'.') {
                        name_end += 1;
                    }
                } else {
                    break;
                }
            }
            // a name ends on no initial (`David E|.`)
            if (chars.get(name_end - 1)).is_some_and(|c| c == &'.') {
                name_end = last_word;
            }
            if !continues_address(chars, name_end) {
                found.push(at..name_end);
            }
            at = name_end;
        } else {
            at = end;
        }
    }
    found
}

/// Characters that, next to letters, make them part of an address, a file name or a
/// handle rather than a name.
fn in_address(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '@' | '_' | ':' | '#' | '-' | '\\')
}

/// Whether the letters ending at `end` go on as an address (`john.com`, `jack/`, `tom_`,
/// `mike2`).
fn continues_address(chars: &[char], end: usize) -> bool {
    match chars.get(end) {
        Some('.') => chars.get(end + 1).is_some_and(char::is_ascii_alphanumeric),
        Some(&c) => c.is_ascii_digit() || matches!(c, '/' | '@' | '_' | '\\'),
        None => false,
    }
}

/// Where the word of letters starting at `at` ends: letters, and letters again after an
/// apostrophe or a hyphen inside it (`O’Connor`, `Moore-Gwyn`).
fn word_end(chars: &[char], at: usize) -> usize {
    let letter = |i: usize| chars.get(i).is_some_and(char::is_ascii_alphabetic);
    let mut end = at;
    loop {
        while letter(end) {
            end += 1;
        }
        let inner = chars
            .get(end)
            .is_some_and(|&c| matches!(c, '\'' | '’' | '-'));
        if inner && end > at && letter(end + 1) {
            end += 1;
        } else {
            return end;
        }
    }
}

/// Whether `word` is a given name, or opens with one glued to a surname that starts
/// with a capital and holds a small letter (`BillRoper`, `JohnMilius`).
fn is_given(word: &[char], given: impl Fn(&str) -> bool) -> bool {
    let letters: String = (word.iter())
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    // all capitals is an acronym or a brand (`TOM网`), no name
    let small = letters.chars().any(|c| c.is_ascii_lowercase());
    if letters.len() == word.len() && small && given(&letters.to_ascii_lowercase()) {
        return true;
    }
    let Some(first) = word.first().filter(|c| c.is_ascii_uppercase()) else {
        return false;
    };
    let cut = (word.iter().skip(1))
        .position(char::is_ascii_uppercase)
        .map(|k| k + 1);
    cut.filter(|&k| k >= GLUED_GIVEN_NAME)
        .filter(|&k| (word.get(1..k)).is_some_and(|r| r.iter().all(char::is_ascii_lowercase)))
        .filter(|&k| (word.get(k + 1..)).is_some_and(|r| r.iter().any(char::is_ascii_lowercase)))
        .is_some_and(|k| {
            let head: String = std::iter::once(first.to_ascii_lowercase())
                .chain(word.get(1..k).unwrap_or_default().iter().copied())
                .collect();
            given(&head)
        })
}

#[cfg(test)]
mod tests {
    use super::is_given;

    fn known(w: &str) -> bool {
        matches!(w, "bill" | "john" | "raymond" | "al")
    }

    #[test]
    fn given_names_alone_or_glued_to_a_surname() {
        let cases = [
            ("Raymond", true),
            ("raymond", true),
            ("BillRoper", true),
            ("JohnMilius", true),
            ("Billy", false),
            ("BILLROPER", false),
            ("AlBert", false),
            ("BillR", false),
            ("Raymonds", false),
            ("RAYMOND", false),
        ];
        for (word, expected) in cases {
            let chars: Vec<char> = word.chars().collect();
            assert_eq!(is_given(&chars, known), expected, "{word}");
        }
    }
}
