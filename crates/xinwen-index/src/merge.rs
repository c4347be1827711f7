//! Index shards merged into one: workers each build an index of their part of a
//! corpus, then one index takes in every article of each (upsert by id). The articles
//! are added again from their stored records, so the merged index ranks, clusters and
//! counts as an index built in one process from the same articles.

use tantivy::TantivyDocument;
use tantivy::schema::Value;
use xinwen_core::Article;

use crate::{ArticleIndex, IndexError};

/// Documents a shard's store reader keeps decompressed.
const STORE_CACHE_BLOCKS: usize = 16;

impl ArticleIndex {
    /// Adds every article of `shard` (replacing any with the same id); visible after
    /// [`commit`](ArticleIndex::commit). Returns how many were added.
    ///
    /// ```
    /// use xinwen_core::Article;
    /// use xinwen_index::{ArticleIndex, SearchOptions};
    ///
    /// let dir = tempfile::tempdir().unwrap();
    /// let shard = ArticleIndex::create(dir.path().join("shard")).unwrap();
    /// shard.add(&Article { id: "a".into(), text: "青禾市召开防汛工作会议。".into(), ..Article::default() }).unwrap();
    /// shard.commit().unwrap();
    /// let merged = ArticleIndex::create(dir.path().join("merged")).unwrap();
    /// assert_eq!(merged.add_all_from(&shard).unwrap(), 1);
    /// merged.commit().unwrap();
    /// assert_eq!(merged.search("防汛", &SearchOptions::default()).unwrap()[0].id, "a");
    /// ```
    pub fn add_all_from(&self, shard: &ArticleIndex) -> Result<usize, IndexError> {
        let searcher = shard.reader.searcher();
        let mut added = 0;
        for segment in searcher.segment_readers() {
            let store =
                (segment.get_store_reader(STORE_CACHE_BLOCKS)).map_err(|e| IndexError::Io {
                    path: shard.path.display().to_string(),
                    source: e,
                })?;
            for doc_id in segment.doc_ids_alive() {
                let doc: TantivyDocument = store.get(doc_id)?;
                let record = (doc.get_first(shard.fields.record))
                    .and_then(|v| v.as_str())
                    .and_then(|json| serde_json::from_str::<Article>(json).ok());
                if let Some(article) = record {
                    self.add(&article)?;
                    added += 1;
                }
            }
        }
        Ok(added)
    }
}
