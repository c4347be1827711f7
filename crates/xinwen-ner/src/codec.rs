//! The model file: a compact binary format compressed with zstd.
//!
//! Layout before compression (integers little-endian):
//! `XWNER1` magic, `u32` feature version, `f32` quantization scale, the transition
//! matrix as `f32`s, `u32` feature count, then per feature (sorted by key) the key as
//! a varint delta from the previous key and its label weights as zigzag varints of the
//! quantized value (weight / scale rounded).

use crate::features::FEATURE_VERSION;
use crate::model::{Model, Transitions};
use crate::span::LABELS;
use crate::weights::{FeatureWeights, Quantized};

const MAGIC: &[u8] = b"XWNER1";

fn put_varint(out: &mut Vec<u8>, mut x: u64) {
    while x >= 0x80 {
        out.push((x as u8) | 0x80);
        x >>= 7;
    }
    out.push(x as u8);
}

/// Serializes `model` with weights quantized to multiples of `scale`, dropping features
/// whose quantized weights are all zero, and compresses it.
pub fn encode(model: &Model, scale: f32) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    for row in &model.transitions {
        row.iter()
            .for_each(|w| out.extend_from_slice(&w.to_le_bytes()));
    }
    let mut kept: Vec<(u64, [i64; LABELS])> = Vec::new();
    let step = model.weights.step();
    for (key, w) in model.weights.iter() {
        let q = w.map(|x| (f32::from(x) * step / scale).round() as i64);
        if q.iter().any(|&x| x != 0) {
            kept.push((key, q));
        }
    }
    out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
    let mut prev = 0u64;
    for (key, _) in &kept {
        put_varint(&mut out, key - prev);
        prev = *key;
    }
    for (_, q) in &kept {
        for &x in q {
            put_varint(&mut out, ((x << 1) ^ (x >> 63)) as u64);
        }
    }
    zstd::bulk::compress(&out, 19).map_err(|e| e.to_string())
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let s = (self.bytes.get(self.at..self.at.saturating_add(n))).ok_or("truncated model")?;
        self.at += n;
        Ok(s)
    }

    fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_bits(self.u32()?))
    }

    /// A varint of at most ten bytes (the model holds millions: kept inline, with no
    /// error value built while it reads).
    #[inline(always)]
    fn varint(&mut self) -> Result<u64, String> {
        let mut x = 0u64;
        let mut shift = 0u32;
        while let Some(&b) = self.bytes.get(self.at) {
            self.at += 1;
            x |= u64::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                return Ok(x);
            }
            shift += 7;
            if shift > 63 {
                return Err("bad varint in model".into());
            }
        }
        Err("truncated model".into())
    }
}

/// Largest uncompressed model accepted (a guard against a corrupt size header).
const MAX_MODEL_BYTES: usize = 512 << 20;

/// Decompresses and parses a model file.
pub fn decode(compressed: &[u8]) -> Result<Model, String> {
    let bytes = zstd::bulk::decompress(compressed, MAX_MODEL_BYTES)
        .map_err(|e| format!("cannot decompress model: {e}"))?;
    let mut r = Reader {
        bytes: &bytes,
        at: 0,
    };
    if r.take(MAGIC.len())? != MAGIC {
        return Err("not an xinwen NER model".into());
    }
    let version = r.u32()?;
    if version != FEATURE_VERSION {
        return Err(format!(
            "model has feature version {version}, this build expects {FEATURE_VERSION}"
        ));
    }
    let scale = r.f32()?;
    if !scale.is_finite() || scale <= 0.0 {
        return Err("bad scale in model".into());
    }
    let mut transitions: Transitions = [[0.0; LABELS]; LABELS + 1];
    for row in &mut transitions {
        for w in row.iter_mut() {
            *w = r.f32()?;
        }
    }
    let n = r.u32()? as usize;
    if n > bytes.len() {
        return Err("bad feature count in model".into());
    }
    let mut keys = Vec::with_capacity(n);
    let mut key = 0u64;
    for _ in 0..n {
        key = key.wrapping_add(r.varint()?);
        keys.push(key);
    }
    let mut weights: Vec<Quantized> = Vec::with_capacity(n);
    for _ in 0..n {
        let mut w = [0i16; LABELS];
        for x in &mut w {
            let z = r.varint()?;
            let q = ((z >> 1) as i64) ^ -((z & 1) as i64);
            *x = i16::try_from(q).map_err(|_| "weight out of range in model")?;
        }
        weights.push(w);
    }
    if r.at != bytes.len() {
        return Err("trailing bytes in model".into());
    }
    let weights = FeatureWeights::from_sorted(keys, weights, scale)
        .ok_or("feature keys of the model are not in order")?;
    Ok(Model {
        weights,
        transitions,
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
        assert_eq!(back.transitions, m.transitions);
        assert!(decode(b"not a model").is_err());
        assert!(decode(&bytes[..bytes.len() / 2]).is_err());
        assert!(decode(&zstd::bulk::compress(b"XWNER1\x01", 1).unwrap()).is_err());
    }
}
