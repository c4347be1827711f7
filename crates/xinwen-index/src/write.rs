//! Changing an index: add (upsert, with near-duplicate clustering), delete, commit.

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, IndexWriter, Searcher, TantivyDocument, Term};
use xinwen_core::Article;

use crate::duplicates::{self, MIN_SIMILARITY, Signature, band_terms, similarity};
use crate::{ArticleIndex, IndexError, simplify};

/// Memory the writer may use before flushing a segment.
const WRITER_MEMORY: usize = 200_000_000;

/// Memory of the writer opened only to delete files no segment uses (tantivy's least).
const GC_MEMORY: usize = 15_000_000;

/// Committed candidates sharing a band that are compared with a new fingerprint.
const CANDIDATES: usize = 64;

impl ArticleIndex {
    fn with_writer<T>(
        &self,
        f: impl FnOnce(&mut IndexWriter) -> Result<T, IndexError>,
    ) -> Result<T, IndexError> {
        let mut guard = self
            .writer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if guard.is_none() {
            let writer = self.index.writer(WRITER_MEMORY).map_err(|e| match e {
                tantivy::TantivyError::LockFailure(..) => {
                    IndexError::Busy(self.path.display().to_string())
                }
                other => other.into(),
            })?;
            // files a killed writer left behind (segments never committed) go now
            writer.garbage_collect_files().wait()?;
            *guard = Some(writer);
        }
        match guard.as_mut() {
            Some(writer) => f(writer),
            None => Err(IndexError::NotAnIndex(self.path.display().to_string())),
        }
    }

    /// Adds `article`, replacing any article with the same id. Visible after [`commit`].
    ///
    /// The article joins the near-duplicate cluster of the most similar article indexed
    /// before it (committed or not), or starts its own, named by its id.
    ///
    /// [`commit`]: ArticleIndex::commit
    pub fn add(&self, article: &Article) -> Result<(), IndexError> {
        self.add_as(article, None)
    }

    /// Adds `article`, read from `json`, its record as JSON: the index stores `json` as
    /// it is instead of writing the record again (what `xinwen index --records` does).
    /// Otherwise as [`add`](ArticleIndex::add).
    pub fn add_record(&self, article: &Article, json: &str) -> Result<(), IndexError> {
        self.add_as(article, Some(json))
    }

    fn add_as(&self, article: &Article, json: Option<&str>) -> Result<(), IndexError> {
        let signature = duplicates::signature(&simplify(&article.text));
        let cluster = match &signature {
            Some(s) => self.cluster_for(s, &article.id)?,
            None => article.id.clone(),
        };
        let doc: TantivyDocument =
            (self.fields).document(article, json, &simplify, signature.as_ref(), &cluster);
        let id = Term::from_field_text(self.fields.id, &article.id);
        self.with_writer(|w| {
            w.delete_term(id);
            w.add_document(doc)?;
            Ok(())
        })?;
        if let Some(s) = signature {
            self.pending_signatures().insert(s, cluster);
        }
        Ok(())
    }

    fn pending_signatures(&self) -> std::sync::MutexGuard<'_, duplicates::PendingSignatures> {
        self.pending
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The cluster an article with `signature` joins: that of its most similar
    /// near-duplicate among the pending and the committed articles, else `id`.
    fn cluster_for(&self, signature: &Signature, id: &str) -> Result<String, IndexError> {
        let pending = (self.pending_signatures())
            .nearest(signature)
            .map(|(s, c)| (s, c.to_string()));
        let committed = self.nearest_committed(signature)?;
        let nearest = match (pending, committed) {
            (Some(p), Some(c)) => Some(if c.0 >= p.0 { c } else { p }),
            (p, c) => p.or(c),
        };
        Ok(nearest.map_or_else(|| id.to_string(), |(_, cluster)| cluster))
    }

