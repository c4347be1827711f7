//! Stable 64-bit feature keys.
//!
//! A feature (`template 3, characters 延吉`) is stored in the model as a 64-bit hash. The
//! hash is defined here, not taken from the standard library, so that a model trained
//! today keys the same features in every later build.

use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Builds the key of one feature from its template number and parts.
#[derive(Debug, Clone, Copy)]
pub struct KeyBuilder(u64);

impl KeyBuilder {
    /// Starts a key for feature template `template`.
    pub fn new(template: u8) -> Self {
        KeyBuilder(u64::from(template).wrapping_add(1).wrapping_mul(K))
    }

    /// Adds a number (a character, a length, a position code).
    pub fn num(self, x: u64) -> Self {
        KeyBuilder(
            (self.0 ^ x)
                .wrapping_mul(K)
                .rotate_left(31)
                .wrapping_add(0x632B_E59B),
        )
    }

    /// Adds a character.
    pub fn ch(self, c: char) -> Self {
        self.num(u64::from(c))
    }

    /// Adds a string, length-terminated so that parts do not run into each other.
    pub fn str(self, s: &str) -> Self {
        let mut b = self;
        let mut n = 0;
        for c in s.chars() {
            b = b.ch(c);
            n += 1;
        }
        b.num(0xFFFF_0000 + n)
    }

    /// The finished key (a SplitMix64 finalizer over the state).
    pub fn key(self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// The key of a string on its own: what a feature made of strings (a word, a tag)
/// carries instead of hashing their characters again for every character it keys.
pub fn str_key(s: &str) -> u64 {
    KeyBuilder::new(255).str(s).key()
}

/// A hasher for maps keyed by feature keys, which are already well mixed.
#[derive(Debug, Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The `BuildHasher` of [`KeyHasher`].
pub type BuildKeyHasher = BuildHasherDefault<KeyHasher>;

/// A map keyed by feature keys.
pub type KeyMap<V> = std::collections::HashMap<u64, V, BuildKeyHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_stable_and_distinct() {
        let a = KeyBuilder::new(3).ch('延').ch('吉').key();
        assert_eq!(a, KeyBuilder::new(3).ch('延').ch('吉').key());
        assert_ne!(a, KeyBuilder::new(4).ch('延').ch('吉').key());
        assert_ne!(a, KeyBuilder::new(3).ch('吉').ch('延').key());
        assert_ne!(
            KeyBuilder::new(1).str("ab").str("c").key(),
            KeyBuilder::new(1).str("a").str("bc").key()
        );
    }
}
