//! The model file: the tagger's table as it lies in memory, compressed with zstd.
//!
//! Layout before compression (integers little-endian): `XWNER2` magic, `u32` feature
//! version, `f32` quantization step, the transition matrix as `f32`s, then the feature
//! table of [`FeatureWeights`]: `u32` shift, `u64` number of features, `u64` number of
//! slots `n`, `n` control bytes and `n` slots of [`SLOT_BYTES`] (the key, then the
//! quantized weight of each label).
//!
//! The build decompresses the shipped file (`build.rs`), so the program carries the
//! table ready to use: loading it reads the header and takes the rest where it lies.

use std::borrow::Cow;
use std::ops::Range;

use crate::features::FEATURE_VERSION;
use crate::model::{Model, Transitions};
use crate::span::LABELS;
use crate::weights::{FeatureWeights, Quantized, SLOT_BYTES};

const MAGIC: &[u8] = b"XWNER2";

/// Largest uncompressed model accepted (a guard against a corrupt size header).
const MAX_MODEL_BYTES: usize = 512 << 20;

/// Serializes `model` with weights quantized to multiples of `scale`, dropping features
/// whose quantized weights are all zero, and compresses it.
pub fn encode(model: &Model, scale: f32) -> Result<Vec<u8>, String> {
    let step = model.weights.step();
    let (mut keys, mut weights) = (Vec::new(), Vec::<Quantized>::new());
    for (key, w) in model.weights.iter() {
        let mut q = [0i16; LABELS];
        for (q, x) in q.iter_mut().zip(w) {
            let v = (f32::from(x) * step / scale).round();
            *q = i16::try_from(v as i64).map_err(|_| format!("weight {v} out of range"))?;
        }
        if q.iter().any(|&x| x != 0) {
            keys.push(key);
            weights.push(q);
        }
    }
    let table = FeatureWeights::from_sorted(keys, weights, scale)
        .ok_or_else(|| format!("bad quantization step {scale}"))?;
    let (control, slots, shift, len) = table.to_parts();
    let mut out = Vec::with_capacity(64 + control.len() + slots.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    for row in &model.transitions {
        row.iter()
            .for_each(|w| out.extend_from_slice(&w.to_le_bytes()));
    }
    out.extend_from_slice(&shift.to_le_bytes());
    out.extend_from_slice(&(len as u64).to_le_bytes());
    out.extend_from_slice(&(control.len() as u64).to_le_bytes());
    out.extend_from_slice(control);
    out.extend_from_slice(slots);
    zstd::bulk::compress(&out, 19).map_err(|e| e.to_string())
}

/// Decompresses and reads a model file.
pub fn decode(compressed: &[u8]) -> Result<Model, String> {
    let bytes = zstd::bulk::decompress(compressed, MAX_MODEL_BYTES)
        .map_err(|e| format!("cannot decompress model: {e}"))?;
    read(Cow::Owned(bytes))
}

/// Reads a model file already decompressed, where its bytes lie (the shipped model,
/// decompressed by the build): nothing is copied.
pub fn read_static(bytes: &'static [u8]) -> Result<Model, String> {
    read(Cow::Borrowed(bytes))
}

/// The fields of a decompressed model file before its table.
struct Header {
    scale: f32,
    transitions: Transitions,
    shift: u32,
    len: usize,
    control: Range<usize>,
    slots: Range<usize>,
}

fn read(bytes: Cow<'static, [u8]>) -> Result<Model, String> {
    let h = header(&bytes)?;
    let (control, slots) = match bytes {
        Cow::Borrowed(b) => (
            Cow::Borrowed(b.get(h.control.clone()).unwrap_or_default()),
            Cow::Borrowed(b.get(h.slots.clone()).unwrap_or_default()),
        ),
        Cow::Owned(mut v) => {
            let slots = v.split_off(h.slots.start);
            v.truncate(h.control.end);
            v.drain(..h.control.start);
            (Cow::Owned(v), Cow::Owned(slots))
        }
    };
    let weights = FeatureWeights::from_parts(control, slots, h.shift, h.len, h.scale)
        .ok_or("bad feature table in model")?;
    Ok(Model {
        weights,
        transitions: h.transitions,
    })
}

fn header(bytes: &[u8]) -> Result<Header, String> {
    let mut at = 0usize;
    let mut take = |n: usize| -> Result<&[u8], String> {
        let s = (bytes.get(at..at.saturating_add(n))).ok_or("truncated model")?;
        at += n;
        Ok(s)
    };
    if take(MAGIC.len())? != MAGIC {
        return Err("not an xinwen NER model (or one of an older format)".into());
    }
    let u32_of = |b: &[u8]| {
        b.try_into()
            .map(u32::from_le_bytes)
            .map_err(|_| "truncated")
    };
    let u64_of = |b: &[u8]| {
        b.try_into()
            .map(u64::from_le_bytes)
            .map_err(|_| "truncated")
    };
    let version = u32_of(take(4)?)?;
    if version != FEATURE_VERSION {
        return Err(format!(
            "model has feature version {version}, this build expects {FEATURE_VERSION}"
        ));
    }
    let scale = f32::from_bits(u32_of(take(4)?)?);
    let mut transitions: Transitions = [[0.0; LABELS]; LABELS + 1];
    for row in &mut transitions {
        for w in row.iter_mut() {
            *w = f32::from_bits(u32_of(take(4)?)?);
        }
    }
    let shift = u32_of(take(4)?)?;
    let len = usize::try_from(u64_of(take(8)?)?).map_err(|_| "bad feature count")?;
    let n = usize::try_from(u64_of(take(8)?)?).map_err(|_| "bad slot count")?;
    let slot_bytes = n.checked_mul(SLOT_BYTES).ok_or("bad slot count in model")?;
    let control = at..at.saturating_add(n);
    let slots = control.end..control.end.saturating_add(slot_bytes);
    if slots.end != bytes.len() {
        return Err("model size does not match its table".into());
    }
    Ok(Header {
        scale,
        transitions,
        shift,
        len,
        control,
        slots,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_garbage() {
        let mut m = Model::default();
        m.transitions[LABELS][1] = -1.5;
        let features = [
            (42, [0.5, -0.25, 0.0, 0.0, 0.0, 0.0, 1.0]),
            (7, [0.0; LABELS]),
        ];
        m.weights = FeatureWeights::quantize(features, 0.25).unwrap();
        let bytes = encode(&m, 0.25).unwrap();
        let back = decode(&bytes).unwrap();
        assert_eq!(back.weights.len(), 1);
        assert_eq!(back.weights.scores(42), m.weights.scores(42));
        assert_eq!(back.weights.get(7), None);
        assert_eq!(back.transitions, m.transitions);
        // the same bytes read where they lie
        let raw: &'static [u8] = zstd::bulk::decompress(&bytes, 1 << 20).unwrap().leak();
        let borrowed = read_static(raw).unwrap();
        assert_eq!(borrowed.weights.scores(42), m.weights.scores(42));
        assert!(read_static(&raw[..raw.len() - 1]).is_err());
        assert!(decode(b"not a model").is_err());
        assert!(decode(&bytes[..bytes.len() / 2]).is_err());
        assert!(decode(&zstd::bulk::compress(b"XWNER2\x01", 1).unwrap()).is_err());
    }
}
