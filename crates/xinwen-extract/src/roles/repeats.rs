//! Blocks a page repeats: the second copy of a paragraph block or caption group.

use std::collections::HashMap;

use xinwen_core::RemovedKind;
use xinwen_parse::Page;

use super::role::Role;

/// A repeated block at least this long is a duplicate on its own; shorter ones (captions,
/// short lines) only as part of a repeated sequence, because a page may show two photos
/// with the same caption.
const LONG: usize = 20;

/// Marks the later copies of repeated body blocks and caption groups as duplicates;
/// `keys` are the blocks' [`dedup_key`](crate::dedup::dedup_key)s.
pub fn mark(page: &Page, keys: &[u64], roles: &mut [Role]) {
    let mut first: HashMap<u64, usize> = HashMap::new();
    let mut earlier = vec![None; keys.len()];
    for (i, k) in keys.iter().enumerate() {
        match first.get(k) {
            Some(&j) => earlier[i] = Some(j),
            None => {
                first.insert(*k, i);
            }
        }
    }
    let same = |a: Option<usize>, b: Option<usize>| match (a, b) {
        (Some(a), Some(b)) => keys.get(a).is_some_and(|ka| keys.get(b) == Some(ka)),
        _ => false,
    };
    for i in 0..keys.len() {
        let Some(j) = earlier.get(i).copied().flatten() else {
            continue;
        };
        let Some(role) = roles.get(i).copied() else {
            continue;
        };
        if !matches!(role, Role::Body | Role::Caption) {
            continue;
        }
        let long = page.blocks.get(i).is_some_and(|b| b.char_len() >= LONG);
        let in_sequence =
            same(Some(i + 1), Some(j + 1)) || same(i.checked_sub(1), j.checked_sub(1));
        if let Some(r) = roles.get_mut(i).filter(|_| long || in_sequence) {
            *r = Role::Removed(RemovedKind::Duplicate);
        }
    }
}
