//! Credited people: reporters, correspondents, editors, photographers, authors.
//!
//! Credits come in many forms: `(記者 付楊)`, `本报讯（记者 李可 通讯员 王芳）`,
//! `【責編 王春榮】`, `责任编辑：孔德明`, `記者林悅／南市報導`, `（王煌忠／台中報導）`,
//! `（中央社記者邱俊欽桃園19日電）`, `文/王某 图/张某`, `王棟 攝`. A role word
//! (`credits/roles` of the lexicon) sets the role of the names after it; a name must
//! start with a Chinese surname. Words are matched on the simplified view; names are
//! reported as written.

use std::ops::Range;

use xinwen_chinese::{Lexicon, Surnames, is_han};
use xinwen_core::{Byline, Role};

/// Marks between a role word and its names, and between names.
const SEPARATORS: &[char] = &[':', '：', '/', '／', ' ', '\u{3000}', '|'];

/// Marks after a one-character role word (`文/`, `图：`).
const SHORT_ROLE_MARKS: &[char] = &[':', '：', '/', '／'];

fn is_name_char(c: char) -> bool {
    is_han(c) || c == '·' || c == '•'
}

/// Credits found in a text, each with the character range it covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credits {
    /// The people credited, in order.
    pub bylines: Vec<Byline>,
    /// Character ranges of the text that the credits cover.
    pub covered: Vec<Range<usize>>,
}

impl Credits {
    fn push(&mut self, byline: Byline, range: Range<usize>) {
        if !self.bylines.contains(&byline) {
            self.bylines.push(byline);
        }
        self.covered.push(range);
    }

    /// True when the credits cover all but `slack` letters and digits of `text`: the
    /// line does nothing but credit people (`责任编辑：孔德明`).
    pub fn cover_all_of(&self, text: &str, slack: usize) -> bool {
        let mut covered = vec![false; text.chars().count()];
        for r in &self.covered {
            (covered.get_mut(r.clone()).into_iter().flatten()).for_each(|c| *c = true);
        }
        let uncovered = (text.chars().zip(&covered))
            .filter(|(c, covered)| !**covered && c.is_alphanumeric())
            .count();
        !self.bylines.is_empty() && uncovered <= slack
    }
}

/// A text being read for credits: its characters as written and simplified.
struct Reader<'a> {
    original: Vec<char>,
    simple: Vec<char>,
    words: &'a Lexicon,
    surnames: &'a Surnames,
}

impl Reader<'_> {
    /// The role word starting at `i`, and its length in characters.
    fn role_word_at(&self, i: usize) -> Option<(Role, usize)> {
        let (roles, short) = (&self.words.credit_roles, &self.words.short_credit_roles);
        if let Some(n) = roles.prefix_at(&self.simple, i) {
            let word: String = self.simple.get(i..i + n)?.iter().collect();
            return Some((Role::from_name(roles.value(&word)?)?, n));
        }
        let (c, next) = (*self.simple.get(i)?, self.simple.get(i + 1)?);
        let before_ok = i == 0 || !self.simple.get(i - 1).copied().is_some_and(is_name_char);
        let mut buf = [0u8; 4];
        let role = Role::from_name(short.value(c.encode_utf8(&mut buf))?)?;
        (before_ok && SHORT_ROLE_MARKS.contains(next)).then_some((role, 1))
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
    /// characters.
    fn name_in(&self, start: usize, end: usize) -> Option<usize> {
        if self.is_person(start..end) {
            return Some(end - start);
        }
        [3, 2]
            .into_iter()
            .find(|&n| end - start > n + 1 && self.is_person(start..start + n))
    }

    fn original(&self, range: Range<usize>) -> String {
        self.original
            .get(range)
            .unwrap_or_default()
            .iter()
            .collect()
    }
}

/// Scans `text` (with `simple`, its simplified view) for credits.
pub fn credits(text: &str, simple: &str, words: &Lexicon, surnames: &Surnames) -> Credits {
    let original: Vec<char> = text.chars().collect();
    let mut simple_chars: Vec<char> = simple.chars().collect();
    if simple_chars.len() != original.len() {
        simple_chars = original.clone();
    }
    let reader = Reader {
        original,
        simple: simple_chars,
        words,
        surnames,
    };
    let mut found = Credits::default();
    role_credits(&reader, &mut found);
    pattern_credits(&reader, simple, &mut found);
    found
}

