//! The titles an HTML page declares: `<title>`, `og:title`, linked data.

use xinwen_parse::Page;

/// Separators of the parts of a `<title>`: `標題 - 網站`, `標題 | 欄目 | 網站`, `標題_網站`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", "_", "｜", " -- ", " :: "];

/// Text compared without spaces.
pub(crate) fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The titles an HTML page declares, each whole and in parts, in order of trust.
pub fn declared_titles(page: &Page) -> Vec<String> {
    let mut titles = Vec::new();
    let declared = [
        "og:title",
        "twitter:title",
        "title",
        "headline",
        "ld:headline",
    ]
    .iter()
    .filter_map(|n| page.meta_content(&[n]))
    .chain(page.html_title.as_deref());
    for title in declared {
        titles.push(title.trim().to_string());
        let mut parts = vec![title.trim().to_string()];
        for sep in TITLE_SEPARATORS {
            parts = parts
                .iter()
                .flat_map(|p| p.split(sep).map(|s| s.trim().to_string()))
                .collect();
        }
        titles.extend(parts.into_iter().filter(|p| !p.is_empty()));
    }
    titles
}

/// The first part of the declared title: what a page without a title block is about.
pub fn declared_title(page: &Page) -> Option<String> {
    let whole = ["og:title", "twitter:title", "ld:headline"]
        .iter()
        .find_map(|n| page.meta_content(&[n]))
        .or(page.html_title.as_deref())?;
    let mut part = whole.trim();
    for sep in TITLE_SEPARATORS {
        part = part.split(sep).next().unwrap_or(part).trim();
    }
    (!part.is_empty()).then(|| part.to_string())
}
