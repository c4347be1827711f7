//! Several indexes searched as one: the shards that workers built, opened side by side
//! instead of merged. Every shard scores with the term statistics of all of them
//! together (BM25's document frequencies and lengths summed over the shards), so the
//! merged top hits rank as in one index holding every article; facets are summed.

use std::path::Path;

use xinwen_core::Article;

use crate::search::search_in;
use crate::{ArticleIndex, FacetCount, IndexError, SearchHit, SearchOptions};

/// Several xinwen indexes (shards built by separate workers) searched together.
///
/// ```
/// use xinwen_core::Article;
/// use xinwen_index::{ArticleIndex, SearchOptions, ShardedIndex};
///
/// let dir = tempfile::tempdir().unwrap();
/// for (n, text) in ["青禾市召开防汛工作会议。", "柳塘镇部署防汛抗旱工作。"].iter().enumerate() {
///     let shard = ArticleIndex::create(dir.path().join(format!("shard{n}"))).unwrap();
///     shard.add(&Article { id: format!("a{n}"), text: text.to_string(), ..Article::default() }).unwrap();
///     shard.commit().unwrap();
/// }
/// let shards = ShardedIndex::open(&[dir.path().join("shard0"), dir.path().join("shard1")]).unwrap();
/// assert_eq!(shards.len(), 2);
/// assert_eq!(shards.search("防汛", &SearchOptions::default()).unwrap().len(), 2);
/// assert_eq!(shards.search("抗旱", &SearchOptions::default()).unwrap()[0].id, "a1");
/// ```
#[derive(Debug)]
pub struct ShardedIndex {
    shards: Vec<ArticleIndex>,
}

impl ShardedIndex {
    /// Opens the index in each of `paths` (at least one).
    pub fn open<P: AsRef<Path>>(paths: &[P]) -> Result<Self, IndexError> {
        if paths.is_empty() {
            return Err(IndexError::NotAnIndex("(no shard given)".into()));
        }
        let shards = (paths.iter())
            .map(ArticleIndex::open)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ShardedIndex { shards })
    }

    /// The shards, in the order they were given.
    pub fn shards(&self) -> &[ArticleIndex] {
        &self.shards
    }

    /// The number of articles visible in all shards.
    pub fn len(&self) -> u64 {
        self.shards.iter().map(ArticleIndex::len).sum()
    }

    /// True when no shard holds an article.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn refs(&self) -> Vec<&ArticleIndex> {
        self.shards.iter().collect()
    }

    /// The best hits over every shard, as [`ArticleIndex::search`] gives them in one
    /// index; an article held by two shards shows once.
    pub fn search(
        &self,
        query: &str,
        options: &SearchOptions,
    ) -> Result<Vec<SearchHit>, IndexError> {
        search_in(&self.refs(), query, options)
    }

    /// Facet counts summed over the shards (see [`ArticleIndex::facet_counts`]).
    pub fn facet_counts(
        &self,
        query: &str,
        field: &str,
        size: usize,
        options: &SearchOptions,
    ) -> Result<Vec<FacetCount>, IndexError> {
        crate::facets::facet_counts_in(&self.refs(), query, field, size, options)
    }

    /// The stored record of the article with `id`, from the first shard holding it.
    pub fn get(&self, id: &str) -> Result<Option<Article>, IndexError> {
        for shard in &self.shards {
            if let Some(article) = shard.get(id)? {
                return Ok(Some(article));
            }
        }
        Ok(None)
    }
}
