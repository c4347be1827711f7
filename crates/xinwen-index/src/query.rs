//! What users type, turned into tantivy queries. Never fails on user input.
//!
//! Syntax: words (combined as the [`QueryMode`] says), `"exact
//! phrases"`, `OR` between alternatives, `-word` or `NOT word` to exclude, `field:value`
//! filters on exact fields (`person:洪慶`, `place:延吉市`, `site:…`, `source:…`, `tag:…`,
//! `organization:…`, `id:…`) and `title:word` to search one text field. Anything else
//! (punctuation, stray quotes, unknown `x:` prefixes) is searched as text or ignored.
//!
//! Phrases, and words of three or more Chinese characters, match as the pairs of
//! adjacent characters the index holds, in a row: `"疫情防控工作"` finds text however
//! the segmenter cut it (`疫情/防控/工作` or `疫情防控/工作`).

mod forward_only;
mod mode;
mod natural;
mod syntax;
#[cfg(test)]
mod tests;
mod words;

use std::cell::{Cell, RefCell};

use tantivy::Term;
use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, EmptyQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::Token;

use crate::schema::{Fields, TEXT_BOOSTS};
use crate::tokenizer::{ChineseTokenizer, Terms};
pub use mode::QueryMode;
pub(crate) use mode::Tier;
use natural::{content_terms, stopped_chars};
use syntax::{Piece, pieces};
use words::{all_han, chars, in_a_row, plain_cut, stretches};

/// How the words of one piece must appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Match {
    AllWords,
    ContentWords,
    AnyWords,
    Phrase,
}

/// Terms that must come in a row (a phrase, a long word as its pairs): each term's
/// position in characters and its text.
pub(crate) type Run = Vec<(usize, String)>;

/// Builds queries over the fields of an index.
pub(crate) struct QueryBuilder<'a> {
    fields: &'a Fields,
    tokenizer: ChineseTokenizer,
    simplify: &'a dyn Fn(&str) -> String,
    /// The runs of terms the queries built so far require in the body.
    runs: RefCell<Vec<Run>>,
    /// Whether a query built since the last [`QueryBuilder::take_tiered`] holds plain
    /// words, whose query depends on the tier.
    tiered: Cell<bool>,
}

impl<'a> QueryBuilder<'a> {
    pub(crate) fn new(
        fields: &'a Fields,
        tokenizer: ChineseTokenizer,
        simplify: &'a dyn Fn(&str) -> String,
    ) -> Self {
        QueryBuilder {
            fields,
            tokenizer,
            simplify,
            runs: RefCell::new(Vec::new()),
            tiered: Cell::new(false),
        }
    }

    /// Whether the queries built since the last call hold plain words: when they do
    /// not, every tier builds the same query.
    pub(crate) fn take_tiered(&self) -> bool {
        self.tiered.replace(false)
    }

    /// The runs of terms (phrases, long words) the queries built since the last call
    /// require in the body, for snippets to mark them whole.
    pub(crate) fn take_body_runs(&self) -> Vec<Run> {
        std::mem::take(&mut *self.runs.borrow_mut())
    }

    /// `terms` in a row in `field`, noted when the field is the body.
    fn in_a_row(&self, field: Field, mut terms: Vec<(usize, &str)>) -> Option<Box<dyn Query>> {
        terms.sort_by_key(|(p, _)| *p);
        terms.dedup_by_key(|(p, _)| *p);
        if field == self.fields.text && terms.len() > 1 {
            let run = terms.iter().map(|(p, t)| (*p, (*t).to_string())).collect();
            self.runs.borrow_mut().push(run);
        }
        in_a_row(field, terms)
    }

    fn term_in(&self, field: Field, text: &str) -> Box<dyn Query> {
        let term = Term::from_field_text(field, text);
        Box::new(TermQuery::new(
            term,
            IndexRecordOption::WithFreqsAndPositions,
        ))
    }

    /// `text` as it must appear in `field`, character by character: runs of Chinese
    /// characters as their pairs, lone characters and Latin words as themselves.
    fn phrase_in(&self, field: Field, terms: &Terms) -> Option<Box<dyn Query>> {
        let pair_at = |p: usize| (terms.pairs.binary_search_by_key(&p, |q| q.position)).is_ok();
        let in_pair = |p: usize| pair_at(p) || p.checked_sub(1).is_some_and(pair_at);
        let mut parts: Vec<(usize, &str)> = (terms.pairs.iter())
            .map(|t| (t.position, t.text.as_str()))
            .collect();
        for word in &terms.words {
            let lone_han = all_han(word) && chars(word) == 1 && !in_pair(word.position);
            if lone_han || !all_han(word) {
                parts.push((word.position, word.text.as_str()));
            }
        }
        self.in_a_row(field, parts)
    }

