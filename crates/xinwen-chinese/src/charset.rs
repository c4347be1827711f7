//! A compact set of characters (a bitmap over the basic and supplementary planes).

/// Characters above this are never in a [`CharSet`]: CJK (up to extension H) lives below it.
const LIMIT: u32 = 0x3_2400;

/// A set of characters stored as a bitmap, for constant-time membership tests on hot
/// paths (script detection scans every character of every page).
#[derive(Clone)]
pub(crate) struct CharSet {
    bits: Vec<u64>,
    len: usize,
}

impl CharSet {
    pub(crate) fn new() -> Self {
        CharSet {
            bits: vec![0; (LIMIT as usize).div_ceil(64)],
            len: 0,
        }
    }

    pub(crate) fn insert(&mut self, c: char) {
        let code = u32::from(c);
        if code >= LIMIT {
            return;
        }
        let (word, bit) = ((code / 64) as usize, code % 64);
        if let Some(w) = self.bits.get_mut(word) {
            if *w & (1 << bit) == 0 {
                self.len += 1;
            }
            *w |= 1 << bit;
        }
    }

    #[inline]
    pub(crate) fn contains(&self, c: char) -> bool {
        let code = u32::from(c);
        let (word, bit) = ((code / 64) as usize, code % 64);
        code < LIMIT && self.bits.get(word).is_some_and(|w| w & (1 << bit) != 0)
    }
}

impl FromIterator<char> for CharSet {
    fn from_iter<I: IntoIterator<Item = char>>(chars: I) -> Self {
        let mut set = CharSet::new();
        chars.into_iter().for_each(|c| set.insert(c));
        set
    }
}

impl std::fmt::Debug for CharSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CharSet({} chars)", self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn membership() {
        let mut set = CharSet::new();
        set.insert('導');
        set.insert('導');
        set.insert('𠀀');
        set.insert('\u{10FFFF}');
        assert!(set.contains('導'));
        assert!(set.contains('𠀀'));
        assert!(!set.contains('导'));
        assert!(!set.contains('\u{10FFFF}'));
        assert_eq!(set.len, 2);
    }
}
