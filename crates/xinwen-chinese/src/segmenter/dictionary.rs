//! The segmentation dictionary: jieba's 349,045 words with their frequencies and
//! part-of-speech tags, compiled at build time (`data/words.tsv.zst`) into a character
//! trie whose arrays are read where they lie in the program's image (nothing is copied
//! at start-up).
//!
//! The children of a node are consecutive and ordered by character, found by a direct
//! table at the root and by binary search below it: one step per character of a walk.

/// The trie, laid out by build.rs (`word_table`).
const TRIE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/word_trie.bin"));
/// The part-of-speech tags, one a line, in the order of their indices.
const TAGS: &str = include_str!(concat!(env!("OUT_DIR"), "/word_tags.txt"));
include!(concat!(env!("OUT_DIR"), "/word_total.rs"));

/// Characters the root's direct table covers (the Basic Multilingual Plane).
const ROOT_TABLE: usize = 0x1_0000;

/// A dictionary word: its frequency, the index of its tag and its class (the word
/// classes of the NER features, `data/word_clusters.tsv.zst`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry(u64);

impl Entry {
    /// How often the word occurred in jieba's corpus.
    pub fn frequency(self) -> u64 {
        self.0 >> 8 & ((1 << 48) - 1)
    }

    /// The word's class, 0 for none: words that keep the same company in news text
    /// share one (`北京`, `武汉`, `深圳`).
    pub fn class(self) -> u8 {
        (self.0 >> 56) as u8
    }

    fn tag_index(self) -> usize {
        (self.0 & 0xFF) as usize
    }
}

/// The dictionary and what scoring a segmentation needs of it.
///
/// The trie's arrays are read in place in the program's image (little-endian bytes):
/// opening the dictionary copies nothing and touches no page it does not read.
pub struct WordDictionary {
    /// `first[v]..first[v + 1]` are the children of node `v` (`u32`s).
    first: &'static [u8],
    /// The character leading to each node (`u32`s).
    label: &'static [u8],
    /// The word ending at each node (`u64`s: frequency << 8 | tag; 0 for none).
    entry: &'static [u8],
    /// The root's child for each character of the BMP (0 for none).
    root: Vec<u32>,
    tags: Vec<&'static str>,
    log_total: f64,
}

impl std::fmt::Debug for WordDictionary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordDictionary({} nodes)", self.label.len() / 4)
    }
}

/// The `i`th little-endian `u32` of `bytes`.
#[inline]
fn u32_at(bytes: &[u8], i: usize) -> Option<u32> {
    let b = bytes.get(4 * i..4 * i + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// The `i`th little-endian `u64` of `bytes`.
#[inline]
fn u64_at(bytes: &[u8], i: usize) -> Option<u64> {
    let b = bytes.get(8 * i..8 * i + 8)?.first_chunk::<8>()?;
    Some(u64::from_le_bytes(*b))
}

/// The trie of a dictionary without words: the root alone, without children.
const EMPTY_FIRST: [u8; 8] = [1, 0, 0, 0, 1, 0, 0, 0];

impl WordDictionary {
    /// Reads the compiled trie (an empty dictionary if the build wrote none).
    pub fn open() -> WordDictionary {
        let n = u32_at(TRIE, 0).unwrap_or(0) as usize;
        let (a, b, c) = (4, 4 + 4 * (n + 1), 4 + 4 * (n + 1) + 4 * n);
        let (first, label, entry): (&[u8], &[u8], &[u8]) =
            match (TRIE.get(a..b), TRIE.get(b..c), TRIE.get(c..c + 8 * n)) {
                (Some(f), Some(l), Some(e)) if n > 0 => (f, l, e),
                _ => (&EMPTY_FIRST, &[0; 4], &[0; 8]),
            };
        let mut root = vec![0u32; ROOT_TABLE];
        let children = u32_at(first, 0).unwrap_or(1)..u32_at(first, 1).unwrap_or(1);
        for child in children {
            if let Some(c) = u32_at(label, child as usize)
                && let Some(slot) = root.get_mut(c as usize)
            {
                *slot = child;
            }
        }
        WordDictionary {
            first,
            label,
            entry,
            root,
            tags: TAGS.lines().collect(),
            log_total: (TOTAL_FREQUENCY as f64).ln(),
        }
    }

    /// The child of node `v` by character `c`.
    #[inline]
    fn child(&self, v: u32, c: char) -> Option<u32> {
        if v == 0 && (c as usize) < ROOT_TABLE {
            return self.root.get(c as usize).copied().filter(|&x| x != 0);
        }
        let to = u32_at(self.first, v as usize + 1)?;
        let (mut lo, mut hi) = (u32_at(self.first, v as usize)?, to);
        // the first child whose character is not below `c`
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if u32_at(self.label, mid as usize)? < c as u32 {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        (lo < to && u32_at(self.label, lo as usize)? == c as u32).then_some(lo)
    }

    /// The word ending at node `v`.
    #[inline]
    fn entry_at(&self, v: u32) -> Option<Entry> {
        u64_at(self.entry, v as usize)
            .filter(|&e| e != 0)
            .map(Entry)
    }

    /// The entry of `word`, if the dictionary holds it.
    pub fn get(&self, word: &str) -> Option<Entry> {
        let mut v = 0;
        for c in word.chars() {
            v = self.child(v, c)?;
        }
        self.entry_at(v)
    }

    /// The part-of-speech tag of an entry.
    pub fn tag(&self, entry: Entry) -> &'static str {
        self.tags.get(entry.tag_index()).copied().unwrap_or("x")
    }

    /// The tags the dictionary uses (to give a tag found elsewhere a static lifetime).
    pub fn known_tag(&self, tag: &str) -> Option<&'static str> {
        self.tags.iter().copied().find(|t| *t == tag)
    }

    /// The natural logarithm of the sum of all frequencies.
    pub fn log_total(&self) -> f64 {
        self.log_total
    }

    /// Calls `found(end, entry)` for each dictionary word that starts at character
    /// `start` of `chars`, `end` being the index one past its last character, shortest
    /// first.
    #[inline]
    pub fn words_at(
        &self,
        chars: &[(usize, char)],
        start: usize,
        mut found: impl FnMut(usize, Entry),
    ) {
        let mut v = 0;
        for (j, &(_, c)) in chars.iter().enumerate().skip(start) {
            let Some(next) = self.child(v, c) else {
                return;
            };
            v = next;
            if let Some(e) = self.entry_at(v) {
                found(j + 1, e);
            }
        }
    }
}
