//! What users type, turned into tantivy queries. Never fails on user input.
//!
//! Syntax: words (all must match; with [`QueryMode::AnyWords`], any may), `"exact
//! phrases"`, `OR` between alternatives, `-word` or `NOT word` to exclude, `field:value`
//! filters on exact fields (`person:洪慶`, `place:延吉市`, `site:…`, `source:…`, `tag:…`,
//! `organization:…`, `id:…`) and `title:word` to search one text field. Anything else
//! (punctuation, stray quotes, unknown `x:` prefixes) is searched as text or ignored.
//!
//! Phrases, and words of three or more Chinese characters, match as the pairs of
//! adjacent characters the index holds, in a row: `"疫情防控工作"` finds text however
//! the segmenter cut it (`疫情/防控/工作` or `疫情防控/工作`).

mod natural;
mod syntax;
#[cfg(test)]
mod tests;
mod words;

use tantivy::Term;
use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, EmptyQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};

use crate::IndexError;
use crate::schema::{Fields, TEXT_BOOSTS};
use crate::tokenizer::ChineseTokenizer;
use natural::content_terms;
use syntax::{Piece, pieces};
use words::{all_han, chars, in_a_row, plain_cut, stretches};

/// How the plain words of a query combine.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum QueryMode {
    /// Every word must match: what a search box means (the default).
    #[default]
    AllWords,
    /// Any word may match, and articles with more and rarer words rank first (BM25);
    /// function words and question words (`的`, `是`, `哪些`) are left out. For
    /// questions and other natural-language text. Phrases, field filters and
    /// exclusions still must hold.
    AnyWords,
}

impl std::str::FromStr for QueryMode {
    type Err = IndexError;

    /// `all` or `any`.
    fn from_str(mode: &str) -> Result<Self, IndexError> {
        match mode.trim().to_ascii_lowercase().as_str() {
            "all" => Ok(QueryMode::AllWords),
            "any" => Ok(QueryMode::AnyWords),
            _ => Err(IndexError::Query {
                query: mode.to_string(),
                reason: "the query mode is \"all\" or \"any\"".to_string(),
            }),
        }
    }
}

/// How the words of one piece must appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Match {
    AllWords,
    AnyWords,
    Phrase,
}

/// Builds queries over the fields of an index.
pub(crate) struct QueryBuilder<'a> {
    pub(crate) fields: &'a Fields,
    pub(crate) tokenizer: ChineseTokenizer,
    pub(crate) simplify: &'a dyn Fn(&str) -> String,
}

impl QueryBuilder<'_> {
    fn term_in(&self, field: Field, text: &str) -> Box<dyn Query> {
        let term = Term::from_field_text(field, text);
        Box::new(TermQuery::new(
            term,
            IndexRecordOption::WithFreqsAndPositions,
        ))
    }

    /// `text` as it must appear in `field`, character by character: runs of Chinese
    /// characters as their pairs, lone characters and Latin words as themselves.
    fn phrase_in(&self, field: Field, text: &str) -> Option<Box<dyn Query>> {
        let terms = self.tokenizer.terms(text, true);
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
        in_a_row(field, parts)
    }

    /// The words of `text` in `field`: every word of a plain cut (`Match::AllWords`;
    /// long Chinese words as their pairs in a row), or any word, sub-word or pair that
    /// is not a function word or part of one (`Match::AnyWords`).
    fn words_in(&self, field: Field, text: &str, how: Match) -> Option<Box<dyn Query>> {
        let terms = self.tokenizer.terms(text, how == Match::AllWords);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if how == Match::AllWords {
            for stretch in stretches(&plain_cut(&terms.words)) {
                let q = match stretch.word {
                    Some(word) if !stretch.as_pairs() => Some(self.term_in(field, word)),
                    _ => in_a_row(
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
    fn text_query(&self, text: &str, how: Match, only: Option<Field>) -> Option<Box<dyn Query>> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (name, boost) in TEXT_BOOSTS {
            let Some(field) = self.fields.text_field(name) else {
                continue;
            };
            if only.is_some_and(|o| o != field) {
                continue;
            }
            let q = match how {
                Match::Phrase => self.phrase_in(field, text),
                _ => self.words_in(field, text, how),
            };
            if let Some(q) = q {
                clauses.push((Occur::Should, Box::new(BoostQuery::new(q, *boost))));
            }
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

    /// The query for what a user typed, its plain words combined as `mode` says;
    /// `None` when it holds nothing searchable.
    pub(crate) fn build_with(&self, query: &str, mode: QueryMode) -> Option<Box<dyn Query>> {
        let (words, occur) = match mode {
            QueryMode::AllWords => (Match::AllWords, Occur::Must),
            QueryMode::AnyWords => (Match::AnyWords, Occur::Should),
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
