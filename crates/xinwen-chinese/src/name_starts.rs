// How the gazetteer's names start, as two bit sets built once at build time (build.rs
// includes this file): the characters that are a name alone, and the hashed first two
// characters of the longer names. A position of a text whose two characters are in
// neither starts no name, and the walk down the table is skipped there; a set bit may
// be a collision, and then the walk answers.

/// Bits of the set of single-character names: one per character of the Basic
/// Multilingual Plane.
pub(crate) const SINGLE_BITS: usize = 1 << 16;

/// Bits of the set of first pairs of characters (a power of two).
pub(crate) const PAIR_BITS: usize = 1 << 21;

/// The bit of a character alone, `None` past the Basic Multilingual Plane (not in the
/// set: always walked).
pub(crate) fn single_bit(c: char) -> Option<usize> {
    let code = c as usize;
    (code < SINGLE_BITS).then_some(code)
}

/// The bit of the pair of characters `a`, `b`.
pub(crate) fn pair_bit(a: char, b: char) -> usize {
    let mixed =
        (u64::from(a as u32) << 21 | u64::from(b as u32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> (64 - PAIR_BITS.trailing_zeros())) as usize
}
