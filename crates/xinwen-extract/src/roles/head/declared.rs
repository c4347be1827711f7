//! The titles an HTML page declares: `<title>`, `og:title`, linked data.

use xinwen_parse::Page;

/// Separators of the parts of a `<title>`: `標題 - 網站`, `標題 | 欄目 | 網站`, `標題_網站`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", "_", "｜", " -- ", " :: "];

/// Marks that glue a site's or a section's name to a title without spaces.
const GLUED_SEPARATORS: &[char] = &['-', '_', '|', '｜', '—', '·'];

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
    // a site's name glued on by a bare hyphen (`标题-业界-IT评论`) goes when the page's
    // description or keywords give the title alone
    let agreed = ["description", "keywords"]
        .iter()
        .filter_map(|n| page.meta_content(&[n]))
        .map(str::trim)
        .find(|m| {
            let n = m.chars().count();
            // (the part after the mark is a name, not the title going on: `COVID-19`)
            let suffix = |rest: &str| {
                let name = rest.trim_start_matches(GLUED_SEPARATORS);
                rest.starts_with(GLUED_SEPARATORS)
                    && !name.starts_with(|c: char| c.is_ascii_alphanumeric())
                    && name.chars().count() < n
            };
            n >= 8 && part.strip_prefix(*m).is_some_and(suffix)
        });
    let part = agreed.unwrap_or(part);
    (!part.is_empty()).then(|| part.to_string())
}

#[cfg(test)]
mod tests {
    use super::declared_title;

    fn title_of(head: &str) -> Option<String> {
        let html = format!("<html><head>{head}</head><body><p>正文</p></body></html>");
        declared_title(&xinwen_parse::parse_bytes(html.as_bytes()).unwrap())
    }

    #[test]
    fn a_site_glued_by_a_bare_hyphen_goes_when_the_description_agrees() {
        let head = "<title>Sun股价持续回落 与甲骨文交易前景堪忧-业界-IT评论</title>\
                    <meta name=\"description\" content=\"Sun股价持续回落 与甲骨文交易前景堪忧\">";
        assert_eq!(
            title_of(head).as_deref(),
            Some("Sun股价持续回落 与甲骨文交易前景堪忧")
        );
        // must not: a hyphen inside the title, no declaration agreeing
        let head = "<title>新冠COVID-19疫苗研发取得新进展</title>\
                    <meta name=\"description\" content=\"新冠COVID\">";
        assert_eq!(
            title_of(head).as_deref(),
            Some("新冠COVID-19疫苗研发取得新进展")
        );
        let head = "<title>青禾市召开防汛会议-青禾新闻网</title>";
        assert_eq!(
            title_of(head).as_deref(),
            Some("青禾市召开防汛会议-青禾新闻网")
        );
    }
}
