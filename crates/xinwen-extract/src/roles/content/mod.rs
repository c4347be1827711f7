//! Where the article body is on the page.
//!
//! HTML pages are scored by container (`html`): the element whose blocks carry the
//! most prose. Text pages, and HTML pages without a clear container, are cut by weight
//! (`text`): the run of blocks whose prose outweighs the furniture around it.

mod html;
mod prose;
mod region;
mod text;

use xinwen_parse::Page;

pub use prose::is_prose;
pub use region::BodyRegion;

use super::role::Role;

/// Finds the body region, given the roles patterns already gave.
pub fn body_region(page: &Page, roles: &[Option<Role>]) -> Option<BodyRegion> {
    html::by_container(page, roles).or_else(|| text::by_weight(page, roles))
}