    /// The words of `text` in `field`: every word of a plain cut (`Match::AllWords`;
    /// long Chinese words as their pairs in a row), every such word that is not a
    /// function word (`Match::ContentWords`), or any word, sub-word or pair that is not
    /// a function word or part of one (`Match::AnyWords`).
    /// `terms` is the text cut with every pair for `Match::AllWords` and
    /// `Match::ContentWords`.
    fn words_in(&self, field: Field, terms: &Terms, how: Match) -> Option<Box<dyn Query>> {
        let every = matches!(how, Match::AllWords | Match::ContentWords);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if every {
            let mut cut = plain_cut(&terms.words);
            if how == Match::ContentWords {
                // function words out before lone characters join their neighbours
                let stopped = stopped_chars(&terms.words, &terms.pairs);
                let content = |w: &&Token| {
                    !(w.position..w.position + chars(w)).any(|c| stopped.get(c) == Some(&true))
                };
                if cut.iter().any(content) {
                    cut.retain(content);
                }
            }
            let required = stretches(&cut);
            for stretch in required {
                let q = match stretch.word {
                    Some(word) if !stretch.as_pairs() => Some(self.term_in(field, word)),
                    _ => self.in_a_row(
                        field,
                        (terms.pairs.iter())
                            .filter(|p| {
                                p.position >= stretch.start && p.position + 2 <= stretch.end
                            })
                            .map(|p| (p.position, p.text.as_str()))
                            .collect(),
                    ),
                };
                clauses.extend(q.map(|q| (Occur::Must, q)));
            }
        } else {
            for (text, weight) in content_terms(&terms.words, &terms.pairs) {
                let q = self.term_in(field, text);
                let q: Box<dyn Query> = if weight < 1.0 {
                    Box::new(BoostQuery::new(q, weight))
                } else {
                    q
                };
                clauses.push((Occur::Should, q));
            }
        }
        match clauses.len() {
            0 => None,
            1 => clauses.pop().map(|(_, q)| q),
            _ => Some(Box::new(BooleanQuery::new(clauses))),
        }
    }

    /// `text` searched in every full-text field (or only `only`), boosted by field.
    /// `text` is cut once, for every field.
    fn text_query(&self, text: &str, how: Match, only: Option<Field>) -> Option<Box<dyn Query>> {
        let terms = self.tokenizer.terms(text, how != Match::AnyWords);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (name, boost) in TEXT_BOOSTS {
            let Some(field) = self.fields.text_field(name) else {
                continue;
            };
            if only.is_some_and(|o| o != field) {
                continue;
            }
            let q = match how {
                Match::Phrase => self.phrase_in(field, &terms),
                _ => self.words_in(field, &terms, how),
            };
            if let Some(q) = q {
                clauses.push((Occur::Should, Box::new(BoostQuery::new(q, *boost))));
            }
        }
        if how != Match::Phrase && !clauses.is_empty() {
            self.tiered.set(true);
        }
        (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
    }

    fn piece_query(&self, piece: &Piece, words: Match) -> Option<Box<dyn Query>> {
        match piece {
            Piece::Words(w) => self.text_query(w, words, None),
            Piece::Phrase(p) => self.text_query(p, Match::Phrase, None),
            Piece::Field(name, value) => {
                if let Some(field) = self.fields.filter_field(name) {
                    let value = value.trim_matches(['"', '“', '”']);
                    let value = if name == "id" {
                        value.to_string()
                    } else {
                        (self.simplify)(value)
                    };
                    Some(self.term_in(field, &value))
                } else if let Some(field) = self.fields.text_field(name) {
                    let quoted = value.starts_with(['"', '“', '「']);
                    let value = value.trim_matches(['"', '“', '”', '「', '」']);
                    let how = if quoted { Match::Phrase } else { words };
                    self.text_query(value, how, Some(field))
                } else {
                    self.text_query(&format!("{name}:{value}"), words, None)
                }
            }
            Piece::Or => None,
        }
    }

    /// The query for what a user typed, its plain words combined as `tier` says;
    /// `None` when it holds nothing searchable.
    pub(crate) fn build_with(&self, query: &str, tier: Tier) -> Option<Box<dyn Query>> {
        let (words, occur) = match tier {
            Tier::Every => (Match::AllWords, Occur::Must),
            Tier::EveryContent => (Match::ContentWords, Occur::Must),
            Tier::Any => (Match::AnyWords, Occur::Should),
        };
        let mut groups: Vec<Vec<(Occur, Box<dyn Query>)>> = vec![Vec::new()];
        let mut excluded: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (negated, piece) in pieces(query) {
            if piece == Piece::Or {
                groups.push(Vec::new());
                continue;
            }
            let Some(q) = self.piece_query(&piece, words) else {
                continue;
            };
            if negated {
                excluded.push((Occur::MustNot, q));
            } else if let Some(group) = groups.last_mut() {
                let plain = matches!(piece, Piece::Words(_));
                group.push((if plain { occur } else { Occur::Must }, q));
            }
        }
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = (groups.into_iter())
            .filter(|g| !g.is_empty())
            .map(|g| {
                (
                    Occur::Should,
                    Box::new(BooleanQuery::new(g)) as Box<dyn Query>,
                )
            })
            .collect();
        if alternatives.is_empty() {
            return (!excluded.is_empty()).then(|| {
                excluded.push((Occur::Must, Box::new(AllQuery)));
                Box::new(BooleanQuery::new(excluded)) as Box<dyn Query>
            });
        }
        let positive: Box<dyn Query> = if alternatives.len() == 1 {
            (alternatives.pop()).map_or_else(|| Box::new(EmptyQuery) as Box<dyn Query>, |(_, q)| q)
        } else {
            Box::new(BooleanQuery::new(alternatives))
        };
        if excluded.is_empty() {
            return Some(positive);
        }
        excluded.push((Occur::Must, positive));
        Some(Box::new(BooleanQuery::new(excluded)))
    }
}
