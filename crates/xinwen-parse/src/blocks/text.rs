//! Text pages: one block per line.

use super::{BlockKind, RawBlock, cut_long};

/// Splits a text page into lines; blank lines only mark the block after them.
pub(crate) fn text_blocks(text: &str) -> Vec<RawBlock> {
    let mut blocks = Vec::new();
    let mut blank_before = false;
    for line in text.split(['\n', '\r', '\u{2028}', '\u{2029}']) {
        if line.trim().is_empty() {
            blank_before = true;
            continue;
        }
        for piece in cut_long(line) {
            blocks.push(RawBlock {
                raw: piece.to_string(),
                kind: BlockKind::Paragraph,
                tag_path: String::new(),
                element: None,
                link_chars: 0,
                blank_before,
            });
            blank_before = false;
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_blank_lines() {
        let blocks = text_blocks("標題\r\n\r\n  第一段\n第二段\n\n\n");
        let raws: Vec<_> = blocks.iter().map(|b| b.raw.as_str()).collect();
        assert_eq!(raws, ["標題", "  第一段", "第二段"]);
        assert!(blocks[1].blank_before);
        assert!(!blocks[2].blank_before);
    }

    #[test]
    fn a_huge_line_is_cut() {
        let line = "疫".repeat(1_000_000);
        let blocks = text_blocks(&line);
        assert_eq!(blocks.len(), 3);
        assert_eq!(
            blocks.iter().map(|b| b.raw.len()).sum::<usize>(),
            line.len()
        );
    }
}
