//! The part-of-speech tag of a word: the dictionary's, or jieba's guess for a word it
//! does not hold (`m` for a number, `eng` for Latin letters, the tag its model of
//! unknown words gives a Chinese word, `x` for anything else).

use jieba_rs::Jieba;

use super::dictionary::{Entry, WordDictionary};
use super::route::{Piece, is_cjk};

/// The dictionary entry of `word`, piece `p` of a cut, when the dictionary holds it.
pub fn entry_of(dict: &WordDictionary, word: &str, p: &Piece) -> Option<Entry> {
    p.entry.or_else(|| dict.get(word))
}

/// The tag of `word`, whose dictionary entry is `entry`.
pub fn tag_of(
    dict: &WordDictionary,
    unknown: &Jieba,
    word: &str,
    entry: Option<Entry>,
) -> &'static str {
    match entry {
        Some(e) => dict.tag(e),
        None => guess(dict, unknown, word),
    }
}

/// jieba's guess for a word outside the dictionary.
fn guess(dict: &WordDictionary, unknown: &Jieba, word: &str) -> &'static str {
    let (mut letters, mut digits) = (0, 0);
    for c in word.chars().filter(char::is_ascii_alphanumeric) {
        letters += 1;
        digits += usize::from(c.is_ascii_digit());
    }
    if letters > 0 {
        return if letters == digits { "m" } else { "eng" };
    }
    if !word.chars().any(is_cjk) {
        return "x";
    }
    // The empty instance's tagger guesses each piece its model of unknown words cuts
    // the word into; a word that model made is nearly always one piece. Otherwise the
    // longest piece's tag (the last on a tie), as jieba chooses among its guesses.
    let mut best: Option<(usize, &str)> = None;
    for t in unknown.tag(word, true) {
        let len = t.end - t.start;
        if best.is_none_or(|(l, _)| len >= l) {
            best = Some((len, t.tag));
        }
    }
    best.and_then(|(_, t)| dict.known_tag(t)).unwrap_or("x")
}
