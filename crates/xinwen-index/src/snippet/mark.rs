//! Marked passages as HTML.

use std::ops::Range;

/// Overlapping or touching ranges joined, in order.
pub(super) fn merge(ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

pub(super) fn html(text: &str, window: Range<usize>, marked: &[Range<usize>]) -> String {
    let mut out = String::new();
    let mut at = window.start;
    for r in marked {
        out.push_str(&escape(&text[at..r.start]));
        out.push_str("<b>");
        out.push_str(&escape(&text[r.clone()]));
        out.push_str("</b>");
        at = r.end;
    }
    out.push_str(&escape(&text[at..window.end]));
    out.replace('\n', " ")
}

/// Text made safe to put in HTML.
pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
