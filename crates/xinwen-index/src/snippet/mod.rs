//! Snippets: the passage of an article where the matched words gather, with those words
//! in `<b>…</b>` as the article writes them.
//!
//! tantivy's own snippets assume the tokens of a text come with ever-growing offsets;
//! the Chinese tokenizer also gives the sub-words of long words (`中华人民共和国` then
//! `人民`), which overlap, so highlighting is done here. Terms are found by their
//! characters in the lines that can hold them (see `lines`), the text in the form of the
//! index's terms (see `find`): no segmenting at query time.

use std::collections::HashMap;
use std::ops::Range;

use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use crate::IndexError;
use crate::query::Run;
use find::Folded;
use lines::LineFilter;
use mark::{html, merge};
use window::{Match, best_window};
use xinwen_chinese::{Resources, ScriptConverter};

mod find;
mod lines;
mod mark;
mod window;

pub(crate) use mark::escape;

/// A term marked wherever it stands.
struct WantedTerm {
    chars: Vec<char>,
    /// Its text: what it is counted as in a window.
    key: String,
    weight: f32,
}

/// A run of terms that must come in a row, with its weight.
struct WantedRun {
    /// Each term's offset from the first, in characters, and its characters.
    terms: Vec<(usize, Vec<char>)>,
    /// The terms joined: what the run is counted as in a window.
    key: String,
    weight: f32,
}

/// Finds and marks the query's words in texts of one field.
pub(crate) struct Highlighter {
    /// Terms wanted alone; rarer terms weigh more.
    terms: Vec<WantedTerm>,
    /// Runs of terms marked only where they come in a row (a phrase as a whole).
    runs: Vec<WantedRun>,
    /// Which lines are worth looking into.
    lines: LineFilter,
    converter: &'static ScriptConverter,
    max_chars: usize,
}

impl Highlighter {
    /// The highlighter for the terms `query` looks for in `field`; the terms of `runs`
    /// are marked only where a whole run is.
    pub(crate) fn new(
        searcher: &Searcher,
        query: &dyn Query,
        runs: &[Run],
        field: Field,
        max_chars: usize,
    ) -> Result<Self, IndexError> {
        let mut wanted: Vec<Term> = Vec::new();
        query.query_terms(&mut |term, _| {
            if term.field() == field {
                wanted.push(term.clone());
            }
        });
        let mut weights = HashMap::new();
        for term in wanted {
            let Some(text) = term.value().as_str().map(str::to_string) else {
                continue;
            };
            let doc_freq = searcher.doc_freq(&term)?;
            if doc_freq > 0 {
                weights.insert(text, 1.0 / (1.0 + doc_freq as f32));
            }
        }
        let converter = Resources::global().converter()?;
        Ok(Self::with_weights(weights, runs, converter, max_chars))
    }

    /// The highlighter for terms of known weights.
    fn with_weights(
        mut weights: HashMap<String, f32>,
        runs: &[Run],
        converter: &'static ScriptConverter,
        max_chars: usize,
    ) -> Self {
        let runs: Vec<WantedRun> = (runs.iter())
            .filter_map(|run| {
                let base = run.first()?.0;
                // a run weighs what its rarest term does; one of a missing term, nothing
                let weight = (run.iter())
                    .map(|(_, t)| weights.get(t).copied())
                    .try_fold(0.0f32, |w, t| t.map(|t| w.max(t)))?;
                Some(WantedRun {
                    terms: (run.iter())
                        .map(|(p, t)| (p - base, t.chars().collect()))
                        .collect(),
                    key: run.iter().map(|(_, t)| t.as_str()).collect(),
                    weight,
                })
            })
            .collect();
        for run in runs.iter().flat_map(|r| &r.terms) {
            weights.remove(&run.1.iter().collect::<String>());
        }
        let terms: Vec<WantedTerm> = (weights.into_iter())
            .map(|(key, weight)| WantedTerm {
                chars: key.chars().collect(),
                key,
                weight,
            })
            .collect();
        let openers =
            (terms.iter().map(|t| t.key.as_str())).chain(runs.iter().map(|r| r.key.as_str()));
        let lines = LineFilter::new(openers, converter);
        Highlighter {
            terms,
            runs,
            lines,
            converter,
            max_chars,
        }
    }

