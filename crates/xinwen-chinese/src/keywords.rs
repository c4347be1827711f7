//! Keyword extraction (TF-IDF over the jieba IDF table).

use jieba_rs::{KeywordExtract, TextRank, TfIdf};

use crate::Segmenter;

/// Parts of speech a keyword may have: nouns of all kinds, verbal and other nouns,
/// verbs. Dates, numbers, function words and pronouns never make good keywords.
const KEYWORD_TAGS: &[&str] = &[
    "n", "nr", "ns", "nt", "nz", "vn", "v", "an", "nrt", "nrfg", "l", "i",
];

/// Parts of speech TextRank may pick.
const TEXTRANK_TAGS: &[&str] = &["n", "nr", "ns", "nt", "nz", "vn", "v", "l", "i"];

/// Picks the words that characterize a text: by TF-IDF with the jieba IDF table, or by
/// TextRank over the text's own co-occurrence graph.
pub struct KeywordExtractor {
    tfidf: TfIdf,
    textrank: TextRank,
}

impl std::fmt::Debug for KeywordExtractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeywordExtractor")
    }
}

impl KeywordExtractor {
    /// Loads the IDF table. Prefer [`Resources::global`](crate::Resources::global).
    pub fn new() -> Self {
        KeywordExtractor {
            tfidf: TfIdf::default(),
            textrank: TextRank::default(),
        }
    }

    /// The `top` keywords of `simplified_text` (text in simplified script) with their
    /// TF-IDF weights, highest first.
    ///
    /// ```
    /// use xinwen_chinese::Resources;
    ///
    /// let resources = Resources::global();
    /// let text = "延吉市召开疫情防控工作会议。会议要求，各地要做好疫情防控工作，加强疫情监测。";
    /// let top = resources.keywords().extract(resources.segmenter(), text, 3);
    /// assert_eq!(top[0].0, "疫情");
    /// ```
    pub fn extract(
        &self,
        segmenter: &Segmenter,
        simplified_text: &str,
        top: usize,
    ) -> Vec<(String, f64)> {
        let tags = KEYWORD_TAGS.iter().map(|t| t.to_string()).collect();
        self.tfidf
            .extract_keywords(segmenter.jieba(), simplified_text, top, tags)
            .into_iter()
            .map(|k| (k.keyword, k.weight))
            .collect()
    }
}

impl KeywordExtractor {
    /// The `top` TextRank keywords of `simplified_text` with their scores, highest first.
    pub fn textrank(
        &self,
        segmenter: &Segmenter,
        simplified_text: &str,
        top: usize,
    ) -> Vec<(String, f64)> {
        let tags = TEXTRANK_TAGS.iter().map(|t| t.to_string()).collect();
        self.textrank
            .extract_keywords(segmenter.jieba(), simplified_text, top, tags)
            .into_iter()
            .map(|k| (k.keyword, k.weight))
            .collect()
    }
}

impl Default for KeywordExtractor {
    fn default() -> Self {
        KeywordExtractor::new()
    }
}

#[cfg(test)]
mod tests {
    use crate::Resources;

    #[test]
    fn keywords_of_a_text() {
        let r = Resources::global();
        let text = "延吉市疫情防控领导小组召开工作例会,安排部署两节期间全市疫情防控工作。疫情防控工作要落实。";
        let words = r.keywords().extract(r.segmenter(), text, 5);
        assert_eq!(words.len(), 5);
        assert!(words.iter().any(|(w, _)| w == "疫情"));
        assert!(words.windows(2).all(|w| w[0].1 >= w[1].1));
    }
}
