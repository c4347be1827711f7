//! Works named in book-title marks (`《长津湖》`, `《雷锋》`): a name that fills the marks
//! is the title of a book, a film or a song, no place or person there; the same name
//! elsewhere on the page is read as ever.

use std::ops::Range;

use crate::enrich::analysis::Analysis;

/// Opening and closing book-title marks.
const TITLE_MARKS: &[(char, char)] = &[('《', '》'), ('〈', '〉')];

/// True when `range` is all a pair of book-title marks holds (`《|长津湖|》`).
pub(crate) fn fills_title_marks(text: &Analysis, range: &Range<usize>) -> bool {
    let before = range
        .start
        .checked_sub(1)
        .and_then(|i| text.simplified.get(i));
    let after = text.simplified.get(range.end);
    (before.zip(after)).is_some_and(|(b, a)| TITLE_MARKS.contains(&(*b, *a)))
}

/// For each character, whether it lies between a pair of book-title marks of its line
/// (`《|哪吒之魔童闹海|》`): one pass over the text.
pub(crate) fn within_title_marks(text: &Analysis) -> Vec<bool> {
    let mut closing = None;
    (text.simplified.iter())
        .map(|c| {
            if let Some(&(_, close)) = TITLE_MARKS.iter().find(|(open, _)| open == c) {
                closing = Some(close);
                false
            } else if closing == Some(*c) || *c == '\n' {
                closing = None;
                false
            } else {
                closing.is_some()
            }
        })
        .collect()
}
