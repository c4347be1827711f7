//! Picture captions that end in their credit: `在市疫控中心調研 李軍廣 攝`,
//! `图为会议现场。（王磊 摄）` (`captions/caption` of the lexicon).

use xinwen_chinese::Lexicon;
use xinwen_parse::Block;

/// A caption split into its text and its photographer, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptionParts {
    /// What the picture shows.
    pub text: String,
    /// Who took it.
    pub credit: String,
}

/// The caption of `block`, when the block is one that ends in its credit.
pub fn caption_parts(block: &Block, words: &Lexicon) -> Option<CaptionParts> {
    let simple = block.simple();
    // `资料图`, `网站地图`: what the picture is, not who took it
    if (words.not_caption_credits).ends(simple.trim_end_matches([')', '）', ' '])) {
        return None;
    }
    // the pattern ends in a shot mark: a line without one is no caption, and the
    // pattern (whose automaton grows with each new line) need not read it
    if !words.shot_marks.occurs_in(simple) {
        return None;
    }
    let caps = words.caption.captures(simple)?;
    let (text, credit) = (caps.get(1)?, caps.get(2)?);
    Some(CaptionParts {
        text: block.original_of(text.range()).trim().to_string(),
        credit: block.original_of(credit.range()).to_string(),
    })
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;
    use xinwen_core::Article;

    use super::caption_parts;
    use crate::cases::{body_page, case_table};

    fn caption(line: &str) -> Vec<String> {
        let block = xinwen_parse::parse_text(line).unwrap().blocks.remove(0);
        caption_parts(&block, Resources::global().lexicon().unwrap())
            .map(|c| format!("{}|{}", c.text, c.credit))
            .into_iter()
            .collect()
    }

    fn captions(article: &Article) -> Vec<String> {
        (article.captions.iter())
            .map(|c| format!("{}|{}", c.text, c.credit.as_deref().unwrap_or("")))
            .collect()
    }

    case_table!(captions_table, "captions.txt", caption, body_page, captions);
}
