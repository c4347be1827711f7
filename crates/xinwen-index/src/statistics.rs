//! BM25's word statistics over several shards, so that each shard scores as if it held
//! every article of all of them.

use tantivy::query::Bm25StatisticsProvider;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use crate::ArticleIndex;

/// BM25's statistics summed over the searchers of several shards.
pub(crate) struct ShardStatistics {
    searchers: Vec<Searcher>,
}

impl ShardStatistics {
    pub(crate) fn of(shards: &[&ArticleIndex]) -> Self {
        ShardStatistics {
            searchers: shards.iter().map(|s| s.reader.searcher()).collect(),
        }
    }

    fn sum(&self, each: impl Fn(&Searcher) -> tantivy::Result<u64>) -> tantivy::Result<u64> {
        self.searchers.iter().map(each).sum()
    }
}

impl Bm25StatisticsProvider for ShardStatistics {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        self.sum(|s| s.total_num_tokens(field))
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        self.sum(|s| s.total_num_docs())
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        self.sum(|s| s.doc_freq(term))
    }
}
