//! The body of an HTML page: the container whose blocks carry the most prose.

use std::cell::OnceCell;
use std::collections::HashMap;

use xinwen_parse::Page;

use super::prose::{han_and_marks, is_prose, text_chars};
use super::region::BodyRegion;
use crate::roles::Role;

/// Blocks shorter than this add nothing to their containers.
const MIN_TEXT: usize = 8;

/// What each prose mark is worth, in characters.
const MARK_WEIGHT: f64 = 3.0;

/// What each character inside a link costs.
const LINK_COST: f64 = 2.0;

/// How a block's score reaches its ancestors: the element itself, its parent, …
const DECAY: &[f64] = &[1.0, 1.0, 0.5, 0.33];

/// Containers scoring below this are no evidence of an article.
const MIN_SCORE: f64 = 60.0;

/// Sibling containers scoring at least this share of the best one join the body.
const SIBLING_SHARE: f64 = 0.3;

/// Label words of containers that hold articles, and of those that never do.
const POSITIVE: &[&str] = &[
    "article",
    "content",
    "detail",
    "main",
    "post",
    "story",
    "text",
    "body",
    "entry",
    "news",
    "zw",
    "zhengwen",
    "con",
    "paragraph",
    "centralcontent",
];
const NEGATIVE: &[&str] = &[
    "comment",
    "footer",
    "foot",
    "sidebar",
    "side",
    "nav",
    "menu",
    "related",
    "recommend",
    "share",
    "ad",
    "ads",
    "banner",
    "copyright",
    "hot",
    "rank",
    "breadcrumb",
    "crumb",
    "login",
    "header",
    "tool",
    "tag",
    "list",
    "more",
    "popup",
    "modal",
    "cookie",
    "privacy",
    "subscribe",
];

/// Tags that never hold the article.
const NEGATIVE_TAGS: &[&str] = &["header", "footer", "nav", "aside", "form", "menu"];

/// What a character of other scripts is worth against a Chinese one: an English
/// language bar is not the article of a Chinese page.
const OTHER_SCRIPT_WEIGHT: f64 = 0.3;

/// Calls `f` with each word of an element label, lowercased (`div#storyBody.article-box`
/// → story, body, article, box), through one buffer.
fn for_each_word(label: &str, mut f: impl FnMut(&str)) {
    let mut current = String::new();
    for part in label.split(['#', '.', '-', '_', ' ']).skip(1) {
        // split camelCase: storyBody → story, body
        for c in part.chars() {
            if c.is_uppercase() && !current.is_empty() {
                f(&current);
                current.clear();
            }
            current.extend(c.to_lowercase());
        }
        if !current.is_empty() {
            f(&current);
            current.clear();
        }
    }
}

/// A factor from the words of a label: above one for article containers.
fn label_factor(label: &str) -> f64 {
    let tag = label.split(['#', '.']).next().unwrap_or("");
    let mut factor: f64 = if NEGATIVE_TAGS.contains(&tag) {
        0.4
    } else {
        1.0
    };
    for_each_word(label, |word| {
        if POSITIVE.contains(&word) {
            factor = factor.max(1.25);
        }
        if NEGATIVE.contains(&word) {
            factor = factor.min(0.4);
        }
    });
    factor
}

