//! A headline glued to the date line (`「良心包子」重視食安 虧損2年出頭天2014/12/1 18:13`),
//! as text dumps render a title and a date that sat side by side: it wins over a title
//! line above the page's breadcrumb (a menu row), which heads no article.

use xinwen_chinese::is_han;
use xinwen_core::RemovedKind;

use crate::recognize::PageFacts;
use crate::recognize::outlets::{is_publisher, source_label};
use crate::roles::Role;

/// A headline says something: at least this many Chinese characters.
const MIN_HAN: usize = 6;

/// The headline before the date of the date line, when the title the roles chose
/// stands above a breadcrumb that leads to the date line.
pub(crate) fn glued_title(facts: &PageFacts<'_>, roles: &[Role]) -> Option<String> {
    let d = roles.iter().position(|r| *r == Role::DateLine)?;
    let title = roles.iter().position(|r| *r == Role::Title);
    let crumb_between =
        |t: usize| (t + 1..d).any(|i| roles[i] == Role::Removed(RemovedKind::Navigation));
    if !title.is_some_and(|t| t < d && crumb_between(t)) {
        return None;
    }
    let block = facts.block(d)?;
    let date = facts.full_date(d)?;
    let simple = block.simple();
    let before = simple.get(..date.start)?.trim();
    let han = before.chars().filter(|c| is_han(*c)).count();
    let words = facts.words;
    let labelled = source_label(before, words).is_some()
        || is_publisher(before, words)
        || words.published_label.is_match(before)
        || words.credit_roles.occurs_in(before);
    let sentence = before.ends_with(['。', '，', '：', ':', '|', '｜']);
    (han >= MIN_HAN && !labelled && !sentence)
        .then(|| block.original_of(0..simple.len() - simple.trim_start().len() + before.len()))
        .map(|t| t.trim().to_string())
}

#[cfg(test)]
mod tests {
    use crate::cases::extract;

    const BODY: &str = "內湖有家包子店，開業3年來，堅持使用新鮮原物料，製作良心包子，由於賣得比較貴，一開始每月都虧損。\n\
                        如今店裡年營業額達300萬元，還獲選創業楷模獎，業績蒸蒸日上，證明了良心是經營生意的不二法門。";

    fn title(head: &str) -> Option<String> {
        extract(&format!("{head}\n{BODY}")).title
    }

    #[test]
    fn a_headline_glued_to_its_date_line() {
        let head = "民視體育 英語新聞 1999網友新聞\n首頁 > 生活新聞 >\n「良心包子」重視食安 虧損2年出頭天2014/12/1 18:13";
        assert_eq!(
            title(head).as_deref(),
            Some("「良心包子」重視食安 虧損2年出頭天")
        );
        // must not: a title below the breadcrumb stays; a source before the date is none
        let head =
            "首頁 > 生活新聞 >\n良心包子重視食安 虧損兩年後出頭天\n民視新聞網 2014/12/1 18:13";
        assert_eq!(
            title(head).as_deref(),
            Some("良心包子重視食安 虧損兩年後出頭天")
        );
        let head =
            "民視體育 英語新聞 1999網友新聞\n首頁 > 生活新聞 >\n來源：民視新聞網 2014/12/1 18:13";
        assert_ne!(title(head).as_deref(), Some("來源：民視新聞網"));
    }
}
