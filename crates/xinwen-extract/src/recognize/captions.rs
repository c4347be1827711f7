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
    let caps = words.caption.captures(block.simple())?;
    let (text, credit) = (caps.get(1)?, caps.get(2)?);
    Some(CaptionParts {
        text: block.original_of(text.range()).trim().to_string(),
        credit: block.original_of(credit.range()).to_string(),
    })
}
