//! Near-duplicate articles: the same story reposted by several sites, with other
//! boilerplate, a changed headline or a sentence more.
//!
//! Each text is reduced to the set of its character trigrams (letters, digits and
//! Chinese characters only, in simplified script, so punctuation, spacing and script do
//! not matter) and summarized by a MinHash signature of [`HASHES`] values: the share of
//! equal values estimates the Jaccard similarity of two trigram sets. Texts at least
//! [`MIN_SIMILARITY`] alike are near-duplicates. The signature is cut into [`BANDS`]
//! bands whose hashes are indexed as terms, so candidates are found by term lookups
//! (two texts 0.7 alike share a band with probability 0.98). An article joins the
//! cluster of the most similar near-duplicate indexed before it; else it starts its own
//! cluster, named by its id.

use std::collections::HashMap;

use xxhash_rust::xxh3::{xxh3_64, xxh3_128};

/// Values in a signature.
pub const HASHES: usize = 64;

/// Bands of the signature indexed for candidate lookup (`HASHES / BANDS` values each).
pub const BANDS: usize = 16;

/// Texts whose signatures agree on at least this share of values are near-duplicates.
pub const MIN_SIMILARITY: f64 = 0.7;

/// Texts with fewer characters than this get no signature: too short to tell a copy
/// from a coincidence.
const SHORTEST_TEXT: usize = 30;

const ROWS: usize = HASHES / BANDS;

/// A MinHash signature.
pub type Signature = [u32; HASHES];

/// The signature of `simplified` text, or `None` when it is too short.
pub fn signature(simplified: &str) -> Option<Signature> {
    let chars = letters(simplified);
    if chars.len() < SHORTEST_TEXT {
        return None;
    }
    let mut mins = [u32::MAX; HASHES];
    let mut buf = [0u8; 12];
    for gram in chars.windows(3) {
        let mut len = 0;
        for c in gram {
            len += c.encode_utf8(&mut buf[len..]).len();
        }
        // HASHES hash functions from two (Kirsch and Mitzenmacher)
        let hash = xxh3_128(&buf[..len]);
        let (h1, h2) = (hash as u64, (hash >> 64) as u64 | 1);
        // value i is h1 + i·h2: each the one before plus h2
        let mut value = h1;
        for min in &mut mins {
            *min = (*min).min((value >> 32) as u32);
            value = value.wrapping_add(h2);
        }
    }
    Some(mins)
}

/// The letters and digits of `text`, lowercased.
fn letters(text: &str) -> Vec<char> {
    let mut chars: Vec<char> = Vec::with_capacity(text.len() / 3 + 16);
    for c in text.chars() {
        // the letters and digits, lowercased: ASCII and the common CJK ideographs (all
        // letters, none with a case) answered without the Unicode tables
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                chars.push(c.to_ascii_lowercase());
            }
        } else if is_common_ideograph(c) {
            chars.push(c);
        } else if c.is_alphanumeric() {
            chars.extend(c.to_lowercase());
        }
    }
    chars
}

/// A CJK unified ideograph of the basic block (U+4E00 to U+9FEF): a letter whose
/// lowercase is itself.
fn is_common_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FEF}').contains(&c)
}

/// The estimated Jaccard similarity of the texts of two signatures.
pub fn similarity(a: &Signature, b: &Signature) -> f64 {
    let equal = a.iter().zip(b).filter(|(x, y)| x == y).count();
    equal as f64 / HASHES as f64
}

/// The band terms of a signature (`07:1f…`: the hash of band 7's values).
pub fn band_terms(signature: &Signature) -> [String; BANDS] {
    std::array::from_fn(|band| format!("{band:02}:{:016x}", band_hash(signature, band)))
}

fn band_hash(signature: &Signature, band: usize) -> u64 {
    let mut bytes = [0u8; ROWS * 4];
    for (row, value) in signature[band * ROWS..(band + 1) * ROWS].iter().enumerate() {
        bytes[row * 4..row * 4 + 4].copy_from_slice(&value.to_le_bytes());
    }
    xxh3_64(&bytes)
}

/// A signature as the bytes the index stores.
pub fn to_bytes(signature: &Signature) -> Vec<u8> {
    signature.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// A signature from the bytes the index stores; `None` for bytes of another length.
pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
    if bytes.len() != HASHES * 4 {
        return None;
    }
    let mut signature = [0u32; HASHES];
    for (value, chunk) in signature.iter_mut().zip(bytes.chunks_exact(4)) {
        *value = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
    }
    Some(signature)
}

