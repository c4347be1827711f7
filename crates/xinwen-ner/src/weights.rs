//! The weights of a model's features, found by key in a table built in one pass.
//!
//! Feature keys are well-mixed 64-bit hashes, so their top bits spread them evenly
//! and can serve as the home slot of a linear-probing table. Placed in increasing
//! order, each key goes to its home slot or just after the key before it: the table
//! is written front to back with no rehashing. Beside the slots, one control byte per
//! slot (empty, or seven bits of the key) answers most lookups of keys the model does
//! not have, the common case; one that it has costs one access to its slot, where its
//! weights are, quantized to 16 bits.
//!
//! The table is plain little-endian bytes ([`SLOT_BYTES`] a slot: the key, then the
//! weight of each label), read where they lie: the shipped model's table is laid out
//! at build time and used straight from the program's image, with nothing decoded at
//! start-up and its pages shared by every process that runs the program.

use std::borrow::Cow;

use crate::span::LABELS;

/// Scores of each label for one character.
pub type Scores = [f32; LABELS];

/// Weights of each label in steps of the model's quantization step.
pub type Quantized = [i16; LABELS];

/// Bytes of one slot of the table: the key (`u64`), then one `i16` weight per label.
pub const SLOT_BYTES: usize = 8 + 2 * LABELS;

/// Slots reserved past the last home slot.
const SPILL: usize = 64;

/// The control byte of an empty slot.
const EMPTY: u8 = 0;

/// The control byte of a slot holding `key`.
#[inline]
fn control(key: u64) -> u8 {
    0x80 | (key as u8 & 0x7F)
}

/// The key and the weights held in a slot's bytes.
#[inline]
fn read_slot(slot: &[u8; SLOT_BYTES]) -> (u64, Quantized) {
    let mut key = [0u8; 8];
    key.copy_from_slice(&slot[..8]);
    let weights = std::array::from_fn(|l| i16::from_le_bytes([slot[8 + 2 * l], slot[9 + 2 * l]]));
    (u64::from_le_bytes(key), weights)
}

/// The bytes of a slot holding `key` and `weights`.
fn slot_bytes(key: u64, weights: &Quantized) -> [u8; SLOT_BYTES] {
    let mut slot = [0u8; SLOT_BYTES];
    slot[..8].copy_from_slice(&key.to_le_bytes());
    for (l, w) in weights.iter().enumerate() {
        slot[8 + 2 * l..10 + 2 * l].copy_from_slice(&w.to_le_bytes());
    }
    slot
}

/// The slot of `key` in a table's `control` and `slots` bytes, if it holds it.
#[inline]
fn find<'a>(
    controls: &[u8],
    slots: &'a [u8],
    shift: u32,
    key: u64,
) -> Option<&'a [u8; SLOT_BYTES]> {
    let want = control(key);
    let mut at = (key >> shift) as usize;
    loop {
        match *controls.get(at)? {
            EMPTY => return None,
            c if c == want => {
                let slot = slots.get(at * SLOT_BYTES..)?.first_chunk::<SLOT_BYTES>()?;
                let k = u64::from_le_bytes(*slot.first_chunk::<8>()?);
                if k == key {
                    return Some(slot);
                }
                if k > key {
                    return None;
                }
            }
            _ => {}
        }
        at += 1;
    }
}

/// Feature weights: a sorted linear-probing table of keys and their quantized weights.
#[derive(Debug, Clone)]
pub struct FeatureWeights {
    /// One byte per slot: [`EMPTY`] or the [`control`] byte of its key.
    control: Cow<'static, [u8]>,
    /// [`SLOT_BYTES`] per slot.
    slots: Cow<'static, [u8]>,
    len: usize,
    /// How far a key is shifted right to give its home slot.
    shift: u32,
    /// The value of one step of a quantized weight.
    step: f32,
}

impl Default for FeatureWeights {
    fn default() -> Self {
        FeatureWeights {
            control: Cow::Borrowed(&[EMPTY]),
            slots: Cow::Owned(vec![0; SLOT_BYTES]),
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
        let mut slots = Vec::with_capacity(room * SLOT_BYTES);
        slots.resize(size * SLOT_BYTES, 0);
        let mut next = 0usize;
        let len = keys.len();
        for (key, w) in keys.into_iter().zip(weights) {
            let at = ((key >> shift) as usize).max(next);
            if at >= ctrl.len() {
                ctrl.push(EMPTY);
                slots.resize(slots.len() + SLOT_BYTES, 0);
            }
            ctrl[at] = control(key);
            slots[at * SLOT_BYTES..(at + 1) * SLOT_BYTES].copy_from_slice(&slot_bytes(key, &w));
            next = at + 1;
        }
        ctrl.push(EMPTY);
        slots.resize(slots.len() + SLOT_BYTES, 0);
        Some(FeatureWeights {
            len,
            control: Cow::Owned(ctrl),
            slots: Cow::Owned(slots),
            shift,
            step,
        })
    }

    /// The table of [`to_parts`](Self::to_parts), read where its bytes lie (a table
    /// laid out at build time costs nothing to load); `None` when the parts do not make
    /// a table: sizes that disagree, a shift out of range, a last slot not empty.
    pub fn from_parts(
        control: Cow<'static, [u8]>,
        slots: Cow<'static, [u8]>,
        shift: u32,
        len: usize,
        step: f32,
    ) -> Option<Self> {
        let fits = control.len().checked_mul(SLOT_BYTES) == Some(slots.len())
            && control.last() == Some(&EMPTY)
            && (24..=63).contains(&shift)
            && len < control.len()
            && step.is_finite()
            && step > 0.0;
        fits.then_some(FeatureWeights {
            control,
            slots,
            len,
            shift,
            step,
        })
    }

    /// The table's control bytes, its slot bytes, its shift and its number of features:
    /// what [`from_parts`](Self::from_parts) takes back.
    pub fn to_parts(&self) -> (&[u8], &[u8], u32, usize) {
        (&self.control, &self.slots, self.shift, self.len)
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
    pub fn get(&self, key: u64) -> Option<Quantized> {
        find(&self.control, &self.slots, self.shift, key).map(|slot| read_slot(slot).1)
    }

    /// Adds the quantized weights of every feature of `keys` the model has to `sum`
    /// (the table's bytes are reached once for all of them).
    #[inline]
    pub fn add_to(&self, keys: &[u64], sum: &mut [i32; LABELS]) {
        let (control, slots) = (&*self.control, &*self.slots);
        for &key in keys {
            if let Some(slot) = find(control, slots, self.shift, key) {
                for (l, s) in sum.iter_mut().enumerate() {
                    *s += i32::from(i16::from_le_bytes([slot[8 + 2 * l], slot[9 + 2 * l]]));
                }
            }
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
    pub fn iter(&self) -> impl Iterator<Item = (u64, Quantized)> + '_ {
        (self.control.iter().zip(self.slots.chunks_exact(SLOT_BYTES)))
            .filter(|(c, _)| **c != EMPTY)
            .filter_map(|(_, slot)| Some(read_slot(slot.try_into().ok()?)))
    }
}

#[cfg(test)]
mod tests;
