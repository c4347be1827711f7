//! TextRank keywords: the candidate words of a text are the nodes of a graph, linked
//! by how often they stand within a window of five words; a word ranks high when words
//! that rank high stand near it. As jieba's TextRank: cut without the model of unknown
//! words, a link per pair in the window (a word with itself too), the rank damped by
//! 0.85 over 20 sweeps, and the ranks reported times 10¹⁰.

use std::collections::HashMap;

use crate::Segmenter;

/// Words that count as linked: this many apart at most, plus one.
const SPAN: usize = 5;
const DAMPING: f64 = 0.85;
const SWEEPS: usize = 20;

/// The `top` words of `simplified_text` that `candidate(word, tag)` accepts, by rank.
pub fn keywords(
    segmenter: &Segmenter,
    simplified_text: &str,
    top: usize,
    candidate: &dyn Fn(&str, &str) -> bool,
) -> Vec<(String, f64)> {
    let mut tagged = Vec::new();
    segmenter.tag_words(simplified_text, false, |word, tag| tagged.push((word, tag)));
    keywords_of(&tagged, top, candidate)
}

/// The `top` words of a text cut into `tagged` words (with their tags) that
/// `candidate(word, tag)` accepts, by rank.
pub fn keywords_of(
    tagged: &[(&str, &str)],
    top: usize,
    candidate: &dyn Fn(&str, &str) -> bool,
) -> Vec<(String, f64)> {
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut words: Vec<&str> = Vec::new();
    let mut sequence: Vec<Option<usize>> = Vec::with_capacity(tagged.len());
    for &(word, tag) in tagged {
        sequence.push(candidate(word, tag).then(|| {
            *ids.entry(word).or_insert_with(|| {
                words.push(word);
                words.len() - 1
            })
        }));
    }
    if top == 0 {
        return Vec::new();
    }
    // every co-occurrence in the window, then sorted and counted: the links in the order
    // of their pairs, each weighing how often its pair occurs
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, u) in sequence.iter().enumerate() {
        let Some(u) = *u else { continue };
        for v in sequence.iter().take(i + SPAN).skip(i + 1).flatten() {
            pairs.push((u, *v));
        }
    }
    pairs.sort_unstable();
    let mut links: Vec<((usize, usize), f64)> = Vec::new();
    for pair in pairs {
        match links.last_mut() {
            Some((last, weight)) if *last == pair => *weight += 1.0,
            _ => links.push((pair, 1.0)),
        }
    }
    let ranks = rank(words.len(), &links);
    let mut ranked: Vec<(usize, f64)> = ranks.into_iter().map(|r| r * 1e10).enumerate().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.truncate(top);
    (ranked.into_iter())
        .map(|(id, r)| (words.get(id).copied().unwrap_or("").to_string(), r))
        .collect()
}

/// The rank of each of `n` nodes of the undirected graph of weighted `links`.
fn rank(n: usize, links: &[((usize, usize), f64)]) -> Vec<f64> {
    // adjacency lists in one array: node u's neighbours are at starts[u]..starts[u + 1]
    let mut starts = vec![0usize; n + 1];
    for &((u, v), _) in links {
        starts[u + 1] += 1;
        starts[v + 1] += 1;
    }
    for i in 0..n {
        starts[i + 1] += starts[i];
    }
    let mut next = starts.clone();
    let mut neighbour = vec![(0usize, 0.0f64); starts[n]];
    for &((u, v), w) in links {
        neighbour[next[u]] = (v, w);
        next[u] += 1;
        neighbour[next[v]] = (u, w);
        next[v] += 1;
    }
    let outflow: Vec<f64> = (0..n)
        .map(|u| {
            neighbour[starts[u]..starts[u + 1]]
                .iter()
                .map(|x| x.1)
                .sum()
        })
        .collect();
    let share: Vec<(usize, f64)> = neighbour
        .iter()
        .map(|&(d, w)| (d, w / outflow[d]))
        .collect();
    let mut ranks = vec![1.0 / n as f64; n];
    for _ in 0..SWEEPS {
        for u in 0..n {
            let s: f64 = share[starts[u]..starts[u + 1]]
                .iter()
                .map(|&(d, x)| x * ranks[d])
                .sum();
            ranks[u] = (1.0 - DAMPING) + DAMPING * s;
        }
    }
    ranks
}
