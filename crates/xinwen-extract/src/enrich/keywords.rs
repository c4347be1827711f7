//! Keywords of the article: TF-IDF and TextRank, combined.

use std::collections::HashMap;

use xinwen_chinese::Resources;
use xinwen_core::{Article, Error, Keyword};

use super::analysis::Analysis;
use super::enricher::Enricher;

/// How many keywords to keep at most (the extractor keeps as many of them as its
/// options ask).
const TOP: usize = 30;

/// How many candidates each method proposes.
const CANDIDATES: usize = 20;

/// Scales scores so the best is 1.
fn scaled(scores: Vec<(String, f64)>) -> HashMap<String, f64> {
    let best = scores.iter().map(|(_, s)| *s).fold(0.0, f64::max);
    (scores.into_iter())
        .map(|(w, s)| (w, if best > 0.0 { s / best } else { 0.0 }))
        .collect()
}

/// The top words of the body, weighted by the mean of their scaled TF-IDF and TextRank
/// scores, reported in the article's own script.
pub(crate) struct Keywords;

impl Enricher for Keywords {
    fn name(&self) -> &'static str {
        "keywords"
    }

    fn enrich(
        &self,
        article: &mut Article,
        text: &Analysis,
        resources: &Resources,
    ) -> Result<(), Error> {
        if text.chars.is_empty() {
            return Ok(());
        }
        // the words of the analysis' own cut, the text is not cut again
        let tagged: Vec<(&str, &str)> = (text.tokens.iter())
            .map(|t| (text.simple_slice(t.range.clone()), t.tag))
            .collect();
        let (tfidf, textrank) = resources.keywords().both_of(&tagged, CANDIDATES);
        let (tfidf, textrank) = (scaled(tfidf), scaled(textrank));
        let mut words: Vec<(String, f64, f64)> = (tfidf.keys().chain(textrank.keys()))
            .map(|w| {
                (
                    w.clone(),
                    tfidf.get(w).copied().unwrap_or(0.0),
                    textrank.get(w).copied().unwrap_or(0.0),
                )
            })
            .collect();
        words.sort_by(|a, b| {
            (b.1 + b.2)
                .total_cmp(&(a.1 + a.2))
                .then_with(|| a.0.cmp(&b.0))
        });
        words.dedup_by(|a, b| a.0 == b.0);
        let round = |x: f64| (x * 1e4).round() / 1e4;
        words.truncate(TOP);
        // report each word as the article writes it (its first occurrence)
        let needles: Vec<String> = words.iter().map(|(w, _, _)| w.clone()).collect();
        let found = text.find_each(&needles);
        article.keywords = (words.into_iter().zip(found))
            .map(|((word, t, r), at)| Keyword {
                word: at.first().map_or(word, |r| text.original(r.clone())),
                weight: round((t + r) / 2.0),
                tfidf: round(t),
                textrank: round(r),
            })
            .collect();
        Ok(())
    }
}
