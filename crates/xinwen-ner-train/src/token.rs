//! The tokens of a line of the People's Daily part-of-speech corpus (`word/TAG`).

/// One `word/TAG` token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The word.
    pub word: String,
    /// Its part-of-speech tag.
    pub tag: String,
}

/// The tokens of one corpus line (`word/TAG` separated by spaces).
pub fn tokens(line: &str) -> Vec<Token> {
    line.split_whitespace()
        .filter_map(|t| {
            let (word, tag) = t.rsplit_once('/')?;
            (!word.is_empty()).then(|| Token {
                word: word.to_string(),
                tag: tag.to_string(),
            })
        })
        .collect()
}
