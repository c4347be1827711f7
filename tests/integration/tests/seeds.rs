//! End to end over the five seed pages: every record well-formed and non-empty.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use xinwen_extract::Extractor;
use xinwen_tests::{SPEC_FIELDS, seed_files, seed_gold, shared};

#[test]
fn every_seed_gives_a_well_formed_record() {
    let Some(shared) = shared() else { return };
    let files = seed_files(&shared);
    assert_eq!(
        files.len(),
        5,
        "five seeds expected in {}",
        shared.display()
    );
    let gold = seed_gold(&shared);
    let extractor = Extractor::default();
    for file in files {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let bytes = std::fs::read(&file).unwrap();
        let article = extractor.extract_bytes(&bytes, file.to_str()).unwrap();
        assert!(article.error.is_none(), "{name}: {:?}", article.error);
        let title = article.title.as_deref().unwrap_or("");
        assert!(!title.is_empty(), "{name}: no title");
        assert!(!article.paragraphs.is_empty(), "{name}: no paragraphs");
        assert_eq!(
            article.text,
            article.paragraphs.join("\n"),
            "{name}: text is the joined paragraphs"
        );
        assert_eq!(article.id.len(), 16, "{name}: id");
        assert_eq!(article.encoding, "utf-8", "{name}");
        let chars = article.text.chars().count();
        for flag in &article.flags {
            assert!(
                flag.start < flag.end && flag.end <= chars,
                "{name}: flag {flag:?} outside the text"
            );
        }
        let value = serde_json::to_value(&article).unwrap();
        for field in SPEC_FIELDS {
            assert!(value.get(*field).is_some(), "{name}: field {field} missing");
        }
        let expected_script = gold[&name]["script"].as_str().unwrap();
        assert_eq!(article.script.as_str(), expected_script, "{name}: script");
    }
}

#[test]
fn seed_titles_are_the_headlines() {
    let Some(shared) = shared() else { return };
    let gold = seed_gold(&shared);
    let extractor = Extractor::default();
    for file in seed_files(&shared) {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let article = extractor
            .extract_bytes(&std::fs::read(&file).unwrap(), None)
            .unwrap();
        assert_eq!(
            article.title.as_deref(),
            gold[name]["title"].as_str(),
            "{name}"
        );
    }
}
