//! The passage a snippet shows: the window with the most distinct matches.

use std::collections::HashMap;
use std::ops::Range;

/// One place the query matches in a text.
pub(crate) struct Match<'h> {
    pub(crate) range: Range<usize>,
    /// The term or run it is (a window counts each once).
    pub(crate) key: &'h str,
    pub(crate) weight: f32,
}

/// Characters of context kept before the first highlighted word.
const LEAD: usize = 12;

/// The window of at most `max_chars` characters, starting a little before a match,
/// with the most distinct terms and runs, then the most weight (each counted once).
/// One pass: windows start and end further on as their first match does.
pub(super) fn best_window(text: &str, matches: &[Match<'_>], max_chars: usize) -> Range<usize> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let (mut distinct, mut weight) = (0usize, 0.0f64);
    let (mut lo, mut hi) = (0usize, 0usize);
    let mut best: Option<((usize, f64), Range<usize>)> = None;
    for anchor in matches {
        let start = back_chars(text, anchor.range.start, LEAD);
        let end = forward_chars(text, start, max_chars);
        while let Some(m) = matches.get(hi).filter(|m| m.range.start < end) {
            let n = counts.entry(m.key).or_insert(0);
            *n += 1;
            if *n == 1 {
                distinct += 1;
                weight += f64::from(m.weight);
            }
            hi += 1;
        }
        while let Some(m) = matches.get(lo).filter(|m| lo < hi && m.range.start < start) {
            if let Some(n) = counts.get_mut(m.key) {
                *n -= 1;
                if *n == 0 {
                    distinct -= 1;
                    weight -= f64::from(m.weight);
                }
            }
            lo += 1;
        }
        let score = (distinct, weight);
        if best
            .as_ref()
            .is_none_or(|(s, _)| score.0 > s.0 || score.0 == s.0 && score.1 > s.1 + 1e-9)
        {
            best = Some((score, start..end));
        }
    }
    best.map_or(0..0, |(_, w)| w)
}

/// The byte offset `n` characters before `at`, not past the start of its line.
fn back_chars(text: &str, at: usize, n: usize) -> usize {
    let mut start = at;
    for (i, c) in text[..at].char_indices().rev().take(n) {
        if c == '\n' {
            break;
        }
        start = i;
    }
    start
}

/// The byte offset `n` characters after `at` (or the end).
fn forward_chars(text: &str, at: usize, n: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i)
}