/// The signatures added since the last commit, which searches cannot see yet. Band
/// lookups go through chains in one array, so that millions of bands cost a few bytes
/// each.
#[derive(Debug, Default)]
pub(crate) struct PendingSignatures {
    entries: Vec<(Signature, String)>,
    /// (band, band hash) → the last slot (entry × BANDS + band) with it.
    heads: HashMap<(u8, u64), u32>,
    /// For each slot, the previous slot with the same band and hash, or `NONE`.
    previous: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl PendingSignatures {
    /// The cluster of the most similar pending near-duplicate, with its similarity.
    pub(crate) fn nearest(&self, signature: &Signature) -> Option<(f64, &str)> {
        let mut best: Option<(f64, &str)> = None;
        for band in 0..BANDS {
            let mut slot = self
                .heads
                .get(&(band as u8, band_hash(signature, band)))
                .copied();
            while let Some(s) = slot.filter(|s| *s != NONE) {
                if let Some((other, cluster)) = self.entries.get(s as usize / BANDS) {
                    let alike = similarity(signature, other);
                    if alike >= MIN_SIMILARITY && best.is_none_or(|(b, _)| alike > b) {
                        best = Some((alike, cluster.as_str()));
                    }
                }
                slot = self.previous.get(s as usize).copied();
            }
        }
        best
    }

    pub(crate) fn insert(&mut self, signature: Signature, cluster: String) {
        let entry = self.entries.len();
        for band in 0..BANDS {
            let slot = u32::try_from(entry * BANDS + band).unwrap_or(NONE);
            let key = (band as u8, band_hash(&signature, band));
            let previous = self.heads.insert(key, slot).unwrap_or(NONE);
            self.previous.push(previous);
        }
        self.entries.push((signature, cluster));
    }

    pub(crate) fn clear(&mut self) {
        self.entries.clear();
        self.heads.clear();
        self.previous.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_ideographs_are_letters_without_case() {
        for c in ('\u{4E00}'..='\u{9FEF}').filter(|&c| is_common_ideograph(c)) {
            assert!(c.is_alphanumeric(), "{c:?}");
            assert!(c.to_lowercase().eq([c]), "{c:?}");
        }
        assert!(!is_common_ideograph('〇') && !is_common_ideograph('A'));
    }

    #[test]
    fn letters_as_the_standard_library_lowercases_them() {
        let text = "Ａpple和IPHONE 15：「臺北」ⅫΣίσυφος ＤＡＹ ２０２４年 …… 🙂 ß İstanbul 陳嘉樹深入柳塘鎮檢查指導防汛工作";
        let reference: String = (text.chars())
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        assert_eq!(letters(text), reference.chars().collect::<Vec<char>>());
    }

    const STORY: &str = "6月14日上午，市委副书记、市长陈嘉树深入柳塘镇、河口镇及莲溪村检查指导防汛工作。\
        他强调，要始终绷紧防汛安全这根弦，立足防大汛、抢大险、救大灾，扎实做好各项防御准备。";

    #[test]
    fn reposts_are_alike_and_other_stories_not() {
        let a = signature(STORY).unwrap();
        let repost = format!("{STORY}（来源：青禾日报）").replace('，', ",");
        let b = signature(&repost).unwrap();
        assert!(
            similarity(&a, &b) >= MIN_SIMILARITY,
            "{}",
            similarity(&a, &b)
        );
        let other = signature(
            "岚桥区召开养老服务工作推进会，区委书记出席会议并讲话，要求各街道加快社区食堂建设。",
        )
        .unwrap();
        assert!(similarity(&a, &other) < 0.2);
        assert_eq!(signature("太短"), None);
        assert_eq!(from_bytes(&to_bytes(&a)), Some(a));
        assert_eq!(from_bytes(&[1, 2, 3]), None);
    }

    #[test]
    fn near_duplicates_share_a_band() {
        let a = signature(STORY).unwrap();
        let b = signature(&format!("{STORY}记者 林晓东")).unwrap();
        let shared = (band_terms(&a).iter())
            .filter(|t| band_terms(&b).contains(t))
            .count();
        assert!(shared >= 1);
        let mut pending = PendingSignatures::default();
        pending.insert(a, "first".into());
        assert_eq!(pending.nearest(&b).map(|(_, c)| c), Some("first"));
        let other =
            signature("岚桥区召开养老服务工作推进会，区委书记出席会议并讲话，要求各街道").unwrap();
        assert_eq!(pending.nearest(&other), None);
    }
}
