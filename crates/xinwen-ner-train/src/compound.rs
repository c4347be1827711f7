//! Rules that rebuild entity names from PFR word tags: one-word entities (`nr`, `ns`,
//! `nt`, abbreviations `j`) and names of several words (`延吉市/ns 公安局/n` is one
//! organization, `天安门/ns 广场/n` one place).

use xinwen_chinese::Lexicon;
use xinwen_ner::{NerKind, is_org_ending};

use crate::subword::CorpusLists;
use crate::token::Token;

/// Which reconstruction rules to apply (each can be switched off to measure it).
#[derive(Debug, Clone)]
pub struct Rules {
    /// Organizations of several words ending in an organization word.
    pub org_compounds: bool,
    /// Places of several words ending in a place word.
    pub loc_compounds: bool,
    /// Abbreviations (`j`): one character → place (`中`, `美`), organization endings →
    /// organization (`政协`, `十五大`).
    pub abbreviations: bool,
    /// `nz` words ending in an organization ending (`人民日报`) → organization.
    pub nz_org: bool,
    /// Most words before the ending (limit of the backward search).
    pub max_words: usize,
    /// Common nouns of three or more characters ending in 部, 局, 厅 or 署 are
    /// organizations on their own (`外交部`, `统计局`).
    pub long_org_words: bool,
    /// Session ordinals start organization names (`第九届全国人民代表大会`).
    pub ordinals: bool,
    /// Words that are organizations on their own (`市委`, `国会`, `内阁`).
    pub standalone_org: bool,
    /// Lists for entities inside words (`访华`, `邓小平理论`); `None` switches that off.
    pub lists: Option<CorpusLists>,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            org_compounds: true,
            loc_compounds: true,
            abbreviations: true,
            nz_org: true,
            max_words: 6,
            standalone_org: true,
            long_org_words: true,
            ordinals: true,
            lists: None,
        }
    }
}

/// A ministry or bureau named by a common noun (`外交部`, `统计局`).
fn is_ministry(word: &str, words: &Lexicon) -> bool {
    word.chars().count() >= 3
        && (word.chars().last()).is_some_and(|c| words.tagger.ministry_endings.contains_char(c))
        && !words.tagger.not_org.contains(word)
}

impl Rules {
    /// The kind of a token on its own, from its tag.
    pub fn single_kind(&self, t: &Token, words: &Lexicon) -> Option<NerKind> {
        match t.tag.as_str() {
            "nr" => Some(NerKind::Person),
            "ns" if words.tagger.place_tag_org_endings.ends(&t.word) => Some(NerKind::Organization),
            "ns" => Some(NerKind::Place),
            "nt" => Some(NerKind::Organization),
            "n" | "j" if self.standalone_org && words.tagger.standalone_org.contains(&t.word) => {
                Some(NerKind::Organization)
            }
            "j" if self.abbreviations => abbreviation_kind(&t.word, words),
            "n" if self.long_org_words && is_ministry(&t.word, words) => {
                Some(NerKind::Organization)
            }
            "nz" if self.nz_org
                && is_org_ending(&t.word, words)
                && !words.tagger.not_org.contains(&t.word) =>
            {
                Some(NerKind::Organization)
            }
            _ => None,
        }
    }

    /// True when the token can start a name of several words.
    fn is_proper_start(&self, t: &Token, words: &Lexicon) -> bool {
        match t.tag.as_str() {
            "ns" | "nt" | "nz" => true,
            "j" => self.abbreviations && abbreviation_kind(&t.word, words).is_some(),
            "n" => words.tagger.org_starts.contains(&t.word),
            _ => false,
        }
    }
}

/// The kind of an abbreviation: one character is a place (`中`, `美`); an
/// organization ending makes an organization (`政协`, `人大`, `十五大`).
pub fn abbreviation_kind(word: &str, words: &Lexicon) -> Option<NerKind> {
    let n = word.chars().count();
    let last = word.chars().last()?;
    if n == 1 {
        return (!words.tagger.not_place_abbreviations.contains_char(last))
            .then_some(NerKind::Place);
    }
    if is_org_ending(word, words) || words.tagger.abbreviation_org_chars.contains_char(last) {
        return Some(NerKind::Organization);
    }
    None
}

/// True for a session ordinal `第九/m 届/q`, `十五/m 次/q` (at `m`, given the next token).
fn is_ordinal(t: &Token, next: Option<&Token>, words: &Lexicon) -> bool {
    let session = |t: &Token| t.tag == "q" && words.tagger.session_words.contains(&t.word);
    session(t) || (t.tag == "m" && next.is_some_and(session))
}

/// Tags that may stand inside a name of several words.
fn is_inner(t: &Token, next: Option<&Token>, words: &Lexicon) -> bool {
    matches!(
        t.tag.as_str(),
        "ns" | "nt" | "nz" | "j" | "n" | "vn" | "an" | "b"
    ) || is_ordinal(t, next, words)
}

/// Names of several words: (kind, first token, one past the last token).
pub fn compounds(toks: &[Token], rules: &Rules, words: &Lexicon) -> Vec<(NerKind, usize, usize)> {
    let mut out: Vec<(NerKind, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let org_head = match t.tag.as_str() {
            "n" | "nt" | "nz" | "vn" => is_org_ending(&t.word, words),
            "j" => {
                is_org_ending(&t.word, words)
                    || abbreviation_kind(&t.word, words) == Some(NerKind::Organization)
            }
            _ => false,
        };
        let kind = if rules.org_compounds && org_head {
            Some(NerKind::Organization)
        } else if rules.loc_compounds && t.tag == "n" && words.tagger.loc_endings.contains(&t.word)
        {
            Some(NerKind::Place)
        } else {
            None
        };
        let Some(kind) = kind else {
            i += 1;
            continue;
        };
        let mut start = None;
        let mut j = i;
        while j > 0 && i - j < rules.max_words {
            let p = &toks[j - 1];
            let place_start = words.tagger.place_starts.contains(&p.word);
            let ok = match kind {
                NerKind::Place => {
                    i - j < 3 && (matches!(p.tag.as_str(), "ns" | "a" | "b" | "n") || place_start)
                }
                _ => is_inner(p, toks.get(j), words),
            };
            if !ok {
                break;
            }
            let proper = match kind {
                NerKind::Place => p.tag == "ns" || place_start,
                _ => {
                    rules.is_proper_start(p, words)
                        || (p.tag == "m" && is_ordinal(p, toks.get(j), words) && rules.ordinals)
                }
            };
            if proper {
                start = Some(j - 1);
            }
            j -= 1;
        }
        if let Some(s) = start {
            // A longer name swallows the names it contains (`中国共产党` in
            // `中国共产党中央委员会`).
            while out.last().is_some_and(|&(_, _, b)| b > s) {
                out.pop();
            }
            out.push((kind, s, i + 1));
        }
        i += 1;
    }
    out
}
