//! The edits applied a run at a time give what applying them character by character
//! gives (the way it was first written, kept here as the reference).

use xinwen_core::FlagKind;

use super::super::{Edit, TextBuf};

/// Applies `edits` (sorted by start, not overlapping; others are skipped) and
/// returns how many were applied. Characters of a replacement map to the first
/// original character of what they replace; flags move with their text.
fn apply_one_by_one(buf: &mut TextBuf, mut edits: Vec<Edit>) -> usize {
    if edits.is_empty() {
        return 0;
    }
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut text = String::with_capacity(buf.text.len());
    let mut origin = Vec::with_capacity(buf.origin.len());
    // new character index of each old character index (and of the end)
    let mut moved = Vec::with_capacity(buf.origin.len());
    let mut applied = 0;
    let mut edits = edits.into_iter().peekable();
    let mut skip_until = 0;
    for (old_index, (byte, c)) in buf.text.char_indices().enumerate() {
        while let Some(edit) = edits.peek() {
            if edit.range.start > byte {
                break;
            }
            let edit = edits.next().unwrap_or_else(|| Edit::delete(0..0));
            if edit.range.start < byte || edit.range.start < skip_until {
                continue; // overlaps an earlier edit or starts inside a character
            }
            let from = buf.origin.get(old_index).copied().unwrap_or(0);
            for r in edit.replacement.chars() {
                text.push(r);
                origin.push(from);
            }
            skip_until = edit.range.end.max(byte);
            applied += 1;
        }
        moved.push(origin.len());
        if byte >= skip_until {
            text.push(c);
            origin.push(buf.origin.get(old_index).copied().unwrap_or(0));
        }
    }
    let end_origin = buf.origin.last().copied().unwrap_or(0);
    for edit in edits {
        // an insertion at the very end
        if edit.range.start == buf.text.len() && edit.range.start >= skip_until {
            for r in edit.replacement.chars() {
                text.push(r);
                origin.push(end_origin);
            }
            applied += 1;
        }
    }
    moved.push(origin.len());
    origin.push(end_origin);
    for flag in &mut buf.flags {
        let at = |i: usize| moved.get(i).copied().unwrap_or(origin.len() - 1);
        flag.range = at(flag.range.start)..at(flag.range.end);
    }
    buf.flags.retain(|f| f.range.start < f.range.end);
    buf.text = text;
    buf.origin = origin;
    applied
}

/// A small deterministic generator (xorshift), so that failures repeat.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

#[test]
fn runs_and_characters_agree() {
    let texts = [
        "指導(dǎo)工作",
        "a,,b\u{3000}c  d",
        "",
        "ab",
        "  疫\u{200b}情。。防控 ",
        "x",
    ];
    let pieces = ["", " ", "。", "ab", "導"];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..20_000 {
        let text = texts[round % texts.len()];
        let len = text.len();
        let mut edits = Vec::new();
        for _ in 0..rng.below(5) {
            // any byte offsets, boundaries or not, past the end too
            let start = rng.below(len + 3);
            let end = start + rng.below(4);
            edits.push(Edit::replace(start..end, pieces[rng.below(pieces.len())]));
        }
        let mut fast = TextBuf::new(text);
        let mut slow = TextBuf::new(text);
        let chars = text.chars().count();
        if chars > 0 {
            let a = rng.below(chars);
            let b = a + rng.below(chars - a + 1);
            fast.flag(FlagKind::Mojibake, a..b);
            slow.flag(FlagKind::Mojibake, a..b);
        }
        let n = fast.apply(edits.clone());
        let m = apply_one_by_one(&mut slow, edits.clone());
        assert_eq!((n, &fast), (m, &slow), "{text:?} {edits:?}");
    }
}
