//! Running searches: hits with scores, dates and highlighted snippets.

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{AllQuery, BooleanQuery, EmptyQuery, Occur, Query};
use tantivy::schema::Value;
use tantivy::{TantivyDocument, Term};
use xinwen_core::Article;

use std::collections::HashSet;

use tantivy::collector::Count;

use crate::query::{QueryBuilder, QueryMode, Run};
use crate::statistics::ShardStatistics;
use crate::{ArticleIndex, ChineseTokenizer, IndexError, simplify};

/// How to search.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// The most hits to return.
    pub limit: usize,
    /// Only articles published on or after this date (`2021-01-01`, `2021-01`, `2021`).
    pub since: Option<String>,
    /// Only articles published before the end of this date.
    pub until: Option<String>,
    /// One hit per near-duplicate cluster: the best scoring of each.
    pub collapse_duplicates: bool,
    /// How the words of the query combine: articles with all of them first, then
    /// with most of them (the default); all must match; or any may.
    pub mode: QueryMode,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 10,
            since: None,
            until: None,
            collapse_duplicates: false,
            mode: QueryMode::MostWords,
        }
    }
}

/// The search of one tier of a query mode, with the runs of terms it requires in
/// the body (for snippets).
pub(crate) struct TierQuery {
    pub(crate) query: Box<dyn Query>,
    pub(crate) runs: Vec<Run>,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    /// The article id.
    pub id: String,
    /// Its URL, if known.
    pub url: Option<String>,
    /// Its file, if any.
    pub path: Option<String>,
    /// Relevance (BM25) among the hits of its tier (see [`QueryMode`]); higher is
    /// better.
    pub score: f32,
    /// Its headline.
    pub title: Option<String>,
    /// Its publication date, as in the record.
    pub published: Option<String>,
    /// A passage of the body with the matched words in `<b>…</b>`.
    pub snippet: String,
    /// Its near-duplicate cluster (the id of the cluster's first article).
    pub cluster: String,
}

impl ArticleIndex {
    /// The queries of the tiers of `options.mode` for what a user typed, within the
    /// dates of `options`, each with the runs of terms it requires in the body.
    pub(crate) fn tier_queries(
        &self,
        query: &str,
        options: &SearchOptions,
        all_when_empty: bool,
    ) -> Result<Vec<TierQuery>, IndexError> {
        let builder = QueryBuilder::new(&self.fields, ChineseTokenizer::new()?, &simplify);
        let range = self.date_range(options)?;
        let mut tiers: Vec<TierQuery> = Vec::new();
        for tier in options.mode.tiers() {
            let mut text = builder.build_with(query, *tier);
            let runs = builder.take_body_runs();
            let tiered = builder.take_tiered();
            if text.is_none() && all_when_empty && query.trim().is_empty() {
                text = Some(Box::new(AllQuery));
            }
            let query: Box<dyn Query> = match (&range, text) {
                (None, text) => text.unwrap_or_else(|| Box::new(EmptyQuery)),
                (Some(range), text) => {
                    let mut clauses: Vec<(Occur, Box<dyn Query>)> =
                        vec![(Occur::Must, range.box_clone())];
                    clauses.extend(text.map(|text| (Occur::Must, text)));
                    Box::new(BooleanQuery::new(clauses))
                }
            };
            tiers.push(TierQuery { query, runs });
            // a query without plain words (`person:…`, a phrase) is the same in every
            // tier: search it once
            if !tiered {
                break;
            }
        }
        Ok(tiers)
    }

