//! Natural-language queries: which of their terms say what is asked about.

use std::collections::HashSet;

use tantivy::tokenizer::Token;
use xinwen_chinese::Resources;

/// True for a word an any-words query leaves out: a function word or question word
/// (`search/stopwords` of the lexicon) that matches nearly every article and says
/// nothing of what is wanted.
pub(super) fn is_stopword(word: &str) -> bool {
    (Resources::global().lexicon()).is_ok_and(|l| l.stopwords.contains(word))
}

/// How much a pair of characters that is not also a word counts beside a word: it is
/// weaker evidence (`恩有` in `尚恩有`), there to find what the segmenter cut differently.
const PAIR_WEIGHT: f32 = 0.5;

/// The distinct terms among `words` and `pairs` that say what is asked about, with
/// their weights: none that is a function word or overlaps one (`是谁` in `潘淑是谁`),
/// unless nothing else is left.
pub(super) fn content_terms<'t>(words: &'t [Token], pairs: &'t [Token]) -> Vec<(&'t str, f32)> {
    let all = || words.iter().chain(pairs);
    let stopped = stopped_chars(words, pairs);
    let overlaps_stop = |t: &Token| {
        let end = t.position + chars(t);
        (stopped.iter().take(end).skip(t.position)).any(|s| *s)
    };
    let word_texts: HashSet<&str> = words.iter().map(|w| w.text.as_str()).collect();
    let weighed = |t: &'t Token| {
        let text = t.text.as_str();
        (
            text,
            if word_texts.contains(text) {
                1.0
            } else {
                PAIR_WEIGHT
            },
        )
    };
    let mut content: Vec<(&str, f32)> = all().filter(|t| !overlaps_stop(t)).map(weighed).collect();
    if content.is_empty() {
        content = all().map(weighed).collect();
    }
    content.sort_unstable_by(|a, b| a.0.cmp(b.0));
    content.dedup_by(|a, b| a.0 == b.0);
    content
}

/// By character position, whether the character is part of a function word among
/// `words` and `pairs`.
pub(super) fn stopped_chars(words: &[Token], pairs: &[Token]) -> Vec<bool> {
    let mut stopped: Vec<bool> = Vec::new();
    for t in words.iter().chain(pairs).filter(|t| is_stopword(&t.text)) {
        let end = t.position + chars(t);
        if stopped.len() < end {
            stopped.resize(end, false);
        }
        stopped
            .iter_mut()
            .take(end)
            .skip(t.position)
            .for_each(|s| *s = true);
    }
    stopped
}

fn chars(token: &Token) -> usize {
    token.text.chars().count()
}
