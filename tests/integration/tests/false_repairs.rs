//! Repairs on clean text are false repairs: over the first 20,000 items of the CCTV
//! evening-news collection (clean, edited simplified text), list what each normalization
//! step changed or flagged. Every change must be one of the explained ones below.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::collections::BTreeSet;

use xinwen_parse::{Inputs, ReadOptions, parse_content};
use xinwen_tests::shared;

/// Items checked.
const ITEMS: usize = 20_000;

/// Changes that are right, item by item.
const EXPLAINED: &[(&str, &str, &str)] = &[
    // a doubled mark typed in the source: the repair is a true one
    (
        "VIDE1355098148766184",
        "doubled_punctuation",
        "可不孤独，，乡亲们",
    ),
    ("VIDE1360495638618112", "doubled_punctuation", "28.6，。"),
    ("VIDE1360754659015460", "doubled_punctuation", "的心，。"),
    (
        "VIDE1375528324076128",
        "doubled_punctuation",
        "6315.2亿元，；",
    ),
    ("VIDE1386243126200590", "doubled_punctuation", "隔离区，。"),
    ("VIDE1412507336823633", "doubled_punctuation", "兰新线,，"),
    (
        "VIDE1415705760068178",
        "doubled_punctuation",
        "问题，，保障",
    ),
    (
        "VIDE1416136855701272",
        "doubled_punctuation",
        "欧美国家，。",
    ),
    // a private-use character U+E5CE opens a paragraph in the source: a broken glyph
    ("VIDE1356607995228775", "mojibake", "\u{e5ce}"),
];

#[test]
fn no_false_repairs_on_clean_news() {
    let Some(shared) = shared() else { return };
    let path = shared.join("bench").join("xwlb_2012_2026.jsonl.zst");
    let options = ReadOptions {
        field: Some("content".into()),
        ..ReadOptions::default()
    };
    let mut changed: BTreeSet<(String, &'static str)> = BTreeSet::new();
    let mut counts = std::collections::BTreeMap::<&str, usize>::new();
    let mut items = 0;
    for item in Inputs::new(&[path], options).take(ITEMS) {
        let raw = item.expect("every item reads");
        items += 1;
        let page = parse_content(&raw.content).expect("every item parses");
        let id = raw.metadata.get("id").cloned().unwrap_or_default();
        for (step, n) in page.changes {
            if step != "whitespace" {
                changed.insert((id.clone(), step));
                *counts.entry(step).or_default() += n;
            }
        }
    }
    assert_eq!(items, ITEMS);
    println!("{items} items, changes: {counts:?}");
    let expected: BTreeSet<(String, &str)> = EXPLAINED
        .iter()
        .map(|(id, step, _)| (id.to_string(), *step))
        .collect();
    let unexplained: Vec<_> = changed.difference(&expected).collect();
    let missing: Vec<_> = expected.difference(&changed).collect();
    assert!(unexplained.is_empty(), "false repairs: {unexplained:?}");
    assert!(missing.is_empty(), "repairs no longer made: {missing:?}");
    assert_eq!(
        counts.get("pinyin_annotations"),
        None,
        "pinyin annotations stripped from clean text"
    );
}
