//! The weights of a model's features, found by key in a table built in one pass.
//!
//! Feature keys are well-mixed 64-bit hashes, so their top bits spread them evenly
//! and can serve as the home slot of a linear-probing table. Placed in increasing
//! order, each key goes to its home slot or just after the key before it: the table
//! is written front to back with no rehashing, which is what makes the shipped model
//! load in a few milliseconds. Beside the slots, one control byte per slot (empty, or
//! seven bits of the key) answers most lookups of keys the model does not have, the
//! common case; one that it has costs one access to its slot, where its weights are,
//! quantized to 16 bits (the model file stores them so anyway).

use crate::span::LABELS;

/// Scores of each label for one character.
pub type Scores = [f32; LABELS];

/// Weights of each label in steps of the model's quantization step.
pub type Quantized = [i16; LABELS];

/// Slots reserved past the last home slot.
const SPILL: usize = 64;

/// The control byte of an empty slot.
const EMPTY: u8 = 0;

/// The control byte of a slot holding `key`.
#[inline]
fn control(key: u64) -> u8 {
    0x80 | (key as u8 & 0x7F)
}

/// Feature weights: a sorted linear-probing table of keys and their quantized weights.
#[derive(Debug, Clone)]
pub struct FeatureWeights {
    control: Vec<u8>,
    slots: Vec<(u64, Quantized)>,
    len: usize,
    /// How far a key is shifted right to give its home slot.
    shift: u32,
    /// The value of one step of a quantized weight.
    step: f32,
}

impl Default for FeatureWeights {
    fn default() -> Self {
        FeatureWeights {
            control: vec![EMPTY],
            slots: vec![(0, [0; LABELS])],
            len: 0,
            shift: 63,
            step: 1.0,
        }
    }
}

impl FeatureWeights {
    /// The table of `keys` (strictly increasing) and their weights in steps of `step`;
    /// `None` when the keys are not strictly increasing, the lengths differ or `step`
    /// is not a positive number.
    pub fn from_sorted(keys: Vec<u64>, weights: Vec<Quantized>, step: f32) -> Option<Self> {
        if keys.len() != weights.len()
            || keys.windows(2).any(|w| w[0] >= w[1])
            || !(step.is_finite() && step > 0.0)
        {
            return None;
        }
        // at most four keys in five slots, at least two slots
        let bits = (keys.len() + keys.len() / 4)
            .next_power_of_two()
            .trailing_zeros()
            .clamp(1, 40);
        let shift = 64 - bits;
        // keys near the end may run past the last home slot, and a lookup past the
        // last key meets an empty slot: room for both without growing the vectors
        let (size, room) = (1usize << bits, (1usize << bits) + SPILL);
        let mut ctrl = Vec::with_capacity(room);
        ctrl.resize(size, EMPTY);
        let mut slots = Vec::with_capacity(room);
        slots.resize(size, (0, [0; LABELS]));
        let mut next = 0usize;
        for (key, w) in keys.into_iter().zip(weights) {
            let at = ((key >> shift) as usize).max(next);
            if at >= slots.len() {
                ctrl.push(EMPTY);
                slots.push((0, [0; LABELS]));
            }
            ctrl[at] = control(key);
            slots[at] = (key, w);
            next = at + 1;
        }
        ctrl.push(EMPTY);
        slots.push((0, [0; LABELS]));
        Some(FeatureWeights {
            len: ctrl.iter().filter(|&&c| c != EMPTY).count(),
            control: ctrl,
            slots,
            shift,
            step,
        })
    }

