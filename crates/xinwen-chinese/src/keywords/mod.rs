//! Keyword extraction: TF-IDF over jieba's IDF table, or TextRank ([`textrank`]).

mod textrank;

use std::collections::HashMap;

use crate::Segmenter;

/// Word → IDF (as `f64` bits), compiled at build time from `data/idf.tsv.zst`.
const IDF_TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/idf.fst"));
include!(concat!(env!("OUT_DIR"), "/idf_median.rs"));

/// Most words whose IDF a thread keeps ([`KeywordExtractor::idf`]): a few megabytes.
const CACHED_IDFS: usize = 1 << 16;

thread_local! {
    static IDF_CACHE: std::cell::RefCell<HashMap<Box<str>, f64>> =
        std::cell::RefCell::new(HashMap::new());
}

/// Words never taken as keywords (English function words; one a line).
const STOP_WORDS: &str = include_str!("../../data/keyword_stop_words.txt");

/// Fewest characters of a keyword.
const MIN_KEYWORD_CHARS: usize = 2;

/// Parts of speech a keyword may have: nouns of all kinds, verbal and other nouns,
/// verbs. Dates, numbers, function words and pronouns never make good keywords.
const KEYWORD_TAGS: &[&str] = &[
    "n", "nr", "ns", "nt", "nz", "vn", "v", "an", "nrt", "nrfg", "l", "i",
];

/// Parts of speech TextRank may pick.
const TEXTRANK_TAGS: &[&str] = &["n", "nr", "ns", "nt", "nz", "vn", "v", "l", "i"];

/// Picks the words that characterize a text: by TF-IDF with jieba's IDF table (a
/// finite-state map built at compile time, so nothing loads at start-up), or by
/// TextRank over the text's own co-occurrence graph.
pub struct KeywordExtractor {
    idf: Option<fst::Map<&'static [u8]>>,
}

impl std::fmt::Debug for KeywordExtractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeywordExtractor")
    }
}

impl KeywordExtractor {
    /// Opens the IDF table. Prefer [`Resources::global`](crate::Resources::global).
    pub fn new() -> Self {
        KeywordExtractor {
            // the map is built by build.rs; a table that cannot be read weighs every
            // word by the median
            idf: fst::Map::new(IDF_TABLE).ok(),
        }
    }

    /// The IDF of `word` (the median IDF for a word the table does not hold).
    ///
    /// Each thread keeps the IDFs it looked up (up to 65,536 words): the
    /// articles of a corpus share most of their words, and a walk of the table costs
    /// several times a hash lookup.
    pub fn idf(&self, word: &str) -> f64 {
        let look_up = || {
            (self.idf.as_ref())
                .and_then(|m| m.get(word))
                .map_or(f64::from_bits(MEDIAN_IDF_BITS), f64::from_bits)
        };
        IDF_CACHE.with(|cell| match cell.try_borrow_mut() {
            Ok(mut cache) => {
                if let Some(&idf) = cache.get(word) {
                    return idf;
                }
                if cache.len() >= CACHED_IDFS {
                    cache.clear();
                }
                let idf = look_up();
                cache.insert(word.into(), idf);
                idf
            }
            Err(_) => look_up(),
        })
    }

    /// The `top` keywords of `simplified_text` (text in simplified script) with their
    /// TF-IDF weights (term frequency over all candidate words times IDF), highest
    /// first, ties in word order.
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
        let mut tagged = Vec::new();
        segmenter.tag_words(simplified_text, false, |word, tag| tagged.push((word, tag)));
        self.tfidf_of(&tagged, top)
    }

    /// The TF-IDF keywords (as [`extract`](Self::extract)) and the TextRank keywords (as
    /// [`textrank`](Self::textrank)) of `simplified_text`, from one cut of it.
    pub fn extract_both(
        &self,
        segmenter: &Segmenter,
        simplified_text: &str,
        top: usize,
    ) -> (Ranked, Ranked) {
        let mut tagged = Vec::new();
        segmenter.tag_words(simplified_text, false, |word, tag| tagged.push((word, tag)));
        self.both_of(&tagged, top)
    }

    /// The TF-IDF and the TextRank keywords of a text already cut into `tagged` words
    /// (simplified script, with their part-of-speech tags, in text order): a caller
    /// that has cut the text for other analyses does not cut it again.
    ///
    /// ```
    /// use xinwen_chinese::Resources;
    ///
    /// let resources = Resources::global();
    /// let text = "延吉市召开疫情防控工作会议。会议要求，各地要做好疫情防控工作。";
    /// let mut tagged = Vec::new();
    /// resources.segmenter().tag_words(text, true, |word, tag| tagged.push((word, tag)));
    /// let (tfidf, textrank) = resources.keywords().both_of(&tagged, 5);
    /// for ranked in [&tfidf, &textrank] {
    ///     assert!(ranked.iter().any(|(word, _)| word == "疫情"), "{ranked:?}");
    ///     assert!(ranked.iter().all(|(word, _)| word != "各地"), "not a noun: {ranked:?}");
    /// }
    /// ```
    pub fn both_of(&self, tagged: &[(&str, &str)], top: usize) -> (Ranked, Ranked) {
        let textrank = textrank::keywords_of(tagged, top, &textrank_candidate);
        (self.tfidf_of(tagged, top), textrank)
    }

    /// The TF-IDF keywords of a text cut into `tagged` words.
    fn tfidf_of(&self, tagged: &[(&str, &str)], top: usize) -> Vec<(String, f64)> {
        let mut counts: HashMap<&str, u64> = HashMap::new();
        let mut total = 0u64;
        for &(word, tag) in tagged {
            if KEYWORD_TAGS.contains(&tag) && is_keyword(word) {
                *counts.entry(word).or_insert(0) += 1;
                total += 1;
            }
        }
        let mut scored: Vec<(&str, f64)> = (counts.into_iter())
            .map(|(w, n)| (w, n as f64 * self.idf(w) / total as f64))
            .collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        scored.truncate(top);
        (scored.into_iter())
            .map(|(w, score)| (w.to_string(), score))
            .collect()
    }
}

/// Words with their scores, highest first.
pub type Ranked = Vec<(String, f64)>;

/// A word long enough and not a stop word (in any case).
fn is_keyword(word: &str) -> bool {
    word.chars().count() >= MIN_KEYWORD_CHARS
        && !(word.is_ascii() && STOP_WORDS.lines().any(|s| s.eq_ignore_ascii_case(word)))
}

impl KeywordExtractor {
    /// The `top` TextRank keywords of `simplified_text` with their scores, highest first
    /// (ties in order of first occurrence).
    pub fn textrank(
        &self,
        segmenter: &Segmenter,
        simplified_text: &str,
        top: usize,
    ) -> Vec<(String, f64)> {
        textrank::keywords(segmenter, simplified_text, top, &textrank_candidate)
    }
}

/// A candidate of TextRank: a word of its tags, long enough and no stop word.
fn textrank_candidate(word: &str, tag: &str) -> bool {
    TEXTRANK_TAGS.contains(&tag) && is_keyword(word)
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
