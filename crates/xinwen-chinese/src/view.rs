//! A simplified view of a text that keeps the way back to the original.

use std::borrow::Cow;
use std::ops::Range;

use crate::ScriptConverter;

/// The simplified form of a text together with the map back to the text as written.
///
/// Traditional→simplified conversion keeps the number of characters, so a character
/// offset means the same character in both; byte offsets differ, and
/// [`original_range`](SimplifiedView::original_range) translates them.
///
/// ```
/// use xinwen_chinese::{Resources, SimplifiedView};
///
/// let converter = Resources::global().converter().unwrap();
/// let view = SimplifiedView::new("洪慶檢查指導", converter);
/// assert_eq!(view.simplified(), "洪庆检查指导");
/// let found = view.simplified().find("检查").unwrap();
/// let range = view.original_range(found..found + "检查".len());
/// assert_eq!(&view.original()[range], "檢查");
/// ```
#[derive(Debug, Clone)]
pub struct SimplifiedView<'a> {
    original: &'a str,
    simplified: Cow<'a, str>,
    /// Byte offset in `original` of each character, plus the end; empty when the
    /// simplified view is the original itself.
    original_bytes: Vec<usize>,
    /// Byte offset in `simplified` of each character, plus the end; empty likewise.
    simplified_bytes: Vec<usize>,
}

/// The part of `original` that the byte range `range` of `simple` covers, where
/// `simple` is `original` in another script with the same number of characters (a
/// simplified view). Returns `""` for a range that is not on character boundaries.
///
/// ```
/// use xinwen_chinese::original_slice;
///
/// assert_eq!(original_slice("記者 付楊", "记者 付杨", 7.."记者 付杨".len()), "付楊");
/// ```
pub fn original_slice<'a>(original: &'a str, simple: &str, range: Range<usize>) -> &'a str {
    if original.len() == simple.len() && original == simple {
        return original.get(range).unwrap_or("");
    }
    let chars_before = simple.get(..range.start).map_or(0, |s| s.chars().count());
    let chars_in = simple.get(range).map_or(0, |s| s.chars().count());
    let mut starts =
        (original.char_indices().map(|(i, _)| i)).chain(std::iter::once(original.len()));
    let start = starts.nth(chars_before).unwrap_or(original.len());
    let end = match chars_in {
        0 => start,
        n => starts.nth(n - 1).unwrap_or(original.len()),
    };
    original.get(start..end).unwrap_or("")
}

fn char_starts(text: &str) -> Vec<usize> {
    (text.char_indices().map(|(i, _)| i))
        .chain(std::iter::once(text.len()))
        .collect()
}

impl<'a> SimplifiedView<'a> {
    /// The simplified view of `original`.
    pub fn new(original: &'a str, converter: &ScriptConverter) -> Self {
        Self::from_parts(original, converter.to_simplified(original))
    }

    /// A view that is the original itself (no conversion).
    pub fn identity(original: &'a str) -> Self {
        Self::from_parts(original, Cow::Borrowed(original))
    }

    fn from_parts(original: &'a str, simplified: Cow<'a, str>) -> Self {
        let (original_bytes, simplified_bytes) = match &simplified {
            Cow::Borrowed(_) => (Vec::new(), Vec::new()),
            Cow::Owned(s) => (char_starts(original), char_starts(s)),
        };
        SimplifiedView {
            original,
            simplified,
            original_bytes,
            simplified_bytes,
        }
    }

    /// The text as written.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// The text in simplified script.
    pub fn simplified(&self) -> &str {
        &self.simplified
    }

    /// True when the original needed no conversion.
    pub fn is_identity(&self) -> bool {
        self.original_bytes.is_empty()
    }

    /// The byte offset in the original of character number `char_index`.
    pub fn original_byte_of_char(&self, char_index: usize) -> usize {
        if self.is_identity() {
            return self
                .original
                .char_indices()
                .nth(char_index)
                .map_or(self.original.len(), |(i, _)| i);
        }
        self.original_bytes
            .get(char_index)
            .copied()
            .unwrap_or(self.original.len())
    }

    /// The byte range in the original of the byte range `range` of the simplified view
    /// (which must fall on character boundaries).
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        if self.is_identity() {
            return range;
        }
        let char_of = |byte: usize| self.simplified_bytes.partition_point(|&b| b < byte);
        let start = char_of(range.start);
        let end = char_of(range.end);
        self.original_byte_of_char(start)..self.original_byte_of_char(end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Resources;

    #[test]
    fn maps_back_to_the_original() {
        let converter = Resources::global().converter().unwrap();
        let text = "a 延邊廣電,疫情";
        let view = SimplifiedView::new(text, converter);
        assert_eq!(view.simplified(), "a 延边广电,疫情");
        let at = view.simplified().find("广电").unwrap();
        assert_eq!(&text[view.original_range(at..at + "广电".len())], "廣電");
        let at = view.simplified().find("疫情").unwrap();
        assert_eq!(&text[view.original_range(at..at + "疫情".len())], "疫情");
        let same = SimplifiedView::new("疫情", converter);
        assert!(same.is_identity());
        assert_eq!(same.original_range(0..3), 0..3);
    }
}
