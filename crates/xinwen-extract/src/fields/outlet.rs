//! Who published the page (`site`), where the story comes from (`source`), and the
//! column label it runs under (`column`).

use xinwen_chinese::{Lexicon, ScriptConverter, original_slice};
use xinwen_parse::Block;

use crate::recognize::PageFacts;
use crate::recognize::outlets::{
    copyright_owner, dateline_outlet, is_outlet, is_publisher, line_outlet, name_beside_date,
    outlet_after_date, source_label,
};
use crate::roles::Role;

/// `<meta>` names of the site that published a page.
const SITE_META: &[&str] = &[
    "og:site_name",
    "application-name",
    "apple-mobile-web-app-title",
];

/// `<meta>` names of the source of a story.
const SOURCE_META: &[&str] = &["article:source", "source", "og:source"];

/// The name a recognizer found at `range` of a block's simplified view, as written.
fn written(block: &Block, range: std::ops::Range<usize>) -> String {
    block.original_of(range).to_string()
}

/// The outlet of the dateline of the first body block, as written.
fn dateline_outlet_written(facts: &PageFacts<'_>, roles: &[Role], own: bool) -> Option<String> {
    let i = roles.iter().position(|r| *r == Role::Body)?;
    let (block, dateline) = (facts.block(i)?, facts.dateline(i)?);
    let range = dateline_outlet(block.simple(), dateline, facts.words)?;
    let is_own = (facts.words.own_outlet_marks).starts(block.simple().get(range.clone())?);
    (own || !is_own).then(|| written(block, range))
}

/// The site part of a `<title>` (`標題_延吉新聞網`): a later part that could own a site
/// and is no part of the headline.
fn title_site(
    html_title: &str,
    title: Option<&str>,
    words: &Lexicon,
    converter: &ScriptConverter,
) -> Option<String> {
    let simple = converter.to_simplified(html_title);
    let parts: Vec<&str> = (simple.split([' ', '_', '|', '｜', '-', '–', '—']))
        .filter(|p| !p.is_empty())
        .collect();
    let part = (parts.iter().skip(1).rev())
        .find(|p| is_publisher(p, words) && title.is_none_or(|t| !t.contains(**p)))?;
    let start = part.as_ptr() as usize - simple.as_ptr() as usize;
    Some(original_slice(html_title, &simple, start..start + part.len()).to_string())
}

/// The site: what the page declares (`og:site_name`, the site part of `<title>`),
/// else the outlet of the dateline, of the header or footer, of the copyright note.
pub fn site(
    facts: &PageFacts<'_>,
    roles: &[Role],
    title: Option<&str>,
    converter: &ScriptConverter,
) -> Option<String> {
    let (page, words) = (facts.page, facts.words);
    if let Some(name) = page.meta_content(SITE_META) {
        return Some(name.to_string());
    }
    let simple_title = title.map(|t| converter.to_simplified(t));
    let found = (page.html_title.as_deref())
        .and_then(|t| title_site(t, simple_title.as_deref(), words, converter));
    if found.is_some() {
        return found;
    }
    if let Some(outlet) = dateline_outlet_written(facts, roles, false) {
        return Some(outlet);
    }
    // a header line that names the site (`白鷺縣人民政府門戶網站`)
    let header = (page.blocks.iter().zip(roles).take(3))
        .filter(|(b, r)| !matches!(r, Role::Body | Role::Title) && b.char_len() <= 20)
        .find(|(b, _)| is_outlet(b.simple(), words) && !b.text.contains(' '));
    if let Some((block, _)) = header {
        return Some(block.text.clone());
    }
    let outside = (page.blocks.iter().zip(roles))
        .filter(|(_, r)| !matches!(r, Role::Body | Role::Title | Role::Subtitle | Role::Caption))
        .map(|(b, _)| b);
    let mut owner = None;
    for block in outside {
        if let Some(range) = line_outlet(block.simple(), words) {
            return Some(written(block, range));
        }
        if owner.is_none() {
            owner = copyright_owner(block.simple(), words).map(|r| written(block, r));
        }
    }
    owner
}

/// A short name alone on its line between the title and the date line: the account or
/// outlet the head shows (`证券时报`, `在人间`), not a credit, a label or a widget.
fn between_title_and_date(facts: &PageFacts<'_>, roles: &[Role]) -> Option<String> {
    let title = roles.iter().position(|r| *r == Role::Title)?;
    let date = roles.iter().position(|r| *r == Role::DateLine)?;
    (title + 1..date).find_map(|i| {
        let block = facts.block(i)?;
        let text = block.text.trim();
        let n = text.chars().count();
        let plain = !text
            .chars()
            .any(|c| c.is_whitespace() || c.is_ascii_digit() || c.is_ascii_punctuation());
        // (or a link: to the outlet's page)
        let open = matches!(
            roles.get(i),
            Some(Role::Removed(
                xinwen_core::RemovedKind::Metadata | xinwen_core::RemovedKind::Navigation
            ))
        );
        (open && plain && (2..=12).contains(&n) && facts.credits(i).bylines.is_empty())
            .then(|| text.to_string())
    })
}

