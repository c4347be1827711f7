//! What reads as prose: the marks and lengths that tell a paragraph from furniture.

use xinwen_parse::Block;

/// Marks that show a block reads as prose.
const PROSE_MARKS: &[char] = &['。', '！', '？', '；', '，', '、', '!', '?', ';', ','];

/// How much of a block is text outside links.
pub fn text_chars(block: &Block) -> usize {
    block.char_len().saturating_sub(block.link_chars)
}

/// Punctuation marks of prose in a block.
pub fn prose_marks(block: &Block) -> usize {
    block
        .text
        .chars()
        .filter(|c| PROSE_MARKS.contains(c))
        .count()
}

/// True when a block reads like a paragraph of prose: long, or with a full stop or a
/// semicolon, or ending a sentence (a headline may hold a `!` but rarely ends on one).
pub fn is_prose(block: &Block) -> bool {
    let len = block.char_len();
    let text = block.text.trim_end_matches(['”', '」', '’', ')', '）']);
    let sentences = text.contains(['。', '；', ';']) || text.ends_with(['！', '？', '!', '?', '…']);
    block.link_density() < 0.5 && (len >= 40 || (len >= 12 && sentences))
}
