//! Search over real news at some scale: 5,000 CCTV evening-news items indexed, then
//! queries cut from their titles. No query may fail (snippets of long words with
//! overlapping sub-words once did), and a piece of a title finds the item it came from,
//! even across the words the segmenter cut (pairs of characters are indexed too).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use xinwen_extract::{ExtractOptions, Extractor, extract_stream};
use xinwen_index::{ArticleIndex, SearchOptions};
use xinwen_parse::{Inputs, ReadOptions};
use xinwen_tests::shared;

const ITEMS: usize = 5_000;

/// Two to four characters from inside a title's longest run of Chinese characters,
/// taken at a place fixed by the item's number.
fn piece(title: &str, n: usize) -> Option<String> {
    let run: Vec<char> = (title.split(|c: char| !('\u{4e00}'..='\u{9fff}').contains(&c)))
        .max_by_key(|r| r.chars().count())?
        .chars()
        .collect();
    let len = 2 + n % 3;
    (run.len() >= len).then(|| {
        let start = (n * 7) % (run.len() - len + 1);
        run[start..start + len].iter().collect()
    })
}

#[test]
fn title_words_find_their_items_and_no_query_fails() {
    let Some(shared) = shared() else { return };
    let path = shared.join("bench").join("xwlb_2012_2026.jsonl.zst");
    let options = ReadOptions {
        field: Some("content".into()),
        ..ReadOptions::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let index = ArticleIndex::create(dir.path()).unwrap();
    let extractor = Extractor::new(ExtractOptions::fields_only());
    let mut items: Vec<(String, String)> = Vec::new();
    let inputs = Inputs::new(&[path], options).take(ITEMS);
    extract_stream(&extractor, inputs, |article| {
        if let Some(title) = &article.title {
            items.push((article.id.clone(), title.clone()));
        }
        index.add(&article)
    })
    .unwrap();
    index.commit().unwrap();
    assert!(
        items.len() >= ITEMS * 99 / 100,
        "titles from the collection: {}",
        items.len()
    );
    let options = SearchOptions {
        limit: 50,
        ..SearchOptions::default()
    };
    let (mut asked, mut found, mut phrase_found) = (0, 0, 0);
    for (n, (id, title)) in items.iter().enumerate().step_by(10) {
        let Some(word) = piece(title, n) else {
            continue;
        };
        asked += 1;
        let hits = (index.search(&word, &options))
            .unwrap_or_else(|e| panic!("query {word:?} failed: {e}"));
        found += usize::from(hits.iter().any(|h| &h.id == id));
        let phrase = (index.search(&format!("\"{word}\""), &options))
            .unwrap_or_else(|e| panic!("phrase {word:?} failed: {e}"));
        phrase_found += usize::from(phrase.iter().any(|h| &h.id == id));
    }
    let (rate, phrase_rate) = (
        found as f64 / asked as f64,
        phrase_found as f64 / asked as f64,
    );
    println!("{asked} title pieces: found {rate:.3}, as phrases {phrase_rate:.3}");
    assert!(asked >= 400);
    assert!(
        // a piece common enough to match more than 50 items may miss its own
        rate >= 0.75 && phrase_rate >= 0.75,
        "{rate:.3} {phrase_rate:.3}"
    );
}