/// Credits that follow role words.
fn role_credits(reader: &Reader<'_>, found: &mut Credits) {
    let chars = &reader.simple;
    let mut i = 0;
    while i < chars.len() {
        let Some((role, len)) = reader.role_word_at(i) else {
            i += 1;
            continue;
        };
        let start = i;
        let mut j = i + len;
        let mut named = false;
        loop {
            let gap_start = j;
            while chars
                .get(j)
                .is_some_and(|c| SEPARATORS.contains(c) || matches!(c, '、' | ',' | '，'))
            {
                j += 1;
            }
            let gap = &chars[gap_start..j];
            // after a name, a slash leads to where the story was filed (`林悅／南市報導`)
            if named && gap.iter().any(|c| matches!(c, '/' | '／')) {
                j = gap_start;
                break;
            }
            // a comma right after the role word is prose (`告诉记者，路修好了`); commas
            // only separate the names of one role (`记者 张三，李四`)
            if !named && gap.iter().any(|c| matches!(c, ',' | '，' | '、')) {
                j = gap_start;
                break;
            }
            let run_start = j;
            // a name glued to the next role word: `李可通讯员` stops before `通讯员`
            while chars.get(j).copied().is_some_and(is_name_char)
                && reader.role_word_at(j).is_none()
            {
                j += 1;
            }
            if j == run_start {
                break;
            }
            let publisher = role == Role::Publisher;
            let Some(n) = reader.name_in(run_start, j).filter(|_| !publisher) else {
                j = run_start;
                break;
            };
            let name = reader.original(run_start..run_start + n);
            found.push(Byline::new(role, name), start..run_start + n);
            named = true;
            let run_end = j;
            j = run_start + n;
            if j < run_end {
                break; // a place follows the name
            }
        }
        if role == Role::Publisher {
            // CMS accounts: `發布者: admin`
            let run_start = j;
            while (reader.original.get(j)).is_some_and(|c| c.is_alphanumeric() || *c == '_') {
                j += 1;
            }
            if j > run_start {
                found.push(Byline::new(role, reader.original(run_start..j)), start..j);
                named = true;
            }
        }
        i = if named { j.max(i + len) } else { i + len };
    }
}

/// Credits of the two patterns: where a story was filed from, who took a photograph.
fn pattern_credits(reader: &Reader<'_>, simple: &str, found: &mut Credits) {
    let char_at = |byte: usize| simple.get(..byte).map_or(0, |s| s.chars().count());
    let words = reader.words;
    for caps in words.filed_from.captures_iter(simple) {
        let (Some(whole), Some(name)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let name_start = char_at(name.start());
        let range = name_start..char_at(whole.end());
        let glued_role = (0..=name_start)
            .rev()
            .take(5)
            .any(|k| reader.role_word_at(k).is_some());
        if reader.surnames.is_full_name(name.as_str()) && !glued_role {
            let written = reader.original(name_start..name_start + name.as_str().chars().count());
            found.push(Byline::new(Role::Reporter, written), range);
        } else {
            found.covered.push(range);
        }
    }
    for caps in words.shot_by.captures_iter(simple) {
        let (Some(whole), Some(name)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        if reader.surnames.is_full_name(name.as_str()) {
            let name_start = char_at(name.start());
            let written = reader.original(name_start..name_start + name.as_str().chars().count());
            let range = char_at(whole.start())..char_at(whole.end());
            found.push(Byline::new(Role::Photographer, written), range);
        }
    }
}

/// Adds `byline` unless an equal one is there.
pub fn push_unique(bylines: &mut Vec<Byline>, byline: Byline) {
    if !bylines.contains(&byline) {
        bylines.push(byline);
    }
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;
    use xinwen_core::Article;

    use super::credits;
    use crate::cases::{body_page, case_table};

    fn bylines(text: &str) -> Vec<String> {
        let resources = Resources::global();
        let (words, surnames) = (resources.lexicon().unwrap(), resources.surnames().unwrap());
        let simple = resources.converter().unwrap().to_simplified(text);
        (credits(text, &simple, words, surnames).bylines.iter())
            .map(|b| format!("{}:{}", b.role.as_str(), b.name))
            .collect()
    }

    fn article_bylines(article: &Article) -> Vec<String> {
        (article.bylines.iter())
            .map(|b| format!("{}:{}", b.role.as_str(), b.name))
            .collect()
    }

    case_table!(
        bylines_table,
        "bylines.txt",
        bylines,
        body_page,
        article_bylines
    );
}
