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

// one bit per marker in `detect_kind`
const _: () = assert!(MARKERS.len() <= 32);

/// `Html` when the text starts with markup or shows several HTML tags in its first
/// kilobytes; `Text` otherwise (a text page quoting one `<tag>` stays text).
pub fn detect_kind(text: &str) -> PageKind {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let mut end = start.len().min(4096);
    while !start.is_char_boundary(end) {
        end -= 1;
    }
    let head = start.as_bytes().get(..end).unwrap_or_default();
    let opens = |at: usize, marker: &str| {
        (head.get(at..at + marker.len())).is_some_and(|s| s.eq_ignore_ascii_case(marker.as_bytes()))
    };
    // every marker opens with `<`: the markers present, found from the `<`s in one pass
    let mut present = 0u32;
    for (at, _) in head.iter().enumerate().filter(|(_, b)| **b == b'<') {
        for (k, marker) in MARKERS.iter().enumerate() {
            if opens(at, marker) {
                present |= 1 << k;
            }
        }
    }
    let markers = present.count_ones();
    let starts_with_markup = opens(0, "<!") || opens(0, "<html") || opens(0, "<?xml");
    if starts_with_markup || markers >= 2 || (head.first() == Some(&b'<') && markers >= 1) {
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
        assert_eq!(detect_kind("<SPAN>一</SPAN>"), PageKind::Html);
        assert_eq!(detect_kind("a <Div> b <BR/>"), PageKind::Html);
        assert_eq!(detect_kind("a <div> b <div>"), PageKind::Text);
    }
}