    /// The best `options.limit` articles for `query` (see the [query syntax](crate)).
    /// What users type never makes a search fail; only malformed `since`/`until` dates do.
    ///
    /// ```
    /// use xinwen_core::{Article, Person, Place, PlaceLevel};
    /// use xinwen_index::{ArticleIndex, SearchOptions};
    ///
    /// let dir = tempfile::tempdir().unwrap();
    /// let index = ArticleIndex::create(dir.path()).unwrap();
    /// let hong = Person { name: "洪慶".into(), titles: vec!["市委書記".into()], mentions: vec![] };
    /// let yanji = Place { name: "延吉市".into(), level: PlaceLevel::County, mentions: vec![] };
    /// index.add(&Article {
    ///     id: "yanji".into(),
    ///     title: Some("洪慶檢查指導全市疫情防控工作".into()),
    ///     text: "州委副書記、市委書記洪慶就全市疫情防控工作進行檢查指導。".into(),
    ///     published: Some("2020-02-07T18:25:00+08:00".into()),
    ///     people: vec![hong],
    ///     places: vec![yanji],
    ///     ..Article::default()
    /// }).unwrap();
    /// index.add(&Article {
    ///     id: "hunchun".into(),
    ///     title: Some("珲春市召开疫情防控工作会议".into()),
    ///     text: "会议部署了元旦春节期间的疫情防控工作。".into(),
    ///     published: Some("2021-12-30T16:00:00+08:00".into()),
    ///     ..Article::default()
    /// }).unwrap();
    /// index.commit().unwrap();
    ///
    /// let ids = |query: &str, options: &SearchOptions| -> Vec<String> {
    ///     index.search(query, options).unwrap().into_iter().map(|hit| hit.id).collect()
    /// };
    /// let all = SearchOptions::default();
    /// assert_eq!(ids("person:洪庆", &all), ["yanji"]);            // either script
    /// assert_eq!(ids("place:延吉市 检查指导", &all), ["yanji"]);
    /// assert_eq!(ids("\"疫情防控工作\"", &all).len(), 2);        // a phrase
    /// assert_eq!(ids("疫情防控 NOT 珲春", &all), ["yanji"]);
    /// let recent = SearchOptions { since: Some("2021-01-01".into()), ..SearchOptions::default() };
    /// assert_eq!(ids("疫情防控", &recent), ["hunchun"]);
    /// let places = index.facet_counts("疫情", "place", 5, &all).unwrap();
    /// assert_eq!((places[0].value.as_str(), places[0].count), ("延吉市", 1));
    /// ```
    pub fn search(
        &self,
        query: &str,
        options: &SearchOptions,
    ) -> Result<Vec<SearchHit>, IndexError> {
        search_in(&[self], query, options)
    }

    /// The stored record of `doc`.
    fn article_of(&self, doc: &TantivyDocument) -> Option<Article> {
        let json = doc.get_first(self.fields.record)?.as_str()?;
        serde_json::from_str(json).ok()
    }

    /// The stored record of the article with `id`.
    pub fn get(&self, id: &str) -> Result<Option<Article>, IndexError> {
        let searcher = self.reader.searcher();
        let term = Term::from_field_text(self.fields.id, id);
        let query = tantivy::query::TermQuery::new(term, tantivy::schema::IndexRecordOption::Basic);
        let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
        match top.first() {
            Some((_, address)) => Ok(self.article_of(&searcher.doc(*address)?)),
            None => Ok(None),
        }
    }
}

/// The search of [`ArticleIndex::search`] over several shards: each tier of the mode
/// in turn, the hits of every shard merged by score, until `options.limit` hits.
pub(crate) fn search_in(
    shards: &[&ArticleIndex],
    query: &str,
    options: &SearchOptions,
) -> Result<Vec<SearchHit>, IndexError> {
    let Some(first) = shards.first() else {
        return Ok(Vec::new());
    };
    let tiers = first.tier_queries(query, options, false)?;
    let statistics = ShardStatistics::of(shards);
    let mut hits: Vec<SearchHit> = Vec::with_capacity(options.limit);
    let mut seen: HashSet<String> = HashSet::new();
    for TierQuery { query: tier, runs } in &tiers {
        if hits.len() >= options.limit {
            break;
        }
        // the hits of this tier after those already found
        let wider = SearchOptions {
            limit: options.limit + hits.len(),
            ..options.clone()
        };
        let mut found = Vec::new();
        for shard in shards {
            found.extend(shard.hits(&**tier, &wider, None, runs, Some(&statistics))?);
        }
        if shards.len() > 1 {
            // stable: equal scores keep the order of the shards
            found.sort_by(|a, b| b.score.total_cmp(&a.score));
        }
        for hit in found {
            let known = if options.collapse_duplicates {
                &hit.cluster
            } else {
                &hit.id
            };
            if hits.len() < options.limit && seen.insert(known.clone()) {
                hits.push(hit);
            }
        }
    }
    Ok(hits)
}

/// The query for what a user typed within the dates of `options`, of the first tier
/// of its mode that matches an article in some shard; an empty query matches every
/// article.
pub(crate) fn query_or_all_in(
    shards: &[&ArticleIndex],
    query: &str,
    options: &SearchOptions,
) -> Result<Box<dyn Query>, IndexError> {
    let Some(first) = shards.first() else {
        return Ok(Box::new(EmptyQuery));
    };
    let mut tiers: Vec<Box<dyn Query>> = (first.tier_queries(query, options, true)?)
        .into_iter()
        .map(|t| t.query)
        .collect();
    let last = tiers.pop().unwrap_or_else(|| Box::new(EmptyQuery));
    for tier in tiers {
        for shard in shards {
            if shard.reader.searcher().search(&*tier, &Count)? > 0 {
                return Ok(tier);
            }
        }
    }
    Ok(last)
}
