//! The hits of a built query: records read back, with their snippets.

use serde::Deserialize;
use tantivy::TantivyDocument;
use tantivy::collector::TopDocs;
use tantivy::query::{Bm25StatisticsProvider, Query};
use tantivy::schema::Value;

use crate::query::Run;
use crate::snippet::{Highlighter, escape};
use crate::{ArticleIndex, IndexError, SearchHit, SearchOptions};

/// Characters of body text a snippet shows.
const SNIPPET_CHARS: usize = 120;

/// The fields of a stored record a hit shows (the rest is skipped, not built).
#[derive(Default, Deserialize)]
#[serde(default)]
struct HitRecord {
    id: String,
    url: Option<String>,
    path: Option<String>,
    title: Option<String>,
    published: Option<String>,
    text: String,
}

impl ArticleIndex {
    /// The hits of a built query, best first; `skip` is an id left out (the article a
    /// "more like this" starts from); `runs` are the terms snippets mark only in a row;
    /// `statistics` are those of all shards searched together (this index's by default).
    pub(crate) fn hits(
        &self,
        query: &dyn Query,
        options: &SearchOptions,
        skip: Option<&str>,
        runs: &[Run],
        statistics: Option<&dyn Bm25StatisticsProvider>,
    ) -> Result<Vec<SearchHit>, IndexError> {
        if options.limit == 0 {
            return Ok(Vec::new());
        }
        let searcher = self.reader.searcher();
        let limit = options.limit;
        // collapsing keeps one hit per cluster: look further down the ranking
        let wanted = if options.collapse_duplicates {
            limit * 5
        } else {
            limit
        } + 1;
        let collector = TopDocs::with_limit(wanted).order_by_score();
        // scored with the statistics of several shards together, when searched as one
        let top = match statistics {
            Some(s) => searcher.search_with_statistics_provider(query, &collector, s)?,
            None => searcher.search(query, &collector)?,
        };
        let highlighter =
            Highlighter::new(&searcher, query, runs, self.fields.text, SNIPPET_CHARS)?;
        let mut hits: Vec<SearchHit> = Vec::with_capacity(limit);
        for (score, address) in top {
            if hits.len() == limit {
                break;
            }
            let doc: TantivyDocument = searcher.doc(address)?;
            let cluster = (doc.get_first(self.fields.cluster))
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string();
            if options.collapse_duplicates && hits.iter().any(|h| h.cluster == cluster) {
                continue;
            }
            let article: HitRecord = (doc.get_first(self.fields.record))
                .and_then(|v| v.as_str())
                .and_then(|json| serde_json::from_str(json).ok())
                .unwrap_or_default();
            if skip == Some(article.id.as_str()) {
                continue;
            }
            let mut snippet = highlighter.snippet(&article.text);
            if snippet.is_empty() {
                let start: String = article.text.chars().take(SNIPPET_CHARS).collect();
                snippet = escape(&start).replace('\n', " ");
            }
            hits.push(SearchHit {
                id: article.id,
                url: article.url,
                path: article.path,
                score,
                title: article.title,
                published: article.published,
                snippet,
                cluster,
            });
        }
        Ok(hits)
    }
}
