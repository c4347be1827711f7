//! Snippets: the passage of an article where the matched words gather, with those words
//! in `<b>…</b>` as the article writes them.
//!
//! tantivy's own snippets assume the tokens of a text come with ever-growing offsets;
//! the Chinese tokenizer also gives the sub-words of long words (`中华人民共和国` then
//! `人民`), which overlap, so highlighting is done here.

use std::collections::HashMap;
use std::ops::Range;

use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use crate::IndexError;
use crate::tokenizer::ChineseTokenizer;

/// Characters of context kept before the first highlighted word.
const LEAD: usize = 12;

/// Finds and marks the query's words in texts of one field.
pub(crate) struct Highlighter {
    /// Term text → weight (rarer terms weigh more).
    terms: HashMap<String, f32>,
    tokenizer: ChineseTokenizer,
    max_chars: usize,
}

impl Highlighter {
    /// The highlighter for the terms `query` looks for in `field`.
    pub(crate) fn new(
        searcher: &Searcher,
        query: &dyn Query,
        field: Field,
        max_chars: usize,
    ) -> Result<Self, IndexError> {
        let mut wanted: Vec<Term> = Vec::new();
        query.query_terms(&mut |term, _| {
            if term.field() == field {
                wanted.push(term.clone());
            }
        });
        let mut terms = HashMap::new();
        for term in wanted {
            let Some(text) = term.value().as_str().map(str::to_string) else {
                continue;
            };
            let doc_freq = searcher.doc_freq(&term)?;
            if doc_freq > 0 {
                terms.insert(text, 1.0 / (1.0 + doc_freq as f32));
            }
        }
        Ok(Highlighter {
            terms,
            tokenizer: ChineseTokenizer::new()?,
            max_chars,
        })
    }

    /// The best passage of `text` as HTML, or an empty string when no word matches.
    pub(crate) fn snippet(&self, text: &str) -> String {
        if self.terms.is_empty() {
            return String::new();
        }
        let mut matches: Vec<(Range<usize>, f32)> = (self.tokenizer.tokens(text).into_iter())
            .filter_map(|t| {
                let weight = self.terms.get(&t.text)?;
                Some((t.offset_from..t.offset_to, *weight))
            })
            .filter(|(r, _)| {
                r.start < r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
            })
            .collect();
        if matches.is_empty() {
            return String::new();
        }
        matches.sort_by_key(|(r, _)| (r.start, r.end));
        let window = self.best_window(text, &matches);
        let marked: Vec<Range<usize>> = (matches.iter())
            .map(|(r, _)| r.clone())
            .filter(|r| window.start <= r.start && r.end <= window.end)
            .collect();
        html(text, window, &merge(marked))
    }

    /// The window of at most `max_chars` characters, starting a little before a
    /// match, whose matches weigh most (each term counted once).
    fn best_window(&self, text: &str, matches: &[(Range<usize>, f32)]) -> Range<usize> {
        let mut best: Option<(f32, Range<usize>)> = None;
        for (anchor, _) in matches {
            let start = back_chars(text, anchor.start, LEAD);
            let end = forward_chars(text, start, self.max_chars);
            let mut seen: Vec<&str> = Vec::new();
            let mut score = 0.0;
            for (r, weight) in matches {
                if start <= r.start && r.end <= end && !seen.contains(&&text[r.clone()]) {
                    seen.push(&text[r.clone()]);
                    score += weight;
                }
            }
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, start..end));
            }
        }
        best.map_or(0..0, |(_, w)| w)
    }
}

/// The byte offset `n` characters before `at`, not past the start of its line.
fn back_chars(text: &str, at: usize, n: usize) -> usize {
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (before[line_start..].char_indices().rev())
        .take(n)
        .last()
        .map_or(at, |(i, _)| line_start + i)
}

/// The byte offset `n` characters after `at` (or the end).
fn forward_chars(text: &str, at: usize, n: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i)
}

/// Overlapping or touching ranges joined, in order.
fn merge(ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

fn html(text: &str, window: Range<usize>, marked: &[Range<usize>]) -> String {
    let mut out = String::new();
    let mut at = window.start;
    for r in marked {
        out.push_str(&escape(&text[at..r.start]));
        out.push_str("<b>");
        out.push_str(&escape(&text[r.clone()]));
        out.push_str("</b>");
        at = r.end;
    }
    out.push_str(&escape(&text[at..window.end]));
    out.replace('\n', " ")
}

/// Text made safe to put in HTML.
pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn highlighter(terms: &[&str]) -> Highlighter {
        Highlighter {
            terms: terms.iter().map(|t| (t.to_string(), 1.0)).collect(),
            tokenizer: ChineseTokenizer::new().unwrap(),
            max_chars: 40,
        }
    }

    #[test]
    fn overlapping_sub_words_are_marked_once() {
        let h = highlighter(&["人民", "中华人民共和国"]);
        let s = h.snippet("庆祝中华人民共和国成立，全国人民欢欣鼓舞。");
        assert_eq!(
            s,
            "庆祝<b>中华人民共和国</b>成立，全国<b>人民</b>欢欣鼓舞。"
        );
    }

    #[test]
    fn marks_the_original_script_and_escapes() {
        let h = highlighter(&["检查", "指导"]);
        let s = h.snippet("洪慶<檢查指導>工作 & 調研");
        assert_eq!(s, "洪慶&lt;<b>檢查指導</b>&gt;工作 &amp; 調研");
        assert_eq!(highlighter(&["防汛"]).snippet("检查指导"), "");
    }

    #[test]
    fn the_window_holds_the_most_matches() {
        let h = highlighter(&["防汛", "堤防"]);
        let text = format!("{}。防汛工作要抓实，堤防巡查要到位。", "一".repeat(100));
        let s = h.snippet(&text);
        assert!(
            s.contains("<b>防汛</b>") && s.contains("<b>堤防</b>"),
            "{s}"
        );
        assert!(s.chars().count() < 80);
    }
}