    /// The matches of the terms and runs in `line`, which starts at byte `base` of its
    /// text.
    fn matches_in<'h>(&'h self, line: &str, base: usize, out: &mut Vec<Match<'h>>) {
        let Some(folded) = Folded::new(line, self.converter) else {
            return;
        };
        let bytes = |chars: Range<usize>| {
            let r = folded.bytes(chars);
            base + r.start..base + r.end
        };
        for term in &self.terms {
            for at in folded.find(&term.chars) {
                out.push(Match {
                    range: bytes(at..at + term.chars.len()),
                    key: &term.key,
                    weight: term.weight,
                });
            }
        }
        for run in &self.runs {
            let Some((_, first)) = run.terms.first() else {
                continue;
            };
            for at in folded.find(first) {
                let whole = (run.terms.iter()).all(|(off, term)| folded.holds_at(at + off, term));
                let end = (run.terms.iter())
                    .map(|(off, term)| at + off + term.len())
                    .max()
                    .unwrap_or(at);
                if whole {
                    out.push(Match {
                        range: bytes(at..end),
                        key: &run.key,
                        weight: run.weight,
                    });
                }
            }
        }
    }

    /// The best passage of `text` as HTML, or an empty string when no word matches.
    pub(crate) fn snippet(&self, text: &str) -> String {
        if self.terms.is_empty() && self.runs.is_empty() {
            return String::new();
        }
        let mut matches: Vec<Match<'_>> = Vec::new();
        let mut base = 0;
        for line in text.split('\n') {
            if self.lines.may_match(line) {
                self.matches_in(line, base, &mut matches);
            }
            base += line.len() + 1;
        }
        matches.retain(|m| {
            let r = &m.range;
            r.start < r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
        });
        if matches.is_empty() {
            return String::new();
        }
        matches.sort_by_key(|m| (m.range.start, m.range.end));
        let window = best_window(text, &matches, self.max_chars);
        let marked: Vec<Range<usize>> = (matches.iter())
            .map(|m| m.range.clone())
            .filter(|r| window.start <= r.start && r.end <= window.end)
            .collect();
        html(text, window, &merge(marked))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn converter() -> &'static ScriptConverter {
        Resources::global().converter().unwrap()
    }

    fn highlighter(terms: &[&str]) -> Highlighter {
        let weights = terms.iter().map(|t| (t.to_string(), 1.0)).collect();
        Highlighter::with_weights(weights, &[], converter(), 40)
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

    fn run(terms: &[&str]) -> Run {
        terms
            .iter()
            .enumerate()
            .map(|(p, t)| (p, t.to_string()))
            .collect()
    }

    #[test]
    fn a_phrase_is_marked_where_it_is_whole() {
        let weights = ["森林", "林防", "防火"]
            .map(|t| (t.to_string(), 1.0))
            .into();
        let h =
            Highlighter::with_weights(weights, &[run(&["森林", "林防", "防火"])], converter(), 40);
        let s = h.snippet("州森林防滅火指揮部召開會議，部署森林防火工作。");
        assert_eq!(s, "滅火指揮部召開會議，部署<b>森林防火</b>工作。");
        // must-not: pieces of the phrase alone are not marked
        assert_eq!(h.snippet("州森林防滅火指揮部召開會議。"), "");
    }

    #[test]
    fn the_window_prefers_more_distinct_terms() {
        let mut weights: HashMap<String, f32> = [("防汛", 0.1), ("堤防", 0.1)]
            .map(|(t, w)| (t.to_string(), w))
            .into();
        weights.insert("罕见".to_string(), 0.15);
        let h = Highlighter::with_weights(weights, &[], converter(), 30);
        let text = format!(
            "罕见的景象。{}防汛工作要抓实，堤防巡查要到位。",
            "一".repeat(60)
        );
        let s = h.snippet(&text);
        assert!(
            s.contains("<b>防汛</b>") && s.contains("<b>堤防</b>"),
            "{s}"
        );
    }

    #[test]
    fn long_texts_with_many_matches_take_one_pass() {
        let h = highlighter(&["防汛"]);
        let text = "防汛。".repeat(200_000);
        let s = h.snippet(&text);
        assert!(s.starts_with("<b>防汛</b>"), "{}", &s[..40]);
    }
}
