//! The shipped model on a few sentences, in both scripts, and on odd input.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use xinwen_ner::{NerKind, NerTagger};

fn entities(text: &str) -> Vec<(NerKind, String)> {
    let tagger = NerTagger::global().unwrap();
    let chars: Vec<char> = text.chars().collect();
    tagger
        .tag(text)
        .into_iter()
        .map(|s| (s.kind, chars[s.start..s.end].iter().collect()))
        .collect()
}

#[test]
fn finds_people_places_and_organizations() {
    let got = entities("市委书记洪庆在延吉市公安局调研");
    assert!(got.contains(&(NerKind::Person, "洪庆".into())), "{got:?}");
    assert!(
        got.contains(&(NerKind::Organization, "延吉市公安局".into())),
        "{got:?}"
    );

    let got = entities("国家主席江泽民昨天在北京会见了美国总统克林顿。");
    assert!(got.contains(&(NerKind::Person, "江泽民".into())), "{got:?}");
    assert!(got.contains(&(NerKind::Place, "北京".into())), "{got:?}");
    assert!(got.contains(&(NerKind::Person, "克林顿".into())), "{got:?}");

    let got = entities("新华社记者报道，国务院总理李鹏出席了会议。");
    assert!(
        got.contains(&(NerKind::Organization, "新华社".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&(NerKind::Organization, "国务院".into())),
        "{got:?}"
    );
    assert!(got.contains(&(NerKind::Person, "李鹏".into())), "{got:?}");
}

#[test]
fn tags_traditional_text_with_the_same_offsets() {
    let simplified = NerTagger::global()
        .unwrap()
        .tag("市委书记洪庆在延吉市公安局调研");
    let traditional = NerTagger::global()
        .unwrap()
        .tag("市委書記洪慶在延吉市公安局調研");
    assert_eq!(simplified, traditional);
    let got = entities("市委書記洪慶在延吉市公安局調研");
    assert!(got.contains(&(NerKind::Person, "洪慶".into())), "{got:?}");
}

#[test]
fn odd_input_does_not_panic() {
    let tagger = NerTagger::global().unwrap();
    assert!(tagger.tag("").is_empty());
    assert!(tagger.tag("   ").is_empty());
    assert!(tagger.tag("，。！").is_empty());
    for text in [
        "a",
        "中",
        "１２月３１日ＡＢＣ",
        "😀王😀",
        "\u{0}\u{FFFF}\t\r",
        "e\u{301}李",
        "𠀀𠀁張三",
    ] {
        for s in tagger.tag(text) {
            assert!(s.start < s.end && s.end <= text.chars().count(), "{text:?}");
        }
    }
    let long = "江泽民在北京会见克林顿，".repeat(2000);
    assert!(tagger.tag(&long).len() >= 2000);
}

#[test]
fn a_corrupt_model_is_an_error() {
    assert!(NerTagger::from_bytes(b"").is_err());
    assert!(NerTagger::from_bytes(b"definitely not zstd").is_err());
    let bytes = include_bytes!("../model/ner.bin.zst");
    assert!(NerTagger::from_bytes(&bytes[..bytes.len() / 3]).is_err());
}
