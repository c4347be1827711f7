//! A text being normalized, with the way back to the original.

use std::ops::Range;

use xinwen_core::FlagKind;

mod apply;

/// One replacement a normalizer asks for: the bytes `range` of the current text become
/// `replacement` (empty to delete).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// Byte range in the current text.
    pub range: Range<usize>,
    /// What replaces it.
    pub replacement: String,
}

impl Edit {
    /// Deletes the bytes `range`.
    pub fn delete(range: Range<usize>) -> Self {
        Edit {
            range,
            replacement: String::new(),
        }
    }

    /// Replaces the bytes `range` with `replacement`.
    pub fn replace(range: Range<usize>, replacement: impl Into<String>) -> Self {
        Edit {
            range,
            replacement: replacement.into(),
        }
    }
}

/// A suspect span found by a normalizer, in characters of the normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpanFlag {
    /// What is suspect.
    pub kind: FlagKind,
    /// Character range in the normalized text.
    pub range: Range<usize>,
}

/// Text under normalization: the current text, for each of its characters the index of
/// the character of the original it came from, and the flags raised so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextBuf {
    text: String,
    /// `origin[i]` is the original character index of current character `i`; one extra
    /// entry holds the original length, so `origin[end]` maps an end offset.
    origin: Vec<usize>,
    flags: Vec<SpanFlag>,
}

impl TextBuf {
    /// Starts from `original`, every character mapping to itself.
    pub fn new(original: &str) -> Self {
        let n = original.chars().count();
        TextBuf {
            text: original.to_string(),
            origin: (0..=n).collect(),
            flags: Vec::new(),
        }
    }

    /// The current text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The flags raised so far.
    pub fn flags(&self) -> &[SpanFlag] {
        &self.flags
    }

    /// The original character offset of current character offset `i` (or of the end).
    pub fn origin_of(&self, i: usize) -> usize {
        self.origin
            .get(i)
            .or(self.origin.last())
            .copied()
            .unwrap_or(0)
    }

    /// Raises a flag over the current characters `range`.
    pub fn flag(&mut self, kind: FlagKind, range: Range<usize>) {
        self.flags.push(SpanFlag { kind, range });
    }

    /// Replaces the flags of `kind` with flags over `ranges`.
    pub fn replace_flags(&mut self, kind: FlagKind, ranges: Vec<Range<usize>>) {
        self.flags.retain(|f| f.kind != kind);
        self.flags
            .extend(ranges.into_iter().map(|range| SpanFlag { kind, range }));
        self.flags.sort_by_key(|f| f.range.start);
    }

    /// Gives up the buffer: the text, the original offset of each character (plus the
    /// end), and the flags.
    pub fn into_parts(self) -> (String, Vec<usize>, Vec<SpanFlag>) {
        (self.text, self.origin, self.flags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deletions_keep_the_way_back() {
        let mut buf = TextBuf::new("指導(dǎo)工作");
        let start = "指導".len();
        let end = "指導(dǎo)".len();
        assert_eq!(buf.apply(vec![Edit::delete(start..end)]), 1);
        assert_eq!(buf.text(), "指導工作");
        assert_eq!(buf.origin_of(2), 7); // 工 was character 7
        assert_eq!(buf.origin_of(4), 9); // the end
    }

    #[test]
    fn replacements_and_flags_move_together() {
        let mut buf = TextBuf::new("a,,b\u{3000}c");
        buf.flag(FlagKind::Mojibake, 5..6); // "c"
        let edits = vec![Edit::delete(1..2), Edit::replace(4..7, " ")];
        assert_eq!(buf.apply(edits), 2);
        assert_eq!(buf.text(), "a,b c");
        assert_eq!(buf.flags()[0].range, 4..5);
        assert_eq!(buf.origin_of(4), 5);
    }

    #[test]
    fn overlapping_edits_are_skipped() {
        let mut buf = TextBuf::new("abcdef");
        let applied = buf.apply(vec![Edit::delete(1..4), Edit::delete(2..3)]);
        assert_eq!(applied, 1);
        assert_eq!(buf.text(), "aef");
    }

    #[test]
    fn insertion_at_the_end() {
        let mut buf = TextBuf::new("ab");
        buf.apply(vec![Edit::replace(2..2, "。")]);
        assert_eq!(buf.text(), "ab。");
    }
}