    /// The most similar committed near-duplicate of `signature`: its similarity and
    /// cluster.
    fn nearest_committed(
        &self,
        signature: &Signature,
    ) -> Result<Option<(f64, String)>, IndexError> {
        let searcher = self.reader.searcher();
        if searcher.num_docs() == 0 {
            return Ok(None); // a new index: nothing committed to look up
        }
        let bands: Vec<(Occur, Box<dyn Query>)> = (band_terms(signature).iter())
            .map(|band| {
                let term = Term::from_field_text(self.fields.minhash_band, band);
                let query: Box<dyn Query> =
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                (Occur::Should, query)
            })
            .collect();
        let top = searcher.search(
            &BooleanQuery::new(bands),
            &TopDocs::with_limit(CANDIDATES).order_by_score(),
        )?;
        let mut nearest: Option<(f64, String)> = None;
        for (_, address) in top {
            let Some((other, cluster)) = self.signature_and_cluster(&searcher, address)? else {
                continue;
            };
            let s = similarity(signature, &other);
            if s >= MIN_SIMILARITY && nearest.as_ref().is_none_or(|(best, _)| s > *best) {
                nearest = Some((s, cluster));
            }
        }
        Ok(nearest)
    }

    /// The stored signature and cluster of a document, read from its fast fields.
    pub(crate) fn signature_and_cluster(
        &self,
        searcher: &Searcher,
        address: DocAddress,
    ) -> Result<Option<(Signature, String)>, IndexError> {
        let io = |e| IndexError::Io {
            path: self.path.display().to_string(),
            source: e,
        };
        let fast = searcher.segment_reader(address.segment_ord).fast_fields();
        let mut bytes = Vec::new();
        if let Some(column) = fast.bytes("minhash")?
            && let Some(ord) = column.term_ords(address.doc_id).next()
        {
            column.ord_to_bytes(ord, &mut bytes).map_err(io)?;
        }
        let Some(signature) = duplicates::from_bytes(&bytes) else {
            return Ok(None);
        };
        let mut cluster = String::new();
        if let Some(column) = fast.str("cluster")?
            && let Some(ord) = column.term_ords(address.doc_id).next()
        {
            column.ord_to_str(ord, &mut cluster).map_err(io)?;
        }
        Ok(Some((signature, cluster)))
    }

    /// Deletes the article with `id`. Visible after [`commit`](ArticleIndex::commit).
    pub fn delete(&self, id: &str) -> Result<(), IndexError> {
        let term = Term::from_field_text(self.fields.id, id);
        self.with_writer(|w| {
            w.delete_term(term);
            Ok(())
        })
    }

    /// Makes every change since the last commit visible, atomically: a reader sees all
    /// of them or none.
    pub fn commit(&self) -> Result<(), IndexError> {
        self.with_writer(|w| {
            w.commit()?;
            Ok(())
        })?;
        self.reader.reload()?;
        self.pending_signatures().clear();
        Ok(())
    }

    /// Waits for the merges of segments that commits started, then lets the writer go
    /// (and its lock): what a run calls when it is done, so that no merge is cut short
    /// and leaves files behind. Changes not committed are dropped; a later change opens
    /// a new writer.
    pub fn finish_writing(&self) -> Result<(), IndexError> {
        let writer = (self.writer.lock())
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take();
        if let Some(writer) = writer {
            writer.wait_merging_threads()?;
            // a merge that ended while this process still read the segments it replaced
            // could not delete their files: read the index anew, then delete them. The
            // collector opens the index afresh: a handle keeps the files of every segment
            // something in this process still names (a merge thread sending its result
            // after the wait), while a fresh one knows only the segments of `meta.json`
            self.reader.reload()?;
            let fresh = tantivy::Index::open_in_dir(&self.path)?;
            let collector = fresh.writer_with_num_threads::<TantivyDocument>(1, GC_MEMORY)?;
            collector.garbage_collect_files().wait()?;
        }
        Ok(())
    }

    /// Drops every change since the last commit.
    pub fn rollback(&self) -> Result<(), IndexError> {
        self.with_writer(|w| {
            w.rollback()?;
            Ok(())
        })?;
        self.pending_signatures().clear();
        Ok(())
    }
}
