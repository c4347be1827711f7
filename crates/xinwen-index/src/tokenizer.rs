//! The Chinese tokenizer of the index.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use xinwen_chinese::{Resources, ScriptConverter, Segmenter};
use xinwen_core::Error;

/// The name the tokenizer is registered under in every xinwen index.
pub const TOKENIZER_NAME: &str = "xinwen_chinese";

/// Segments text into words for the index: traditional text is converted to simplified
/// before segmenting (so a query in either script finds both), Latin letters are
/// lowercased, numbers kept, punctuation and spaces dropped. Long words also yield their
/// dictionary sub-words (`检查指导` → `检查`, `指导`). Offsets are byte offsets into
/// the original text, so snippets highlight the characters as written.
///
/// Positions are character offsets of each word's start, so a phrase matches whatever
/// words the segmenter cut it into, as long as they line up character by character.
#[derive(Clone, Copy)]
pub struct ChineseTokenizer {
    segmenter: &'static Segmenter,
    converter: &'static ScriptConverter,
}

impl ChineseTokenizer {
    /// A tokenizer over the process-wide resources.
    pub fn new() -> Result<Self, Error> {
        let resources = Resources::global();
        Ok(ChineseTokenizer {
            segmenter: resources.segmenter(),
            converter: resources.converter()?,
        })
    }

    /// The tokens of `text`, as the index sees them.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let mut tokens: Vec<Token> = Vec::new();
        self.segmenter
            .for_each_word(text, true, Some(self.converter), |w| {
                if w.simplified.chars().all(is_han) {
                    push(
                        &mut tokens,
                        w.simplified.to_string(),
                        w.byte_start,
                        w.byte_end,
                        w.start,
                    );
                    return;
                }
                // mixed words (`COVID-19`, `5G网络`): one token per run of letters,
                // digits or Chinese characters
                let (mut run, mut run_start, mut run_char) = (String::new(), 0, 0);
                let chars = w.text.char_indices().zip(w.simplified.chars()).enumerate();
                for (n, ((byte, _), simplified)) in chars {
                    let joins = !run.is_empty()
                        && simplified.is_alphanumeric()
                        && run
                            .chars()
                            .last()
                            .is_some_and(|last| is_han(last) == is_han(simplified));
                    if !joins && !run.is_empty() {
                        let at = w.byte_start + byte;
                        push(
                            &mut tokens,
                            std::mem::take(&mut run),
                            run_start,
                            at,
                            run_char,
                        );
                    }
                    if simplified.is_alphanumeric() {
                        if run.is_empty() {
                            (run_start, run_char) = (w.byte_start + byte, w.start + n);
                        }
                        run.extend(simplified.to_lowercase());
                    }
                }
                if !run.is_empty() {
                    push(&mut tokens, run, run_start, w.byte_end, run_char);
                }
            });
        tokens
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

/// Adds a token unless the same word at the same place is there already.
fn push(
    tokens: &mut Vec<Token>,
    text: String,
    offset_from: usize,
    offset_to: usize,
    position: usize,
) {
    if text.is_empty()
        || tokens
            .iter()
            .rev()
            .take(8)
            .any(|t| t.position == position && t.text == text)
    {
        return;
    }
    tokens.push(Token {
        offset_from,
        offset_to,
        position,
        text,
        position_length: 1,
    });
}

impl std::fmt::Debug for ChineseTokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ChineseTokenizer")
    }
}

/// The tokens of one text, handed out one by one.
pub struct ChineseTokenStream {
    tokens: Vec<Token>,
    index: usize,
    empty: Token,
}

impl TokenStream for ChineseTokenStream {
    fn advance(&mut self) -> bool {
        if self.index < self.tokens.len() {
            self.index += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        self.index
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .unwrap_or(&self.empty)
    }

    fn token_mut(&mut self) -> &mut Token {
        match self.index.checked_sub(1) {
            Some(i) if i < self.tokens.len() => &mut self.tokens[i],
            _ => &mut self.empty,
        }
    }
}

impl Tokenizer for ChineseTokenizer {
    type TokenStream<'a> = ChineseTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ChineseTokenStream {
        ChineseTokenStream {
            tokens: self.tokens(text),
            index: 0,
            empty: Token::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_and_simplified_give_the_same_terms() {
        let t = ChineseTokenizer::new().unwrap();
        let terms = |s: &str| t.tokens(s).into_iter().map(|t| t.text).collect::<Vec<_>>();
        assert_eq!(terms("檢查指導"), terms("检查指导"));
        assert!(terms("检查指导").contains(&"检查".to_string()));
        assert_eq!(terms("COVID-19 疫情"), ["covid", "19", "疫情"]);
    }

    #[test]
    fn offsets_point_into_the_original() {
        let t = ChineseTokenizer::new().unwrap();
        let text = "洪慶檢查指導,全市";
        for token in t.tokens(text) {
            let original = &text[token.offset_from..token.offset_to];
            assert_eq!(original.chars().count(), token.text.chars().count());
        }
    }
}
