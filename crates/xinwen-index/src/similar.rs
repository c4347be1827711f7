//! Articles like a given one: "more like this" by shared telling words and names, and
//! the near-duplicates of its cluster.

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, MoreLikeThisQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, OwnedValue, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use crate::search::{SearchHit, SearchOptions};
use crate::{ArticleIndex, IndexError};

/// Terms of the article a "more like this" query keeps (the rarest and most frequent;
/// pairs of adjacent characters, which the index also holds, take many of the places).
const MAX_QUERY_TERMS: usize = 80;

/// Words shorter than this many bytes are left out: single characters (3 bytes) say
/// little about what an article is about.
const MIN_WORD_BYTES: usize = 4;

impl ArticleIndex {
    /// The address of the article with `id` in `searcher`'s view.
    fn address_of(&self, searcher: &Searcher, id: &str) -> Result<Option<DocAddress>, IndexError> {
        let term = Term::from_field_text(self.fields.id, id);
        let query = TermQuery::new(term, IndexRecordOption::Basic);
        let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
        Ok(top.first().map(|(_, address)| *address))
    }

    fn unknown(&self, id: &str) -> IndexError {
        IndexError::Query {
            query: id.to_string(),
            reason: "no article with this id in the index".to_string(),
        }
    }

    /// Articles about the same things as the article with `id`, best first, without
    /// it: a query made of its most telling words (frequent in it, rare in the index)
    /// and of the people, places and organizations it names. `options` limits and
    /// filters as for [`search`](ArticleIndex::search).
    pub fn more_like_this(
        &self,
        id: &str,
        options: &SearchOptions,
    ) -> Result<Vec<SearchHit>, IndexError> {
        let searcher = self.reader.searcher();
        let address = self
            .address_of(&searcher, id)?
            .ok_or_else(|| self.unknown(id))?;
        let doc: TantivyDocument = searcher.doc(address)?;
        let f = &self.fields;
        let fields: Vec<(Field, Vec<OwnedValue>)> =
            [f.title, f.text, f.person, f.place, f.organization]
                .into_iter()
                .map(|field| {
                    let values = (doc.get_all(field))
                        .filter_map(|v| v.as_str())
                        .map(|s| OwnedValue::Str(s.to_string()))
                        .collect();
                    (field, values)
                })
                .filter(|(_, values): &(Field, Vec<OwnedValue>)| !values.is_empty())
                .collect();
        if fields.is_empty() {
            return Ok(Vec::new());
        }
        let like = MoreLikeThisQuery::builder()
            .with_min_doc_frequency(1)
            .with_min_term_frequency(1)
            .with_max_query_terms(MAX_QUERY_TERMS)
            .with_min_word_length(MIN_WORD_BYTES)
            .with_document_fields(fields);
        let query = self.within_dates(Box::new(like), options)?;
        let wider = SearchOptions {
            limit: options.limit,
            ..options.clone()
        };
        self.hits(&*query, &wider, Some(id), &[], None)
    }

    /// The other articles of the near-duplicate cluster of the article with `id`
    /// (reposts of the same story), best first.
    pub fn duplicates_of(&self, id: &str, limit: usize) -> Result<Vec<SearchHit>, IndexError> {
        let searcher = self.reader.searcher();
        let address = self
            .address_of(&searcher, id)?
            .ok_or_else(|| self.unknown(id))?;
        let cluster = match self.signature_and_cluster(&searcher, address)? {
            Some((_, cluster)) => cluster,
            None => return Ok(Vec::new()), // too short to be compared
        };
        let term = Term::from_field_text(self.fields.cluster, &cluster);
        let query = TermQuery::new(term, IndexRecordOption::Basic);
        let options = SearchOptions {
            limit,
            ..SearchOptions::default()
        };
        self.hits(&query, &options, Some(id), &[], None)
    }

    /// `query` restricted to the dates of `options`.
    fn within_dates(
        &self,
        query: Box<dyn Query>,
        options: &SearchOptions,
    ) -> Result<Box<dyn Query>, IndexError> {
        let Some(range) = self.date_range(options)? else {
            return Ok(query);
        };
        Ok(Box::new(BooleanQuery::new(vec![
            (Occur::Must, query),
            (Occur::Must, range),
        ])))
    }
}