    /// The table of any features in any order (the last weights of a repeated key
    /// win), quantized to steps of `step`; an error when a weight is too large for 16
    /// bits in those steps or `step` is not a positive number.
    pub fn quantize<I>(features: I, step: f32) -> Result<FeatureWeights, String>
    where
        I: IntoIterator<Item = (u64, Scores)>,
    {
        let mut pairs: Vec<(u64, Scores)> = features.into_iter().collect();
        pairs.sort_by_key(|(k, _)| *k);
        let (mut keys, mut weights): (Vec<u64>, Vec<Quantized>) = (Vec::new(), Vec::new());
        for (key, scores) in pairs {
            let mut q = [0i16; LABELS];
            for (q, x) in q.iter_mut().zip(scores) {
                let v = (x / step).round();
                if !(f32::from(i16::MIN)..=f32::from(i16::MAX)).contains(&v) {
                    return Err(format!(
                        "weight {x} does not fit 16 bits in steps of {step}"
                    ));
                }
                *q = v as i16;
            }
            if keys.last() == Some(&key) {
                keys.pop();
                weights.pop();
            }
            keys.push(key);
            weights.push(q);
        }
        FeatureWeights::from_sorted(keys, weights, step)
            .ok_or_else(|| format!("bad quantization step {step}"))
    }

    /// The quantized weights of feature `key`, if the model has it.
    #[inline]
    pub fn get(&self, key: u64) -> Option<&Quantized> {
        let want = control(key);
        let mut at = (key >> self.shift) as usize;
        loop {
            match *self.control.get(at)? {
                EMPTY => return None,
                c if c == want => {
                    let (k, weights) = self.slots.get(at)?;
                    if *k == key {
                        return Some(weights);
                    }
                    if *k > key {
                        return None;
                    }
                }
                _ => {}
            }
            at += 1;
        }
    }

    /// The value of one step of a quantized weight.
    pub fn step(&self) -> f32 {
        self.step
    }

    /// The weights of feature `key` as scores.
    pub fn scores(&self, key: u64) -> Option<Scores> {
        self.get(key).map(|q| q.map(|x| f32::from(x) * self.step))
    }

    /// Number of features.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when there is no feature.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Each feature's key and quantized weights, by increasing key.
    pub fn iter(&self) -> impl Iterator<Item = (u64, &Quantized)> {
        (self.control.iter().zip(&self.slots))
            .filter(|(c, _)| **c != EMPTY)
            .map(|(_, (k, w))| (*k, w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::KeyBuilder;

    #[test]
    fn finds_every_key_and_no_other() {
        let keys: Vec<u64> = (0..5000u64)
            .map(|i| KeyBuilder::new(1).num(i).key())
            .collect();
        let table = FeatureWeights::quantize(
            keys.iter()
                .enumerate()
                .map(|(i, &k)| (k, [i as f32; LABELS])),
            1.0,
        )
        .unwrap();
        assert_eq!(table.len(), 5000);
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(table.get(*k).map(|s| s[0]), Some(i as i16));
        }
        for i in 5000..6000u64 {
            assert!(table.get(KeyBuilder::new(1).num(i).key()).is_none());
        }
        assert!(table.get(0).is_none() && table.get(u64::MAX).is_none());
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!(table.iter().map(|(k, _)| k).collect::<Vec<_>>(), sorted);
    }

    #[test]
    fn edge_tables() {
        let empty = FeatureWeights::default();
        assert!(empty.is_empty() && empty.get(7).is_none());
        let one = FeatureWeights::quantize([(u64::MAX, [0.5; LABELS])], 0.25).unwrap();
        assert_eq!(one.get(u64::MAX).map(|s| s[0]), Some(2));
        assert_eq!(one.scores(u64::MAX).map(|s| s[0]), Some(0.5));
        let repeated = FeatureWeights::quantize([(3, [1.0; LABELS]), (3, [2.0; LABELS])], 1.0);
        let repeated = repeated.unwrap();
        assert_eq!(
            (repeated.len(), repeated.get(3).map(|s| s[0])),
            (1, Some(2))
        );
        assert!(FeatureWeights::from_sorted(vec![2, 1], vec![[0; LABELS]; 2], 1.0).is_none());
        assert!(FeatureWeights::quantize([(1, [1e9; LABELS])], 0.02).is_err());
        assert!(FeatureWeights::quantize([(1, [1.0; LABELS])], 0.0).is_err());
    }
}
