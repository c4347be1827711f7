//! The People's Daily (PFR) part-of-speech corpus as BIO training sentences.
//!
//! The corpus tags words, not entities: `江/nr 泽民/nr` is one person split in two,
//! `ns` a place, `nt` an organization of one word; longer names are cut into ordinary
//! words (`延吉市/ns 公安局/n`). [`convert_line`] rebuilds entities from the tags; the
//! rules for longer names are in [`crate::compound`], those for entities inside words
//! in [`crate::subword`].

use xinwen_chinese::Lexicon;
use xinwen_ner::{Label, NerKind, NerSpan, labels_of};

use crate::compound::{Rules, compounds};
use crate::subword::inside;
use crate::token::{Token, tokens};

/// One training sentence: text and a label per character.
#[derive(Debug, Clone, Default)]
pub struct Example {
    /// The text (simplified Chinese).
    pub text: String,
    /// One BIO label per character of `text`.
    pub labels: Vec<Label>,
}

/// The entity spans of a token sequence, as token index ranges.
pub fn token_entities(
    toks: &[Token],
    rules: &Rules,
    words: &Lexicon,
) -> Vec<(NerKind, usize, usize)> {
    let mut out = compounds(toks, rules, words);
    let mut covered = vec![false; toks.len()];
    for &(_, a, b) in &out {
        covered[a..b].iter_mut().for_each(|c| *c = true);
    }
    let mut i = 0;
    while i < toks.len() {
        if covered[i] {
            i += 1;
            continue;
        }
        let kind = rules.single_kind(&toks[i], words);
        let mut j = i + 1;
        if kind == Some(NerKind::Person) {
            j = person_end(toks, &covered, i, rules);
        }
        if let Some(k) = kind {
            out.push((k, i, j));
        }
        i = j;
    }
    out.sort_by_key(|&(_, a, _)| a);
    out
}

/// One past the last token of the person starting at token `i`. Two `nr` words in a
/// row are one person (`江/nr 泽民/nr`); in a longer run of names written without
/// separators (`李/nr 鹏/nr 乔/nr 石/nr`) a person is a surname and the word after it.
fn person_end(toks: &[Token], covered: &[bool], i: usize, rules: &Rules) -> usize {
    let mut j = i + 1;
    while j < toks.len() && !covered[j] && toks[j].tag == "nr" {
        j += 1;
    }
    let Some(lists) = &rules.lists else {
        return j;
    };
    if j - i <= 2 {
        return j;
    }
    if lists.surnames.contains(&toks[i].word) {
        i + 2
    } else {
        i + 1
    }
}

/// The training sentences of one corpus line: entities rebuilt, then the line split
/// after sentence-final punctuation.
pub fn convert_line(line: &str, rules: &Rules, words: &Lexicon) -> Vec<Example> {
    let toks = tokens(line);
    let mut starts = Vec::with_capacity(toks.len() + 1);
    let mut text = String::new();
    let mut n = 0;
    for t in &toks {
        starts.push(n);
        text.push_str(&t.word);
        n += t.word.chars().count();
    }
    starts.push(n);
    let entities = token_entities(&toks, rules, words);
    let mut spans: Vec<NerSpan> = (entities.iter())
        .map(|&(kind, a, b)| NerSpan {
            kind,
            start: starts[a],
            end: starts[b],
        })
        .collect();
    if let Some(lists) = &rules.lists {
        let mut covered = vec![false; toks.len()];
        for &(_, a, b) in &entities {
            covered[a..b].iter_mut().for_each(|c| *c = true);
        }
        for (i, t) in toks.iter().enumerate().filter(|(i, _)| !covered[*i]) {
            if let Some((kind, a, b)) = inside(t, lists, words) {
                spans.push(NerSpan {
                    kind,
                    start: starts[i] + a,
                    end: starts[i] + b,
                });
            }
        }
    }
    let labels = labels_of(&spans, n);
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut from = 0;
    for i in 0..n {
        let end_here = "。！？".contains(chars[i])
            && chars.get(i + 1).is_none_or(|c| !"”’」』）".contains(*c));
        let end_here =
            end_here || (i > 0 && "”’」』）".contains(chars[i]) && "。！？".contains(chars[i - 1]));
        if (end_here || i + 1 == n) && !labels.get(i + 1).is_some_and(|l| l.is_inside()) {
            out.push(Example {
                text: chars[from..=i].iter().collect(),
                labels: labels[from..=i].to_vec(),
            });
            from = i + 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use xinwen_chinese::Resources;
    use xinwen_ner::spans_of;

    fn words() -> &'static Lexicon {
        Resources::global().lexicon().unwrap()
    }

    fn entities(line: &str) -> Vec<(NerKind, String)> {
        let ex = convert_line(line, &Rules::default(), words());
        let mut out = Vec::new();
        for e in ex {
            let chars: Vec<char> = e.text.chars().collect();
            for s in spans_of(&e.labels) {
                out.push((s.kind, chars[s.start..s.end].iter().collect()));
            }
        }
        out
    }

    #[test]
    fn merges_names_and_compounds() {
        let got = entities(
            "中共中央/nt  总书记/n  江/nr  泽民/nr  在/p  延吉市/ns  公安局/n  。/w  好/a",
        );
        assert!(got.contains(&(NerKind::Organization, "中共中央".into())));
        assert!(got.contains(&(NerKind::Person, "江泽民".into())));
        assert!(got.contains(&(NerKind::Organization, "延吉市公安局".into())));
        assert_eq!(
            convert_line("我/r  。/w  好/a", &Rules::default(), words()).len(),
            2
        );
    }

    #[test]
    fn splits_name_lists_and_finds_entities_inside_words() {
        let corpus = "李/nr  鹏/nr  ，/w  李/nr  岚清/nr  ，/w  李/nr  铁映/nr  ，/w  邓/nr  小平/nr  。/w  华/j  华/j  华/j";
        let rules = Rules {
            lists: Some(crate::subword::CorpusLists::gather(
                std::iter::once(corpus),
                words(),
            )),
            ..Rules::default()
        };
        let line = "李/nr  鹏/nr  乔/nr  石/nr  访华/v  ，/w  学习/v  邓小平理论/n";
        let mut got = Vec::new();
        for e in convert_line(line, &rules, words()) {
            let chars: Vec<char> = e.text.chars().collect();
            for s in spans_of(&e.labels) {
                got.push((s.kind, chars[s.start..s.end].iter().collect::<String>()));
            }
        }
        assert_eq!(
            got,
            [
                (NerKind::Person, "李鹏".to_string()),
                (NerKind::Person, "乔石".to_string()),
                (NerKind::Place, "华".to_string()),
                (NerKind::Person, "邓小平".to_string()),
            ]
        );
    }
}
