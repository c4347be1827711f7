//! What reads as prose: the marks and lengths that tell a paragraph from furniture.

use xinwen_parse::Block;

/// The marks that show a block reads as prose (a `match`, not a list search: every
/// character of every block is tested).
fn is_prose_mark(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '；' | '，' | '、' | '!' | '?' | ';' | ','
    )
}

/// How much of a block is text outside links.
pub fn text_chars(block: &Block) -> usize {
    block.char_len().saturating_sub(block.link_chars)
}

/// Punctuation marks of prose in a block.
pub fn prose_marks(block: &Block) -> usize {
    block.text.chars().filter(|&c| is_prose_mark(c)).count()
}

/// The Han characters (`U+3400..=U+9FFF`) and the punctuation marks of prose in a
/// block, counted in one pass.
pub fn han_and_marks(block: &Block) -> (usize, usize) {
    block.text.chars().fold((0, 0), |(han, marks), c| {
        if ('\u{3400}'..='\u{9FFF}').contains(&c) {
            (han + 1, marks)
        } else {
            (han, marks + usize::from(is_prose_mark(c)))
        }
    })
}

/// `text` without the note in brackets that closes it (`…城！（评论员 罗博）` → `…城！`).
fn without_closing_note(text: &str) -> &str {
    let Some(inner) = text.strip_suffix([')', '）']) else {
        return text;
    };
    match inner.rfind(['(', '（']) {
        Some(open) if inner[open..].chars().count() <= 30 => text[..open].trim_end(),
        _ => inner,
    }
}

/// True when a block reads like a paragraph of prose: long and punctuated, or with a
/// full stop or a semicolon, or ending a sentence (a headline may hold a `!` but rarely
/// ends on one). A long line without a single mark is a row of menu items or a
/// headline, not a paragraph.
pub fn is_prose(block: &Block) -> bool {
    let len = block.char_len();
    let text = without_closing_note(block.text.trim_end_matches(['”', '」', '’']));
    let sentences = text.contains(['。', '；', ';']) || text.ends_with(['！', '？', '!', '?', '…']);
    // commas and stops, or two questions or cries; not the one `!` of a headline
    // (`羨慕!科技業最高30個月`)
    let punctuated = || {
        let cries = text.matches(['？', '！', '?', '!']).count();
        sentences || cries >= 2 || text.contains(['，', '、', ',']) || text.contains(". ")
    };
    block.link_density() < 0.5 && (len >= 40 && punctuated() || (len >= 12 && sentences))
}

/// True for prose with nothing but the `？` or `！` that ends it (`能否"计件反腐"?`): a
/// paragraph between paragraphs, a headline among headlines.
pub fn is_bare_question(block: &Block) -> bool {
    let text = without_closing_note(block.text.trim_end_matches(['”', '」', '’']));
    is_prose(block)
        && block.char_len() < 40
        && !text.contains(['。', '；', ';', '，', '、', ','])
        && text.ends_with(['！', '？', '!', '?'])
}

/// True when a block could be a paragraph on a page that has no prose: long enough,
/// marks or not (a sentence given alone, cut from its punctuation).
pub fn is_long_line(block: &Block) -> bool {
    block.link_density() < 0.5 && block.char_len() >= 40
}

/// True when a block could be part of a sentence on a page that has neither prose nor
/// long lines: a dozen characters or more with a comma, an enumeration comma, a colon
/// or a stop in it or at its end, outside links.
pub fn is_sentence_part(block: &Block) -> bool {
    block.link_density() < 0.5 && block.char_len() >= 12 && prose_marks(block) + colons(block) > 0
}

fn colons(block: &Block) -> usize {
    block.text.matches(['：', ':']).count()
}
