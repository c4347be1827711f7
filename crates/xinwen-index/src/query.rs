//! What users type, turned into tantivy queries. Never fails on user input.
//!
//! Syntax: words (all must match), `"exact phrases"`, `OR` between alternatives,
//! `-word` or `NOT word` to exclude, `field:value` filters on exact fields
//! (`person:洪慶`, `place:延吉市`, `site:…`, `source:…`, `tag:…`, `organization:…`,
//! `id:…`) and `title:word` to search one text field. Anything else (punctuation,
//! stray quotes, unknown `x:` prefixes) is searched as text or ignored.

use tantivy::Term;
use tantivy::query::{BooleanQuery, BoostQuery, EmptyQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};

use crate::schema::{Fields, TEXT_BOOSTS};
use crate::tokenizer::ChineseTokenizer;

/// One piece of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Words(String),
    Phrase(String),
    Field(String, String),
    Or,
}

/// Splits a query into pieces, with `-`/`NOT` marking exclusion.
fn pieces(query: &str) -> Vec<(bool, Piece)> {
    let mut out = Vec::new();
    let mut rest = query.trim();
    let mut negate_next = false;
    while !rest.is_empty() {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let mut negated = std::mem::take(&mut negate_next);
        if let Some(r) = rest.strip_prefix('-') {
            negated = true;
            rest = r;
        }
        if let Some(r) = rest.strip_prefix(['"', '“', '”', '「']) {
            let end = r.find(['"', '“', '”', '」']).unwrap_or(r.len());
            out.push((negated, Piece::Phrase(r[..end].to_string())));
            rest = r
                .get(end..)
                .map(|s| s.trim_start_matches(['"', '“', '”', '」']))
                .unwrap_or("");
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..end];
        rest = &rest[end..];
        match word {
            "OR" | "|" => out.push((false, Piece::Or)),
            "AND" | "&&" => {}
            "NOT" => negate_next = true,
            _ => match word.split_once([':', '：']) {
                Some((field, value)) if !field.is_empty() && !value.is_empty() => out.push((
                    negated,
                    Piece::Field(field.to_ascii_lowercase(), value.to_string()),
                )),
                _ => out.push((negated, Piece::Words(word.to_string()))),
            },
        }
    }
    out
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

    /// The words of a plain cut of `text`: at each position not yet covered, the longest
    /// token starting there (the index also holds its sub-words, so a query word matches
    /// itself and any longer word it is part of), with its character position.
    fn plain_cut(&self, text: &str) -> Vec<(usize, String)> {
        let tokens = self.tokenizer.tokens(text);
        let mut words: Vec<(usize, String)> = Vec::new();
        let mut covered = 0;
        for t in &tokens {
            if t.position < covered {
                continue;
            }
            let longest = (tokens.iter())
                .filter(|o| o.position == t.position)
                .max_by_key(|o| o.text.chars().count())
                .unwrap_or(t);
            covered = longest.position + longest.text.chars().count();
            words.push((longest.position, longest.text.clone()));
        }
        words
    }

    /// Words in `text` as they must appear consecutively in `field`.
    fn phrase_in(&self, field: Field, text: &str) -> Option<Box<dyn Query>> {
        let words = self.plain_cut(text);
        let base = words.first()?.0;
        let mut terms: Vec<(usize, Term)> = (words.into_iter())
            .map(|(p, w)| (p - base, Term::from_field_text(field, &w)))
            .collect();
        if terms.len() == 1 {
            let (_, term) = terms.pop()?;
            return Some(Box::new(TermQuery::new(
                term,
                IndexRecordOption::WithFreqsAndPositions,
            )));
        }
        Some(Box::new(PhraseQuery::new_with_offset(terms)))
    }

    /// `text` searched in every full-text field (or only `only`), boosted by field.
    fn text_query(&self, text: &str, phrase: bool, only: Option<Field>) -> Option<Box<dyn Query>> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (name, boost) in TEXT_BOOSTS {
            let Some(field) = self.fields.text_field(name) else {
                continue;
            };
            if only.is_some_and(|o| o != field) {
                continue;
            }
            let q = if phrase {
                self.phrase_in(field, text)
            } else {
                self.words_in(field, text)
            };
            if let Some(q) = q {
                clauses.push((Occur::Should, Box::new(BoostQuery::new(q, *boost))));
            }
        }
        (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
    }

    /// Every word of `text` (a plain cut) must appear in `field`.
    fn words_in(&self, field: Field, text: &str) -> Option<Box<dyn Query>> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = (self.plain_cut(text).into_iter())
            .map(|(_, w)| (Occur::Must, self.term_in(field, &w)))
            .collect();
        match clauses.len() {
            0 => None,
            1 => clauses.pop().map(|(_, q)| q),
            _ => Some(Box::new(BooleanQuery::new(clauses))),
        }
    }

    fn piece_query(&self, piece: &Piece) -> Option<Box<dyn Query>> {
        match piece {
            Piece::Words(w) => self.text_query(w, false, None),
            Piece::Phrase(p) => self.text_query(p, true, None),
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
                    self.text_query(value, value.starts_with('"'), Some(field))
                } else {
                    self.text_query(&format!("{name}:{value}"), false, None)
                }
            }
            Piece::Or => None,
        }
    }

    /// The query for what a user typed; `None` when it holds nothing searchable.
    pub(crate) fn build(&self, query: &str) -> Option<Box<dyn Query>> {
        let mut groups: Vec<Vec<(Occur, Box<dyn Query>)>> = vec![Vec::new()];
        let mut excluded: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (negated, piece) in pieces(query) {
            if piece == Piece::Or {
                groups.push(Vec::new());
                continue;
            }
            let Some(q) = self.piece_query(&piece) else {
                continue;
            };
            if negated {
                excluded.push((Occur::MustNot, q));
            } else if let Some(group) = groups.last_mut() {
                group.push((Occur::Must, q));
            }
        }
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = groups
            .into_iter()
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
                excluded.push((Occur::Must, Box::new(tantivy::query::AllQuery)));
                Box::new(BooleanQuery::new(excluded)) as Box<dyn Query>
            });
        }
        let positive: Box<dyn Query> = if alternatives.len() == 1 {
            alternatives
                .pop()
                .map(|(_, q)| q)
                .unwrap_or_else(|| Box::new(EmptyQuery))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_queries() {
        assert_eq!(
            pieces(r#"疫情 "防控 工作" -延吉 person:洪慶 OR x"#),
            [
                (false, Piece::Words("疫情".into())),
                (false, Piece::Phrase("防控 工作".into())),
                (true, Piece::Words("延吉".into())),
                (false, Piece::Field("person".into(), "洪慶".into())),
                (false, Piece::Or),
                (false, Piece::Words("x".into())),
            ]
        );
        assert_eq!(
            pieces("\"unclosed"),
            [(false, Piece::Phrase("unclosed".into()))]
        );
        assert_eq!(pieces("a: :b NOT c").len(), 3);
    }
}
