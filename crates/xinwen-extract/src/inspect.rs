//! What extraction decided about each block of a page, for people looking at why
//! (`xinwen inspect`).

use xinwen_chinese::Resources;
use xinwen_core::Error;
use xinwen_parse::Page;

use crate::recognize::PageFacts;
use crate::roles::{Role, classify, content};

/// The role extraction gives a block, as a short name: `title`, `dateline`, `body`,
/// `caption`, `credit`, … or `-navigation`, `-duplicate`, … for what it drops.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockRole {
    /// The role's name.
    pub role: String,
}

/// The role of every block of `page`, in block order, and the label of the element
/// that holds the body of an HTML page as found before the patterns (`div#content`).
///
/// ```
/// let page = xinwen_parse::parse_text("首页 > 新闻 > 正文\n\n青禾召开防汛会议\n\n2024-06-03 09:15\n\n\
///     6月3日，青禾市召开防汛工作会议，部署今年汛期各项工作，要求各地压实防汛责任。").unwrap();
/// let (roles, _) = xinwen_extract::inspect(&page).unwrap();
/// let names: Vec<&str> = roles.iter().map(|r| r.role.as_str()).collect();
/// assert_eq!(names, ["-navigation", "title", "dateline", "body"]);
/// ```
pub fn inspect(page: &Page) -> Result<(Vec<BlockRole>, Option<String>), Error> {
    let facts = PageFacts::new(page, Resources::global())?;
    let roles = classify(&facts);
    let no_roles = vec![None; page.blocks.len()];
    let container = (content::body_region(page, &no_roles))
        .and_then(|r| r.container)
        .and_then(|c| page.elements.get(c))
        .map(|e| e.label.clone());
    let named = roles
        .into_iter()
        .map(|role| BlockRole {
            role: match role {
                Role::Removed(kind) => format!("-{}", kind.as_str()),
                other => format!("{other:?}").to_lowercase(),
            },
        })
        .collect();
    Ok((named, container))
}
