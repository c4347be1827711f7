//! Credited people: reporters, correspondents, editors, photographers, authors.
//!
//! Credits come in many forms: `(記者 付楊)`, `本报讯（记者 李可 通讯员 王芳）`,
//! `【責編 王春榮】`, `责任编辑：孔德明`, `記者林悅／南市報導`, `（王煌忠／台中報導）`,
//! `（中央社記者邱俊欽桃園19日電）`, `文/王某 图/张某`, `王棟 攝`. A role word
//! (`credits/roles` of the lexicon) sets the role of the names after it; a name must
//! start with a Chinese surname. Words are matched on the simplified view; names are
//! reported as written.

mod alone;
mod closing;
mod found;
mod patterns;
mod reader;

pub use alone::{is_bare_han_word, is_person_name, latin_names, role_line};
pub use closing::{closing_names, dateline_names};
pub use found::Credits;

use std::sync::OnceLock;

use memchr::memmem;

use xinwen_chinese::{Gazetteer, Lexicon, Surnames, WordList};
use xinwen_core::{Byline, Role};

use patterns::pattern_credits;
use reader::{Reader, SEPARATORS, SHORT_ROLE_MARKS, is_name_char};

/// Scans `text` (with `simple`, its simplified view) for credits; `places` parts names
/// from the places glued after them.
pub fn credits(
    text: &str,
    simple: &str,
    words: &Lexicon,
    surnames: &Surnames,
    places: Option<&Gazetteer>,
) -> Credits {
    // roles are read on the simplified view when it keeps the characters in place
    // (a text with nothing to convert is its own simplified view: no counting then)
    let same_length = text == simple || text.chars().count() == simple.chars().count();
    let read = if same_length { simple } else { text };
    let cues = cue_words(words);
    let any_cue = cues.occurs_in(read) || (!same_length && cues.occurs_in(simple));
    let roles = may_hold_short_role(read, words) || (any_cue && words.credit_roles.occurs_in(read));
    // each pattern is then run only where a word of its own list occurs
    let patterns = any_cue;
    if !roles && !patterns {
        return Credits::default();
    }
    let original: Vec<char> = text.chars().collect();
    let simple_chars: Vec<char> = if same_length {
        simple.chars().collect()
    } else {
        original.clone()
    };
    let reader = Reader {
        original,
        simple: simple_chars,
        words,
        surnames,
        places,
    };
    let mut found = Credits::default();
    if roles {
        role_credits(&reader, &mut found);
    }
    if patterns {
        pattern_credits(&reader, simple, &mut found);
    }
    found
}

/// Every word of `credits/roles`, `credits/filed_words`, `credits/shot_words` and
/// `credits/posted_words`: one search sets most paragraphs aside. Built once: the lexicon
/// is compiled in, so every [`Lexicon`] holds the same lists.
fn cue_words(words: &Lexicon) -> &'static WordList {
    static CUES: OnceLock<WordList> = OnceLock::new();
    CUES.get_or_init(|| {
        let lists = [
            &words.credit_roles,
            &words.filed_words,
            &words.shot_words,
            &words.posted_words,
        ];
        WordList::union("credits/cues", &lists)
    })
}

/// True when a one-character role word stands before a separator somewhere in `text`
/// (`文/`); with no word of `credits/roles` in it either, [`Reader::role_word_at`] finds
/// no role anywhere. Each mark, rare in prose, is found by a vectorized search of its
/// bytes, then the character before it is looked at.
fn may_hold_short_role(text: &str, words: &Lexicon) -> bool {
    static MARKS: OnceLock<Vec<memmem::Finder<'static>>> = OnceLock::new();
    let marks = MARKS.get_or_init(|| {
        (SHORT_ROLE_MARKS.iter())
            .map(|c| memmem::Finder::new(c.encode_utf8(&mut [0; 4]).as_bytes()).into_owned())
            .collect()
    });
    let short = &words.short_credit_roles;
    (marks.iter())
        .any(|mark| (mark.find_iter(text.as_bytes())).any(|at| role_before(text, at, short)))
}

/// True when the character right before byte `at` of `text` is a one-character role.
fn role_before(text: &str, at: usize, short: &WordList) -> bool {
    (text.get(..at))
        .and_then(|t| t.chars().next_back())
        .is_some_and(|c| short.contains_char(c))
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
            // a label and its colon vouch for the name after them, whatever its surname
            // (not a reporter's: `记者：是真的吗？` is an interview)
            let labelled = !named
                && matches!(role, Role::Author | Role::Editor | Role::Photographer)
                && chars[gap_start..run_start]
                    .iter()
                    .any(|c| matches!(c, ':' | '：'));
            // a two-character name set apart to the width of three (`方 敏`)
            let spaced = (j == run_start + 1)
                .then(|| reader.spaced_name(run_start))
                .flatten();
            if let Some(end) = spaced {
                let name: String = reader.original(run_start..end).split_whitespace().collect();
                found.push(Byline::new(role, name), start..end);
                named = true;
                j = end;
                continue;
            }
            let name = (reader.name_in(run_start, j))
                .or_else(|| labelled.then(|| reader.pen_name(run_start, j)).flatten());
            let Some(n) = name.filter(|_| !publisher) else {
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
        let places = resources.gazetteer().ok();
        (credits(text, &simple, words, surnames, places)
            .bylines
            .iter())
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
