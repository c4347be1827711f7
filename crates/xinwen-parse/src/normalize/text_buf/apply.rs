//! Applying a step's edits to a [`TextBuf`], keeping the way back to the original.

use super::{Edit, TextBuf};

/// The text being rebuilt: its characters, the original character of each, and the new
/// index of each old character.
struct Rebuilt {
    text: String,
    origin: Vec<usize>,
    moved: Vec<usize>,
}

impl TextBuf {
    /// Applies `edits` (sorted by start, not overlapping; others are skipped) and
    /// returns how many were applied. Characters of a replacement map to the first
    /// original character of what they replace; flags move with their text.
    ///
    /// The text between edits is copied a run at a time, so a step that changes a few
    /// places costs little more than copying the text.
    pub fn apply(&mut self, mut edits: Vec<Edit>) -> usize {
        if edits.is_empty() {
            return 0;
        }
        edits.sort_by_key(|e| (e.range.start, e.range.end));
        let len = self.text.len();
        let mut out = Rebuilt {
            text: String::with_capacity(len),
            origin: Vec::with_capacity(self.origin.len()),
            moved: Vec::with_capacity(self.origin.len()),
        };
        // the next character to copy (byte and character index) and the end of what
        // the edits applied so far replaced
        let (mut byte, mut index, mut skip_until) = (0usize, 0usize, 0usize);
        let mut applied = 0;
        let mut at_end = Vec::new();
        for edit in edits {
            // an edit takes effect at the first character starting at or after it
            let mut at = edit.range.start.min(len);
            while !self.text.is_char_boundary(at) {
                at += 1;
            }
            if at >= len {
                at_end.push(edit);
                continue;
            }
            index = self.copy(byte..at, index, skip_until, &mut out);
            byte = at;
            if edit.range.start < at || edit.range.start < skip_until {
                continue; // overlaps an earlier edit or starts inside a character
            }
            let from = self.origin.get(index).copied().unwrap_or(0);
            for r in edit.replacement.chars() {
                out.text.push(r);
                out.origin.push(from);
            }
            skip_until = edit.range.end.max(at);
            applied += 1;
        }
        self.copy(byte..len, index, skip_until, &mut out);
        let end_origin = self.origin.last().copied().unwrap_or(0);
        for edit in at_end {
            // an insertion at the very end
            if edit.range.start == len && edit.range.start >= skip_until {
                for r in edit.replacement.chars() {
                    out.text.push(r);
                    out.origin.push(end_origin);
                }
                applied += 1;
            }
        }
        let Rebuilt {
            text,
            mut origin,
            mut moved,
        } = out;
        moved.push(origin.len());
        origin.push(end_origin);
        for flag in &mut self.flags {
            let at = |i: usize| moved.get(i).copied().unwrap_or(origin.len() - 1);
            flag.range = at(flag.range.start)..at(flag.range.end);
        }
        self.flags.retain(|f| f.range.start < f.range.end);
        self.text = text;
        self.origin = origin;
        applied
    }

    /// Copies the characters of the bytes `range` (whose first character has index
    /// `index`) to `out`, but for those starting before `skip_until`, which an edit
    /// replaced; returns the index of the character after the range.
    fn copy(
        &self,
        range: std::ops::Range<usize>,
        mut index: usize,
        skip_until: usize,
        out: &mut Rebuilt,
    ) -> usize {
        if self.text.get(range.clone()).is_none() {
            return index;
        }
        // the replaced characters: no text, their new index is where the text goes on
        let mut keep = skip_until.clamp(range.start, range.end);
        while !self.text.is_char_boundary(keep) {
            keep += 1;
        }
        let dropped = self
            .text
            .get(range.start..keep)
            .unwrap_or("")
            .chars()
            .count();
        out.moved
            .extend(std::iter::repeat_n(out.origin.len(), dropped));
        index += dropped;
        let kept = self.text.get(keep..range.end).unwrap_or("");
        let n = kept.chars().count();
        let first = out.origin.len();
        out.moved.extend(first..first + n);
        out.origin
            .extend(self.origin.get(index..index + n).unwrap_or_default());
        out.text.push_str(kept);
        index + n
    }
}

#[cfg(test)]
mod tests;
