//! What the head rules share: how far they look, and which blocks are still open.

use xinwen_core::RemovedKind;

use crate::roles::Role;

/// How far before the body the head is looked for.
pub(super) const HEAD_REACH: usize = 15;

/// True when block `i` has no role yet (or only that of head metadata), so a head
/// rule may give it one.
pub(super) fn free(roles: &[Option<Role>], i: usize) -> bool {
    matches!(
        roles.get(i),
        Some(None) | Some(Some(Role::Removed(RemovedKind::Metadata)))
    )
}
