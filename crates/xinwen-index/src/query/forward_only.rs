//! A query whose scorers never seek backwards.
//!
//! tantivy 0.27's phrase scorer asserts that a seek's target is not behind its current
//! document. An exclusion (`-"疫情防控"`) breaks that in every segment where the phrase
//! occurs nowhere: the scorer starts finished, and the exclusion still asks it about
//! the first document. Release builds answer right (the fuzzer found it through the
//! debug assertion, and `tests/fuzz_regressions.rs` keeps the case), but a query a
//! user types must hold under every build, so phrase queries go through this wrapper:
//! while the scorer is in a valid state, a target at or behind its current document is
//! answered from that document, as tantivy's own default `seek_danger` does, and the
//! inner scorer is not asked. (After a `seek_danger` that found nothing the document
//! means nothing, and every seek goes through.)

use std::fmt;

use tantivy::query::{EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SeekDangerResult, SegmentReader, Term};

/// `inner`, its scorers guarded against backward seeks. Shown (`Debug`) as `inner` is.
pub(crate) struct ForwardOnly(pub(crate) Box<dyn Query>);

impl Clone for ForwardOnly {
    fn clone(&self) -> Self {
        ForwardOnly(self.0.box_clone())
    }
}

impl fmt::Debug for ForwardOnly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl Query for ForwardOnly {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(ForwardOnlyWeight(self.0.weight(enable_scoring)?)))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.0.query_terms(visitor);
    }
}

struct ForwardOnlyWeight(Box<dyn Weight>);

/// `scorer` guarded; an empty one stays as it is, so that a boolean query still sees
/// it is empty and leaves it out (as it does an unwrapped phrase's).
fn guarded(scorer: Box<dyn Scorer>, valid: bool) -> Box<dyn Scorer> {
    if scorer.is::<EmptyScorer>() {
        scorer
    } else {
        Box::new(ForwardOnlyScorer {
            inner: scorer,
            valid,
        })
    }
}

