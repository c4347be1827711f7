//! Transliterated foreign names come out whole, and never take a word around them:
//! the cases of `transliteration.tsv`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use xinwen_ner::{NerKind, NerTagger};

fn people(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    (NerTagger::global().unwrap().tag(text).into_iter())
        .filter(|s| s.kind == NerKind::Person)
        .map(|s| chars[s.start..s.end].iter().collect())
        .collect()
}

#[test]
fn foreign_names_are_whole() {
    let cases = include_str!("transliteration.tsv");
    let mut checked = 0;
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let (text, whole, never) = (fields[0], fields[1], fields.get(2).copied().unwrap_or(""));
        let found = people(text);
        assert!(
            found.iter().any(|p| p == whole),
            "{text}: {found:?}, want {whole}"
        );
        assert!(
            never.is_empty() || !found.iter().any(|p| p == never),
            "{text}: {found:?}"
        );
        checked += 1;
    }
    assert_eq!(checked, 22);
}
