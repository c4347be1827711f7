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
    let starts_with_markup = opens(0, "<!") || opens(0, "<html") || opens(0, "<?xml");
    if starts_with_markup {
        return PageKind::Html;
    }
    // markers enough: two, or one when the text opens with `<`
    let enough = if head.first() == Some(&b'<') { 1 } else { 2 };
    // every marker opens with `<`: the markers present, found from the `<`s in one pass
    // that stops once there are enough; a `<` whose next letter starts no marker (`</`)
    // is passed at once
    let mut present = 0u32;
    for (at, _) in head.iter().enumerate().filter(|(_, b)| **b == b'<') {
        let next = head.get(at + 1).map(u8::to_ascii_lowercase);
        let candidates = MARKERS.iter().enumerate();
        for (k, marker) in candidates.filter(|(_, m)| m.as_bytes().get(1) == next.as_ref()) {
            if opens(at, marker) {
                present |= 1 << k;
            }
        }
        if present.count_ones() >= enough {
            return PageKind::Html;
        }
    }
    PageKind::Text
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
