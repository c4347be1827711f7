//! The weights of a trained tagger and how they score a sentence.

use crate::features::Features;
use crate::span::{LABELS, Label};
use crate::weights::FeatureWeights;
pub use crate::weights::Scores;

/// Transition scores: row `LABELS` is the start of a sentence, row `p` follows label
/// `p`; column `l` is the next label.
pub type Transitions = [[f32; LABELS]; LABELS + 1];

/// A linear sequence model: a weight per (feature, label) and per label transition.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// The weights of each feature key.
    pub weights: FeatureWeights,
    /// The transition weights.
    pub transitions: Transitions,
}

impl Model {
    /// The label scores of each character of a sentence: the sum of its features'
    /// quantized weights, in integers, times the quantization step.
    pub fn emissions(&self, features: &Features) -> Vec<Scores> {
        let step = self.weights.step();
        (0..features.len())
            .map(|i| {
                let mut sum = [0i32; LABELS];
                self.weights.add_to(features.at(i), &mut sum);
                sum.map(|x| x as f32 * step)
            })
            .collect()
    }

    /// The best label sequence of a sentence.
    pub fn decode(&self, features: &Features) -> Vec<Label> {
        viterbi(&self.emissions(features), &self.transitions)
    }
}

/// The highest-scoring label sequence under the BIO constraints (an `I-` label only
/// continues an entity of its own kind).
pub fn viterbi(emissions: &[Scores], transitions: &Transitions) -> Vec<Label> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let labels: Vec<Label> = (0..LABELS as u8).map(Label).collect();
    // the transitions with the BIO constraints written in: a forbidden step scores -inf
    let mut allowed = *transitions;
    for (row, from) in allowed.iter_mut().zip((0..=LABELS as u8).map(Label)) {
        let from = (usize::from(from.0) < LABELS).then_some(from);
        for (t, to) in row.iter_mut().zip(&labels) {
            if !to.may_follow(from) {
                *t = f32::NEG_INFINITY;
            }
        }
    }
    let mut back = vec![[0u8; LABELS]; n];
    let mut score = [f32::NEG_INFINITY; LABELS];
    for (s, (t, e)) in score
        .iter_mut()
        .zip(allowed[LABELS].iter().zip(&emissions[0]))
    {
        *s = t + e;
    }
    for (i, e) in emissions.iter().enumerate().skip(1) {
        let mut next = [f32::NEG_INFINITY; LABELS];
        for l in 0..LABELS {
            // the first best previous label, as a strict comparison from -inf finds it
            let mut best = (f32::NEG_INFINITY, 0u8);
            for (p, (s, row)) in score.iter().zip(&allowed).enumerate() {
                let v = s + row[l];
                if v > best.0 {
                    best = (v, p as u8);
                }
            }
            next[l] = best.0 + e[l];
            back[i][l] = best.1;
        }
        score = next;
    }
    let mut last = 0u8;
    for l in &labels {
        if score[l.index()] > score[usize::from(last)] {
            last = l.0;
        }
    }
    let mut out = vec![Label::O; n];
    let mut cur = last;
    for i in (0..n).rev() {
        out[i] = Label(cur);
        cur = back[i][usize::from(cur)];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_respects_bio_constraints() {
        // Emissions favour I-PER first, which may not start a sentence.
        let mut e = [[0.0; LABELS]; 3];
        e[0][2] = 5.0;
        e[0][1] = 1.0;
        e[1][2] = 3.0;
        e[2][0] = 1.0;
        let t = [[0.0; LABELS]; LABELS + 1];
        let labels = viterbi(&e, &t);
        assert_eq!(labels, vec![Label(1), Label(2), Label(0)]);
        assert!(viterbi(&[], &t).is_empty());
    }
}
