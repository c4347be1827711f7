//! Block roles: what each block of a page is.
//!
//! Roles are decided in passes, in this order:
//!
//! 1. [`patterns`]: blocks recognized by their own text (navigation, copyright notes,
//!    captions, credit lines, …);
//! 2. [`content`]: where the body is (the best container of an HTML page, the heaviest
//!    run of blocks of a text page);
//! 3. [`head`]: title, subtitle and date line, near the body;
//! 4. the blocks of the body region left open become body, and [`closing_line`] the
//!    short last sentence before the credits;
//! 5. [`repeats`]: second copies of repeated blocks and caption groups;
//! 6. [`tail`]: a label of other articles after most of the body closes it.

mod closing_line;
pub mod content;
pub mod head;
pub mod patterns;
pub mod repeats;
mod role;
pub mod tail;

pub use role::Role;

use xinwen_core::RemovedKind;

use crate::recognize::PageFacts;

/// The role of every block of the page of `facts`, in block order.
pub fn classify(facts: &PageFacts<'_>) -> Vec<Role> {
    classify_with(facts, &[])
}

/// The roles of the blocks of the page of `facts`, the blocks marked in `template`
/// being known boilerplate (a site's template, learnt from its other pages).
pub fn classify_with(facts: &PageFacts<'_>, template: &[bool]) -> Vec<Role> {
    let page = facts.page;
    let mut roles: Vec<Option<Role>> = (0..page.blocks.len())
        .map(|i| match template.get(i) {
            Some(true) => Some(Role::Removed(RemovedKind::Boilerplate)),
            _ => patterns::role_of(facts, i),
        })
        .collect();
    let region = content::body_region(page, &roles);
    head::assign(facts, &mut roles, region.as_ref());
    if let Some(region) = &region {
        for i in region.span.clone() {
            let Some(block) = page.blocks.get(i) else {
                continue;
            };
            if let Some(role @ None) = roles.get_mut(i).filter(|_| region.contains(i)) {
                *role = Some(if block.link_density() >= 0.5 {
                    Role::Removed(RemovedKind::Navigation)
                } else {
                    Role::Body
                });
            }
        }
    }
    let mut roles: Vec<Role> = roles
        .into_iter()
        .map(|r| r.unwrap_or(Role::Outside))
        .collect();
    closing_line::join(facts, &mut roles);
    repeats::mark(page, facts.dedup_keys(), &mut roles);
    tail::cut(facts, &mut roles);
    roles
}
