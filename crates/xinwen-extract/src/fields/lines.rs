//! Which blocks a field reads: the head lines around the title, the first block of a
//! role, the blocks that may credit people.

use xinwen_core::RemovedKind;
use xinwen_parse::{Block, Page};

use crate::roles::Role;

/// The head lines of a page: its date line and the short metadata lines around the
/// title (`来源：…`, `发布日期：…`), in page order.
pub(crate) fn head_lines<'a>(page: &'a Page, roles: &'a [Role]) -> impl Iterator<Item = &'a Block> {
    (page.blocks.iter().zip(roles))
        .filter(|(_, r)| matches!(r, Role::DateLine | Role::Removed(RemovedKind::Metadata)))
        .map(|(b, _)| b)
}

/// How many blocks after the body may still carry its credits (editor lines).
const TRAILER: usize = 8;

pub(crate) fn first_with<'p>(page: &'p Page, roles: &[Role], role: Role) -> Option<&'p Block> {
    (page.blocks.iter().zip(roles))
        .find(|(_, r)| **r == role)
        .map(|(b, _)| b)
}

/// The indices of the blocks whose text may credit people.
pub(crate) fn credit_blocks(roles: &[Role]) -> Vec<usize> {
    let body: Vec<usize> = (0..roles.len())
        .filter(|&i| roles[i] == Role::Body)
        .collect();
    let mut picked: Vec<usize> = body
        .iter()
        .take(2)
        .chain(body.iter().rev().take(2))
        .copied()
        .collect();
    let after_body = body.last().map_or(0, |l| l + 1);
    for (i, role) in roles.iter().enumerate() {
        let trailer = i >= after_body
            && i < after_body + TRAILER
            && matches!(role, Role::Removed(_) | Role::Outside);
        if matches!(
            role,
            Role::Credit
                | Role::DateLine
                | Role::Removed(
                    RemovedKind::Metadata | RemovedKind::Copyright | RemovedKind::Promotion
                )
        ) || trailer
        {
            picked.push(i);
        }
    }
    picked.sort_unstable();
    picked.dedup();
    picked
}
