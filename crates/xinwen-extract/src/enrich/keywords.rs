//! Keywords of the article.

use xinwen_chinese::Resources;
use xinwen_core::{Article, Error, Keyword};

use super::Enricher;

/// The top TF-IDF words of the body (in simplified script for the statistics, reported
/// in the article's own script).
pub(crate) struct Keywords;

impl Enricher for Keywords {
    fn name(&self) -> &'static str {
        "keywords"
    }

    fn enrich(&self, article: &mut Article, resources: &Resources) -> Result<(), Error> {
        if article.text.is_empty() {
            return Ok(());
        }
        let converter = resources.converter()?;
        let simplified = converter.to_simplified(&article.text);
        let words = resources
            .keywords()
            .extract(resources.segmenter(), &simplified, 10);
        article.keywords = words
            .into_iter()
            .map(|(word, weight)| {
                // report the word as the article writes it: find its first occurrence
                let written = simplified
                    .find(&word)
                    .map(|at| {
                        let start = simplified[..at].chars().count();
                        let n = word.chars().count();
                        article.text.chars().skip(start).take(n).collect::<String>()
                    })
                    .unwrap_or(word);
                Keyword {
                    word: written,
                    weight: (weight * 1e4).round() / 1e4,
                }
            })
            .collect();
        Ok(())
    }
}
