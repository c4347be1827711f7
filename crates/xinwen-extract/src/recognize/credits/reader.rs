//! A text read for credits: role words, names and pen names at a position.

use std::ops::Range;

use xinwen_chinese::{Gazetteer, Lexicon, Surnames, is_han};
use xinwen_core::Role;

/// Marks between a role word and its names, and between names.
pub(super) const SEPARATORS: &[char] = &[':', '：', '/', '／', ' ', '\u{3000}', '|', '丨', '｜'];

/// Marks after a one-character role word (`文/`, `图：`).
pub(super) const SHORT_ROLE_MARKS: &[char] = &[':', '：', '/', '／', '丨', '｜', '|'];

pub(super) fn is_name_char(c: char) -> bool {
    is_han(c) || c == '·' || c == '•'
}

/// A text being read for credits: its characters as written and simplified.
pub(super) struct Reader<'a> {
    pub(super) original: Vec<char>,
    pub(super) simple: Vec<char>,
    pub(super) words: &'a Lexicon,
    pub(super) surnames: &'a Surnames,
    /// Place names, to part a name from the place glued after it (`方敏|北京大学`).
    pub(super) places: Option<&'a Gazetteer>,
}

impl Reader<'_> {
    /// The role word starting at `i`, and its length in characters.
    pub(super) fn role_word_at(&self, i: usize) -> Option<(Role, usize)> {
        let (roles, short) = (&self.words.credit_roles, &self.words.short_credit_roles);
        if let Some(n) = roles.prefix_at(&self.simple, i) {
            let word: String = self.simple.get(i..i + n)?.iter().collect();
            let separated = self
                .simple
                .get(i + n)
                .is_some_and(|c| SEPARATORS.contains(c));
            if self.words.labelled_roles.contains(&word) && !separated {
                return None;
            }
            return Some((Role::from_name(roles.value(&word)?)?, n));
        }
        // the rare mark after it first: the word list is looked up only then
        let (c, next) = (*self.simple.get(i)?, self.simple.get(i + 1)?);
        let before_ok = i == 0 || !self.simple.get(i - 1).copied().is_some_and(is_name_char);
        if !(SHORT_ROLE_MARKS.contains(next) && before_ok) {
            return None;
        }
        let mut buf = [0u8; 4];
        Some((Role::from_name(short.value(c.encode_utf8(&mut buf))?)?, 1))
    }

    /// True when the characters `range` could be a person's name: a full Chinese name
    /// not ending like a place or an organization.
    fn is_person(&self, range: Range<usize>) -> bool {
        let Some(name) = self.simple.get(range) else {
            return false;
        };
        let ends = &self.words.not_name_endings;
        name.last().is_some_and(|c| !ends.contains_char(*c))
            && self.surnames.is_full_name(&name.iter().collect::<String>())
    }

    /// The length of the name at the start of the run `start..end`: all of it when it
    /// is a name, else (a name glued to a place, `邱俊欽桃園`) its first three or two
    /// characters, the two when a place name follows them (`方敏|北京大学`, not
    /// `方敏北|京大学`).
    pub(super) fn name_in(&self, start: usize, end: usize) -> Option<usize> {
        if self.is_person(start..end) {
            return Some(end - start);
        }
        // words after a role word, not a name glued to it (`记者从中国政府网获悉`)
        let first = self.simple.get(start)?;
        if self.words.not_name_starts.contains_char(*first) {
            return None;
        }
        let place_after = |n: usize| {
            let rest = self.simple.get(start + n..end).unwrap_or_default();
            self.places
                .is_some_and(|p| p.prefix_lengths(rest).iter().any(|&l| l >= 2))
        };
        [3, 2]
            .into_iter()
            .filter(|&n| end - start > n + 1 && self.is_person(start..start + n))
            .max_by_key(|&n| (place_after(n), n))
    }

    /// A pen name after a labelled role (`作者：彦飞，`, `编辑：几乎不流浪`): two to
    /// five characters of Chinese that end where the label's value ends.
    pub(super) fn pen_name(&self, start: usize, end: usize) -> Option<usize> {
        let n = end - start;
        let ends_value = (self.simple.get(end)).is_none_or(|c| {
            c.is_whitespace()
                || matches!(
                    c,
                    '，' | ',' | '、' | ')' | '）' | '】' | ']' | '|' | '丨' | '_'
                )
        });
        let word = self.simple.get(start..end)?;
        let plain = word.iter().all(|c| is_han(*c))
            && word
                .first()
                .is_some_and(|c| !self.words.not_name_starts.contains_char(*c));
        ((2..=5).contains(&n) && ends_value && plain).then_some(n)
    }

    /// The end of a two-character name written with a space between its characters
    /// (`方 敏`: one character, one space, one character, then no more of a name).
    pub(super) fn spaced_name(&self, start: usize) -> Option<usize> {
        let s = &self.simple;
        let (first, gap, second) = (*s.get(start)?, *s.get(start + 1)?, *s.get(start + 2)?);
        let alone_after = s.get(start + 3).is_none_or(|c| !is_name_char(*c));
        let name: String = [first, second].iter().collect();
        let ends = &self.words.not_name_endings;
        (matches!(gap, ' ' | '\u{3000}')
            && is_han(second)
            && alone_after
            && !ends.contains_char(second)
            && self.surnames.is_full_name(&name))
        .then_some(start + 3)
    }

    pub(super) fn original(&self, range: Range<usize>) -> String {
        self.original
            .get(range)
            .unwrap_or_default()
            .iter()
            .collect()
    }
}
