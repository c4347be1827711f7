//! Natural-language queries: which of their terms say what is asked about.

use std::collections::HashSet;

use tantivy::tokenizer::Token;

/// Function words and question words (simplified, lowercase), left out of any-words
/// queries: they match nearly every article and say nothing of what is wanted.
const STOPWORDS: &str = "
    什么 啥 哪 哪个 哪些 哪里 哪儿 哪一 哪位 哪种 哪年 谁 几 多少 怎么 怎样 怎么样 如何
    为什么 为何 何 何时 何地 何处 何种 吗 呢 么 吧 呀 是否 是不是 有没有
    的 了 是 在 和 与 及 或 也 都 而 被 把 将 对 于 从 以 为 由 向 让 给 着 过 地 得 之 其
    这 那 这个 那个 这些 那些 一个 个 等 该 此 所 并 就 又 还 则 即 但 却 因 因为 所以
    如果 可以 会 能 有 没有 不 上 中 下 里 时 后 前
    the of is and to in that for an are by be as on with which what who when where how
    why a it this or
";

/// True for a word an any-words query leaves out.
pub(super) fn is_stopword(word: &str) -> bool {
    STOPWORDS.split_whitespace().any(|w| w == word)
}

/// How much a pair of characters that is not also a word counts beside a word: it is
/// weaker evidence (`恩有` in `尚恩有`), there to find what the segmenter cut differently.
const PAIR_WEIGHT: f32 = 0.5;

/// The distinct terms among `words` and `pairs` that say what is asked about, with
/// their weights: none that is a function word or overlaps one (`是谁` in `潘淑是谁`),
/// unless nothing else is left.
pub(super) fn content_terms<'t>(words: &'t [Token], pairs: &'t [Token]) -> Vec<(&'t str, f32)> {
    let all = || words.iter().chain(pairs);
    // the characters of function words, by position
    let mut stopped: Vec<bool> = Vec::new();
    for t in all().filter(|t| is_stopword(&t.text)) {
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

fn chars(token: &Token) -> usize {
    token.text.chars().count()
}
