//! The segmentation dictionary: jieba's 349,045 words with their frequencies and
//! part-of-speech tags, compiled at build time (`data/words.tsv.zst`) into a character
//! trie whose arrays are read as they are (a few milliseconds at start-up).
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
pub struct WordDictionary {
    /// `first[v]..first[v + 1]` are the children of node `v`.
    first: Vec<u32>,
    /// The character leading to each node.
    label: Vec<u32>,
    /// The word ending at each node (frequency << 8 | tag; 0 for none).
    entry: Vec<u64>,
    /// The root's child for each character of the BMP (0 for none).
    root: Vec<u32>,
    tags: Vec<&'static str>,
    log_total: f64,
}

impl std::fmt::Debug for WordDictionary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordDictionary({} nodes)", self.label.len())
    }
}

fn u32s(bytes: &[u8]) -> Vec<u32> {
    (bytes.chunks_exact(4))
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect()
}

impl WordDictionary {
    /// Reads the compiled trie (an empty dictionary if the build wrote none).
    pub fn open() -> WordDictionary {
        let n = TRIE.get(..4).map_or(0, |b| u32s(b)[0] as usize);
        let (a, b, c) = (4, 4 + 4 * (n + 1), 4 + 4 * (n + 1) + 4 * n);
        let (first, label, entry) = match (TRIE.get(a..b), TRIE.get(b..c), TRIE.get(c..c + 8 * n)) {
            (Some(f), Some(l), Some(e)) if n > 0 => (
                u32s(f),
                u32s(l),
                (e.chunks_exact(8))
                    .map(|x| u64::from_le_bytes([x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]]))
                    .collect(),
            ),
            _ => (vec![0, 1], vec![0], vec![0]),
        };
        let mut root = vec![0u32; ROOT_TABLE];
        let children = first.first().copied().unwrap_or(1)..first.get(1).copied().unwrap_or(1);
        for child in children {
            if let Some(&c) = label.get(child as usize)
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
        let (from, to) = (
            *self.first.get(v as usize)?,
            *self.first.get(v as usize + 1)?,
        );
        let labels = self.label.get(from as usize..to as usize)?;
        let i = labels.partition_point(|&l| l < c as u32);
        (labels.get(i) == Some(&(c as u32))).then_some(from + i as u32)
    }

    /// The word ending at node `v`.
    #[inline]
    fn entry_at(&self, v: u32) -> Option<Entry> {
        self.entry
            .get(v as usize)
            .copied()
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