/// The source: a `來源/来自` label on the date line or near the title, an outlet right
/// after the date, the page's `<meta>`, a label among the closing credits, the outlet
/// of the first paragraph's dateline, else a name beside the date or alone between the
/// title and the date line.
pub fn source(facts: &PageFacts<'_>, roles: &[Role]) -> Option<String> {
    let (page, words) = (facts.page, facts.words);
    let labelled = super::lines::head_lines(page, roles)
        .find_map(|b| source_label(b.simple(), words).map(|(_, name)| written(b, name)));
    if labelled.is_some() {
        return labelled;
    }
    // `2024年03月05日 10:22 青禾日报`: an outlet right after the date and time
    let after_date = super::lines::head_lines(page, roles)
        .find_map(|b| outlet_after_date(b.simple(), words).map(|r| written(b, r)));
    if after_date.is_some() {
        return after_date;
    }
    for name in SOURCE_META {
        if let Some(value) = page.meta_content(&[name]).filter(|v| !v.contains("://")) {
            return Some(value.to_string());
        }
    }
    // a line of its own after the body (`来源：青禾日报` among the closing credits)
    let standalone = (page.blocks.iter().zip(roles))
        .filter(|(b, r)| **r != Role::Body && b.char_len() <= 30)
        .find_map(|(b, _)| {
            let (whole, name) = source_label(b.simple(), words)?;
            (whole.start == 0).then(|| written(b, name))
        });
    if standalone.is_some() {
        return standalone;
    }
    let dated = dateline_outlet_written(facts, roles, true);
    if dated.is_some() {
        return dated;
    }
    // the account or outlet the date line names beside its date, without a label
    let beside = (page.blocks.iter().zip(roles))
        .filter(|(_, r)| **r == Role::DateLine)
        .find_map(|(b, _)| name_beside_date(b.simple(), words).map(|r| written(b, r)));
    if beside.is_some() {
        return beside;
    }
    // a name alone on its line between the title and the date line (`证券时报`)
    between_title_and_date(facts, roles)
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;
    use xinwen_core::Article;

    use crate::cases::{case_table, whole_page};
    use crate::recognize::PageFacts;
    use crate::roles::{Role, classify};

    fn outlets(page: &str) -> Vec<String> {
        let resources = Resources::global();
        let page = xinwen_parse::parse_text(page).unwrap();
        let facts = PageFacts::new(&page, resources).unwrap();
        let roles = classify(&facts);
        let title = (page.blocks.iter().zip(&roles))
            .find(|(_, r)| **r == Role::Title)
            .map(|(b, _)| b.text.as_str());
        let converter = resources.converter().unwrap();
        let site = super::site(&facts, &roles, title, converter);
        let source = super::source(&facts, &roles);
        (site.map(|s| format!("site:{s}")).into_iter())
            .chain(source.map(|s| format!("source:{s}")))
            .collect()
    }

    fn article_outlets(a: &Article) -> Vec<String> {
        (a.site.as_ref().map(|s| format!("site:{s}")).into_iter())
            .chain(a.source.as_ref().map(|s| format!("source:{s}")))
            .collect()
    }

    case_table!(
        outlets_table,
        "outlets.txt",
        outlets,
        whole_page,
        article_outlets
    );

    /// On an HTML page the outlet between the title and the date line may be a link
    /// to its page, and the date line a link too.
    #[test]
    fn a_linked_outlet_between_title_and_linked_date() {
        let long = "隔夜美股大幅走高，道指涨超1000点，中概股大涨，市场情绪明显回暖，分析人士认为贸易局势趋缓。";
        let html = format!(
            "<html><body><div class=\"artical\"><h1>特朗普最新发声：无意解雇鲍威尔</h1>\
             <div class=\"textTitle\"><a href=\"/m/1\">证券时报</a></div>\
             <div class=\"infobox\"><a href=\"/d/2025\">2025年04月23日 07:37:04 来自广东</a></div>\
             <div class=\"articleBox\"><p>{long}</p><p>{long}</p><p>{long}</p></div></div></body></html>"
        );
        let article = crate::Extractor::default()
            .extract_bytes(html.as_bytes(), None)
            .unwrap();
        assert_eq!(article.source.as_deref(), Some("证券时报"));
        assert_eq!(
            article.published.as_deref(),
            Some("2025-04-23T07:37:04+08:00")
        );
    }
}
