//! A character trie: the longest entry at the start (or end) of a run of characters.

/// Words of 64 bits in [`Trie`]'s filter of first characters.
const FIRST_WORDS: usize = 64;

/// A trie over characters whose nodes may end an entry (given by its index).
#[derive(Debug, Clone)]
pub(crate) struct Trie {
    /// Node 0 is the root; each node's children sorted by character.
    nodes: Vec<Node>,
    /// Bit `c mod 4096` set for the first character `c` of every entry: most lookups
    /// start at a character no entry starts with, and end here without a search (with
    /// 256 bits, most Chinese characters shared a bit with some entry's first one).
    firsts: [u64; FIRST_WORDS],
}

#[derive(Debug, Clone, Default)]
struct Node {
    children: Vec<(char, u32)>,
    entry: Option<u32>,
}

impl Trie {
    /// A trie of `words`, each read through `order` (forwards or backwards); the entry
    /// index of a word is its position in `words`.
    pub(crate) fn new<'a, I>(words: impl Iterator<Item = I>) -> Self
    where
        I: Iterator<Item = char> + 'a,
    {
        let mut trie = Trie {
            nodes: vec![Node::default()],
            firsts: [0; FIRST_WORDS],
        };
        for (index, word) in words.enumerate() {
            let mut node = 0usize;
            for c in word {
                node = trie.child_or_insert(node, c);
            }
            if let Some(n) = trie.nodes.get_mut(node) {
                n.entry.get_or_insert(index as u32);
            }
        }
        trie
    }

    /// The word and the bit of `c` in `firsts`.
    fn first_bit(c: char) -> (usize, u64) {
        let code = u32::from(c) as usize % (FIRST_WORDS * 64);
        (code / 64, 1 << (code % 64))
    }

    fn child(&self, node: usize, c: char) -> Option<usize> {
        if node == 0 {
            let (word, bit) = Self::first_bit(c);
            if self.firsts.get(word).is_none_or(|w| w & bit == 0) {
                return None;
            }
        }
        let children = &self.nodes.get(node)?.children;
        let k = children.binary_search_by_key(&c, |(k, _)| *k).ok()?;
        children.get(k).map(|(_, n)| *n as usize)
    }

    fn child_or_insert(&mut self, node: usize, c: char) -> usize {
        if let Some(n) = self.child(node, c) {
            return n;
        }
        let new = self.nodes.len();
        self.nodes.push(Node::default());
        if node == 0 {
            let (word, bit) = Self::first_bit(c);
            if let Some(w) = self.firsts.get_mut(word) {
                *w |= bit;
            }
        }
        if let Some(parent) = self.nodes.get_mut(node) {
            let at = parent.children.partition_point(|(k, _)| *k < c);
            parent.children.insert(at, (c, new as u32));
        }
        new
    }

    /// The entry that is exactly `chars`.
    pub(crate) fn exact(&self, chars: impl Iterator<Item = char>) -> Option<usize> {
        let mut node = 0;
        for c in chars {
            node = self.child(node, c)?;
        }
        self.nodes.get(node)?.entry.map(|e| e as usize)
    }

    /// The longest entry `chars` begins with: (its length in characters, its index).
    pub(crate) fn longest(&self, chars: impl Iterator<Item = char>) -> Option<(usize, usize)> {
        let mut node = 0;
        let mut best = None;
        for (n, c) in chars.enumerate() {
            match self.child(node, c) {
                Some(next) => node = next,
                None => break,
            }
            if let Some(e) = self.nodes.get(node).and_then(|n| n.entry) {
                best = Some((n + 1, e as usize));
            }
        }
        best
    }

    /// Every entry `chars` begins with, shortest first: (length, index).
    pub(crate) fn all(&self, chars: impl Iterator<Item = char>) -> Vec<(usize, usize)> {
        let mut node = 0;
        let mut found = Vec::new();
        for (n, c) in chars.enumerate() {
            match self.child(node, c) {
                Some(next) => node = next,
                None => break,
            }
            if let Some(e) = self.nodes.get(node).and_then(|n| n.entry) {
                found.push((n + 1, e as usize));
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_and_exact() {
        let words = ["ab", "abcd", "b"];
        let trie = Trie::new(words.iter().map(|w| w.chars()));
        assert_eq!(trie.longest("abcde".chars()), Some((4, 1)));
        assert_eq!(trie.longest("abx".chars()), Some((2, 0)));
        assert_eq!(trie.longest("x".chars()), None);
        assert_eq!(trie.exact("ab".chars()), Some(0));
        assert_eq!(trie.exact("abc".chars()), None);
        assert_eq!(trie.all("abcd".chars()), [(2, 0), (4, 1)]);
        let backward = Trie::new(words.iter().map(|w| w.chars().rev()));
        assert_eq!(backward.longest("xab".chars().rev()), Some((2, 0)));
        assert_eq!(backward.longest("xb".chars().rev()), Some((1, 2)));
    }
}
