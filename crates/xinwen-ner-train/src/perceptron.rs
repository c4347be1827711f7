//! Training: an averaged structured perceptron over the feature templates.

use rayon::prelude::*;

use xinwen_ner::context::Context;
use xinwen_ner::features::{Features, extract};
use xinwen_ner::hash::KeyMap;
use xinwen_ner::model::{Model, Scores, Transitions, viterbi};
use xinwen_ner::weights::FeatureWeights;
use xinwen_ner::{LABELS, Label};

/// A sentence with its features as dense indices.
#[derive(Debug, Clone)]
pub struct Encoded {
    feats: Vec<u32>,
    bounds: Vec<u32>,
    /// The gold labels (may be empty for unlabelled text).
    pub gold: Vec<Label>,
}

/// The features kept for training: each key and its dense index.
#[derive(Debug, Default)]
pub struct FeatureIndex {
    /// Dense index of each kept key.
    pub index: KeyMap<u32>,
    /// Key of each dense index.
    pub keys: Vec<u64>,
}

impl FeatureIndex {
    /// Keeps the keys that occur at least `cutoff` times in `all`.
    pub fn build(all: &[Features], cutoff: u32) -> FeatureIndex {
        let mut counts: KeyMap<u32> = KeyMap::default();
        for f in all {
            for i in 0..f.len() {
                for k in f.at(i) {
                    *counts.entry(*k).or_default() += 1;
                }
            }
        }
        let mut keys: Vec<u64> = (counts.into_iter())
            .filter(|&(_, c)| c >= cutoff)
            .map(|(k, _)| k)
            .collect();
        keys.sort_unstable();
        let index = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (*k, i as u32))
            .collect();
        FeatureIndex { index, keys }
    }

    /// The dense form of one sentence (unknown keys dropped).
    pub fn encode(&self, f: &Features, gold: Vec<Label>) -> Encoded {
        let mut feats = Vec::new();
        let mut bounds = vec![0u32];
        for i in 0..f.len() {
            feats.extend(f.at(i).iter().filter_map(|k| self.index.get(k)));
            bounds.push(feats.len() as u32);
        }
        Encoded {
            feats,
            bounds,
            gold,
        }
    }
}

/// The features of many sentences, in parallel.
pub fn extract_all(contexts: impl Fn(usize) -> Context + Sync, n: usize) -> Vec<Features> {
    (0..n)
        .into_par_iter()
        .map(|i| extract(&contexts(i)))
        .collect()
}

/// An averaged perceptron: current weights and the running sums for the average.
#[derive(Debug)]
pub struct Perceptron {
    w: Vec<Scores>,
    u: Vec<[f64; LABELS]>,
    tw: Transitions,
    tu: [[f64; LABELS]; LABELS + 1],
    step: f64,
}

fn emissions(w: &[Scores], ex: &Encoded) -> Vec<Scores> {
    (ex.bounds.windows(2))
        .map(|b| {
            let mut s = [0.0; LABELS];
            for &f in ex.feats.get(b[0] as usize..b[1] as usize).unwrap_or(&[]) {
                if let Some(w) = w.get(f as usize) {
                    s.iter_mut().zip(w).for_each(|(a, b)| *a += b);
                }
            }
            s
        })
        .collect()
}

impl Perceptron {
    /// Zero weights for `n` features.
    pub fn new(n: usize) -> Perceptron {
        Perceptron {
            w: vec![[0.0; LABELS]; n],
            u: vec![[0.0; LABELS]; n],
            tw: [[0.0; LABELS]; LABELS + 1],
            tu: [[0.0; LABELS]; LABELS + 1],
            step: 1.0,
        }
    }

    fn bump(&mut self, ex: &Encoded, i: usize, label: Label, d: f32) {
        let l = label.index();
        let (a, b) = (ex.bounds[i] as usize, ex.bounds[i + 1] as usize);
        for &f in &ex.feats[a..b] {
            self.w[f as usize][l] += d;
            self.u[f as usize][l] += self.step * f64::from(d);
        }
    }

    fn bump_transition(&mut self, prev: usize, l: Label, d: f32) {
        self.tw[prev][l.index()] += d;
        self.tu[prev][l.index()] += self.step * f64::from(d);
    }

    /// Decodes one sentence and updates the weights where the prediction is wrong.
    /// Returns true when it was right.
    pub fn learn(&mut self, ex: &Encoded) -> bool {
        let pred = viterbi(&emissions(&self.w, ex), &self.tw);
        let right = pred == ex.gold;
        if !right {
            for i in 0..ex.gold.len() {
                let (g, p) = (ex.gold[i], pred[i]);
                if g != p {
                    self.bump(ex, i, g, 1.0);
                    self.bump(ex, i, p, -1.0);
                }
                let gp = if i == 0 {
                    LABELS
                } else {
                    ex.gold[i - 1].index()
                };
                let pp = if i == 0 { LABELS } else { pred[i - 1].index() };
                if (gp, g) != (pp, p) {
                    self.bump_transition(gp, g, 1.0);
                    self.bump_transition(pp, p, -1.0);
                }
            }
        }
        self.step += 1.0;
        right
    }

    /// The averaged weights, dense.
    pub fn averaged(&self) -> (Vec<Scores>, Transitions) {
        let avg = |w: f32, u: f64| (f64::from(w) - u / self.step) as f32;
        let w = (self.w.iter().zip(&self.u))
            .map(|(w, u)| std::array::from_fn(|l| avg(w[l], u[l])))
            .collect();
        let mut t = self.tw;
        for (row, urow) in t.iter_mut().zip(&self.tu) {
            for (x, u) in row.iter_mut().zip(urow) {
                *x = avg(*x, *u);
            }
        }
        (w, t)
    }
}

/// Decodes an encoded sentence with dense weights.
pub fn decode_dense(w: &[Scores], t: &Transitions, ex: &Encoded) -> Vec<Label> {
    viterbi(&emissions(w, ex), t)
}

/// The model of dense weights quantized to steps of `step`: features whose weights are
/// all below `min_weight` in absolute value are dropped.
pub fn to_model(
    keys: &[u64],
    w: &[Scores],
    t: &Transitions,
    min_weight: f32,
    step: f32,
) -> Result<Model, String> {
    let features = (keys.iter().zip(w))
        .filter(|(_, w)| w.iter().any(|x| x.abs() >= min_weight))
        .map(|(k, w)| (*k, *w));
    Ok(Model {
        weights: FeatureWeights::quantize(features, step)?,
        transitions: *t,
    })
}

/// A small deterministic random number generator (xorshift64*) for shuffling.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    /// The next number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1) as u64) as usize
    }

    /// Shuffles `v` in place.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}