/// Picks the best container and the blocks inside it (and inside strong siblings).
pub(crate) fn by_container(page: &Page, roles: &[Option<Role>]) -> Option<BodyRegion> {
    if page.elements.is_empty() {
        return None;
    }
    let mut scores: HashMap<usize, f64> = HashMap::new();
    for (i, block) in page.blocks.iter().enumerate() {
        let Some(element) = block.element else {
            continue;
        };
        if matches!(roles.get(i).copied().flatten(), Some(Role::Removed(_))) {
            continue;
        }
        let text = text_chars(block);
        let (han, marks) = han_and_marks(block);
        let weighted_text = han as f64 + OTHER_SCRIPT_WEIGHT * text.saturating_sub(han) as f64;
        let mut score = if text >= MIN_TEXT {
            weighted_text + MARK_WEIGHT * marks as f64
        } else {
            0.0
        };
        score -= LINK_COST * block.link_chars as f64;
        for (ancestor, decay) in page.ancestors(element).zip(DECAY) {
            *scores.entry(ancestor).or_default() += score * decay;
        }
    }
    // each element's label factor, worked out once (an element is the ancestor of many)
    let factors: Vec<OnceCell<f64>> = page.elements.iter().map(|_| OnceCell::new()).collect();
    let factor = |e: usize| -> Option<f64> {
        let (cell, el) = (factors.get(e)?, page.elements.get(e)?);
        Some(*cell.get_or_init(|| label_factor(&el.label)))
    };
    // a container inside a header, footer or navigation shares its penalty
    let weighted = |e: usize, s: f64| {
        let own = factor(e).unwrap_or(1.0);
        let inherited = (page.ancestors(e).skip(1).take(12))
            .filter_map(factor)
            .map(|f| f.min(1.0))
            .fold(1.0, f64::min);
        s * own * inherited
    };
    let (best, best_score) = scores
        .iter()
        .map(|(&e, &s)| (e, weighted(e, s)))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?;
    if best_score < MIN_SCORE {
        return None;
    }
    let parent = page.elements.get(best).and_then(|e| e.parent);
    // a container built like the best one (same labels up to a common grandparent),
    // labelled for an article, continues it however little it holds: an article cut
    // in parts between advertisements
    let parent_of = |e: usize| page.elements.get(e).and_then(|el| el.parent);
    let label_of = |e: Option<usize>| e.and_then(|e| Some(page.elements.get(e)?.label.as_str()));
    let article_label = factor(best).is_some_and(|f| f > 1.0);
    let grandparent = parent_of(best).and_then(parent_of);
    let twin = |e: usize| {
        article_label
            && grandparent.is_some()
            && parent_of(e).and_then(parent_of) == grandparent
            && label_of(Some(e)) == label_of(Some(best))
            && label_of(parent_of(e)) == label_of(parent)
    };
    let chosen: Vec<usize> = std::iter::once(best)
        .chain(scores.iter().filter_map(|(&e, &s)| {
            let sibling = e != best && parent_of(e) == parent;
            let strong = sibling && weighted(e, s) >= SIBLING_SHARE * best_score;
            (e != best && s > 0.0 && (strong || twin(e))).then_some(e)
        }))
        .collect();
    let mut members: Vec<bool> = (page.blocks.iter())
        .map(|b| {
            b.element
                .is_some_and(|e| page.ancestors(e).any(|a| chosen.contains(&a)))
        })
        .collect();
    let first = members.iter().position(|&m| m)?;
    let mut last = members.iter().rposition(|&m| m)?;
    // prose written straight into the container's parent, right after it, goes on
    // with the article (`<div><span>…</span>如今店裡…。（記者…報導）</div>`)
    while let Some(next) = page.blocks.get(last + 1) {
        let in_parent = next.element.is_some() && next.element == parent;
        let free = !matches!(
            roles.get(last + 1).copied().flatten(),
            Some(Role::Removed(_))
        );
        if !(in_parent && free && is_prose(next)) {
            break;
        }
        last += 1;
        members[last] = true;
    }
    Some(BodyRegion {
        span: first..=last,
        members: Some(members),
        container: Some(best),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_words() {
        let mut words = Vec::new();
        for_each_word("div#storyBody.article-box", |w| words.push(w.to_string()));
        assert_eq!(words, ["story", "body", "article", "box"]);
        assert!(label_factor("footer.site") < 1.0);
        assert!(label_factor("div.article") > 1.0);
        assert!(label_factor("div.comment-list") < 1.0);
        assert_eq!(label_factor("div"), 1.0);
    }

    /// An article cut in parts between advertisements: every part is body, the short
    /// last one too; the advertisement and the related list are not.
    #[test]
    fn parts_of_an_article_between_advertisements() {
        let para = |t: &str| format!("<div class=\"article-paragraph\">{t}</div>");
        let part = |ps: &[&str]| {
            let inner: String = ps.iter().map(|p| para(p)).collect();
            format!(
                "<div class=\"article-partial\"><div class=\"article-body-item\">{inner}</div></div>"
            )
        };
        let long = "过去十年里，每年九月，这家公司都会召集世界各地的媒体参加一场活动，庆祝最新款产品背后的创意。";
        let ad = "<div class=\"ad\">广告</div>";
        let html = format!(
            "<html><body><section class=\"article-body\">{}{ad}{}{ad}{}</section>\
             <div class=\"related\"><a href=\"/a\">另一篇文章的标题在这里</a></div></body></html>",
            part(&[long, long, long, long]),
            part(&[long, long, long, long, long]),
            part(&["尽管今年销量略有下降，但市场份额扩大了。"]),
        );
        let page = xinwen_parse::parse_bytes(html.as_bytes()).unwrap();
        let roles = vec![None; page.blocks.len()];
        let region = by_container(&page, &roles).unwrap();
        let body: Vec<&str> = (0..page.blocks.len())
            .filter(|&i| region.contains(i))
            .map(|i| page.blocks[i].text.as_str())
            .collect();
        assert_eq!(body.len(), 10, "{body:?}");
        assert_eq!(
            body.last(),
            Some(&"尽管今年销量略有下降，但市场份额扩大了。")
        );
        assert!(!body.contains(&"广告"));
    }
}
