//! Telling HTML from plain text.

use crate::PageKind;

/// Tags whose presence near the start marks a document as HTML.
const MARKERS: &[&str] = &[
    "<!doctype html",
    "<html",
    "<head",
    "<body",
    "<meta",
    "<title",
    "<div",
    "<p>",
    "<p ",
    "<br",
    "<table",
    "<span",
    "<a href",
    "<script",
    "<ul",
    "<li",
    "<h1",
    "<h2",
    "<article",
];

/// `Html` when the text starts with markup or shows several HTML tags in its first
/// kilobytes; `Text` otherwise (a text page quoting one `<tag>` stays text).
pub fn detect_kind(text: &str) -> PageKind {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let mut end = start.len().min(4096);
    while !start.is_char_boundary(end) {
        end -= 1;
    }
    let head = start[..end].to_ascii_lowercase();
    let markers = MARKERS.iter().filter(|m| head.contains(*m)).count();
    let starts_with_markup =
        head.starts_with("<!") || head.starts_with("<html") || head.starts_with("<?xml");
    if starts_with_markup || markers >= 2 || (head.starts_with('<') && markers >= 1) {
        PageKind::Html
    } else {
        PageKind::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(detect_kind("<!DOCTYPE html><html>"), PageKind::Html);
        assert_eq!(
            detect_kind("  <p>    中国网络电视台消息</P>\r\n<p>x</p>"),
            PageKind::Html
        );
        assert_eq!(detect_kind("首頁 > 延吉 > 洪慶"), PageKind::Text);
        assert_eq!(detect_kind("他說<br>不是標籤"), PageKind::Text);
        assert_eq!(detect_kind(""), PageKind::Text);
    }
}