impl Weight for ForwardOnlyWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(guarded(self.0.scorer(reader, boost)?, true))
    }

    fn scorer_danger(
        &self,
        reader: &SegmentReader,
        target: DocId,
        boost: Score,
    ) -> tantivy::Result<(SeekDangerResult, Box<dyn Scorer>)> {
        let (found, scorer) = self.0.scorer_danger(reader, target, boost)?;
        let valid = found == SeekDangerResult::Found;
        Ok((found, guarded(scorer, valid)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }
}

/// A scorer and whether it is in a valid state: positioned on a match (or finished).
/// After a `seek_danger` that found nothing, its document means nothing until it finds
/// one again, and every seek goes to it.
struct ForwardOnlyScorer {
    inner: Box<dyn Scorer>,
    valid: bool,
}

impl DocSet for ForwardOnlyScorer {
    fn advance(&mut self) -> DocId {
        self.valid = true;
        self.inner.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        let doc = self.inner.doc();
        if self.valid && target <= doc {
            return doc;
        }
        self.valid = true;
        self.inner.seek(target)
    }

    fn seek_danger(&mut self, target: DocId) -> SeekDangerResult {
        let doc = self.inner.doc();
        if self.valid && target <= doc {
            // targets only grow: nothing matches between the last one and `doc`
            return if target == doc {
                SeekDangerResult::Found
            } else {
                SeekDangerResult::SeekLowerBound(doc)
            };
        }
        let found = self.inner.seek_danger(target);
        self.valid = found == SeekDangerResult::Found;
        found
    }

    fn doc(&self) -> DocId {
        self.inner.doc()
    }

    fn size_hint(&self) -> u32 {
        self.inner.size_hint()
    }

    fn cost(&self) -> u64 {
        self.inner.cost()
    }
}

impl Scorer for ForwardOnlyScorer {
    fn score(&mut self) -> Score {
        self.inner.score()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::DocSetCollector;
    use tantivy::query::{AllQuery, BooleanQuery, Occur, PhraseQuery, TermQuery};
    use tantivy::schema::{INDEXED, IndexRecordOption, STORED, STRING, Schema, TEXT, Value};
    use tantivy::{Index, TantivyDocument};

    use super::*;

    /// The texts of the test documents: "a b" in a row in every seventh, "b a" in
    /// another seventh, the words apart in two more.
    fn text_of(n: u64) -> &'static str {
        match n % 7 {
            0 => "x a b y",
            1 | 3 => "a x b",
            5 => "b a",
            _ => "x y",
        }
    }

    /// A phrase, and a test of the texts that hold it in a row.
    type Case = (&'static [&'static str], fn(&str) -> bool);

    #[test]
    fn finds_what_the_phrase_says_in_every_boolean_shape() {
        let mut schema = Schema::builder();
        let body = schema.add_text_field("body", TEXT);
        let tag = schema.add_text_field("tag", STRING);
        let number = schema.add_u64_field("n", INDEXED | STORED);
        let index = Index::create_in_ram(schema.build());
        let mut writer = index.writer_with_num_threads(1, 20_000_000).unwrap();
        for n in 0..200u64 {
            let mut doc = TantivyDocument::default();
            doc.add_text(body, text_of(n));
            doc.add_text(tag, if n % 2 == 0 { "even" } else { "odd" });
            doc.add_u64(number, n);
            writer.add_document(doc).unwrap();
            if n == 100 {
                writer.commit().unwrap(); // two segments
            }
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let found = |q: &dyn Query| -> Vec<u64> {
            let mut numbers: Vec<u64> = (searcher.search(q, &DocSetCollector).unwrap())
                .into_iter()
                .map(|address| {
                    let doc: TantivyDocument = searcher.doc(address).unwrap();
                    doc.get_first(number).and_then(|v| v.as_u64()).unwrap()
                })
                .collect();
            numbers.sort_unstable();
            numbers
        };
        let even = || -> Box<dyn Query> {
            let term = Term::from_field_text(tag, "even");
            Box::new(TermQuery::new(term, IndexRecordOption::Basic))
        };
        // the phrase, and the texts that hold it in a row
        let cases: [Case; 4] = [
            (&["a", "b"], |t| t.contains("a b")),
            (&["b", "a"], |t| t.contains("b a")),
            // must not match: words that meet in a text but never in a row, an absent word
            (&["a", "y"], |_| false),
            (&["a", "z"], |_| false),
        ];
        for (words, holds) in cases {
            let terms = words.iter().map(|w| Term::from_field_text(body, w));
            let phrase: Box<dyn Query> =
                Box::new(ForwardOnly(Box::new(PhraseQuery::new(terms.collect()))));
            let matching = |keep: &dyn Fn(u64) -> bool| -> Vec<u64> {
                (0..200).filter(|&n| keep(n)).collect()
            };
            let shapes: [(Box<dyn Query>, Vec<u64>); 4] = [
                (phrase.box_clone(), matching(&|n| holds(text_of(n)))),
                (
                    Box::new(BooleanQuery::new(vec![
                        (Occur::Must, phrase.box_clone()),
                        (Occur::Must, even()),
                    ])),
                    matching(&|n| holds(text_of(n)) && n % 2 == 0),
                ),
                (
                    Box::new(BooleanQuery::new(vec![
                        (Occur::Must, Box::new(AllQuery)),
                        (Occur::MustNot, phrase.box_clone()),
                    ])),
                    matching(&|n| !holds(text_of(n))),
                ),
                (
                    Box::new(BooleanQuery::new(vec![
                        (Occur::Must, even()),
                        (Occur::MustNot, phrase.box_clone()),
                    ])),
                    matching(&|n| !holds(text_of(n)) && n % 2 == 0),
                ),
            ];
            for (query, expected) in shapes {
                assert_eq!(found(query.as_ref()), expected, "{words:?}: {query:?}");
            }
        }
    }
}
