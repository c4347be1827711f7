//! Words that end like an organization's name (`公安局`, `委员会`): a feature of the
//! model, from the `ner/` lists of the lexicon (the conventions it was trained with).

use xinwen_chinese::Lexicon;

/// True when `word` ends like an organization name: an ending of `ner/org_endings`,
/// or a last character of `ner/org_last_chars` in a word of two or more, unless the
/// word is one of `ner/not_org` (`干部`, `格局`).
pub fn is_org_ending(word: &str, words: &Lexicon) -> bool {
    let endings = &words.tagger.org_endings;
    if words.tagger.not_org.contains(word) && !endings.contains(word) {
        return false;
    }
    if endings.ends(word) {
        return true;
    }
    word.chars().count() >= 2
        && (word.chars().last()).is_some_and(|c| words.tagger.org_last_chars.contains_char(c))
}
