//! 4,000 real CCTV pages of one template: title equal to the page's metadata and
//! publication time equal to it to the minute, for at least 98% of the 3,569 pages that
//! have metadata.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::io::Read;

use serde_json::Value;
use xinwen_core::FlagKind;
use xinwen_extract::{ExtractOptions, Extractor, extract_all};
use xinwen_parse::RawPage;
use xinwen_tests::shared;

fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn titles_and_times_of_the_cctv_pages() {
    let Some(shared) = shared() else { return };
    let bench = shared.join("bench");
    let meta: Value = serde_json::from_str(
        &std::fs::read_to_string(bench.join("cctv_pages_4000.meta.json")).unwrap(),
    )
    .unwrap();
    let archive = zstd::stream::read::Decoder::new(
        std::fs::File::open(bench.join("cctv_pages_4000.tar.zst")).unwrap(),
    )
    .unwrap();
    let mut pages = Vec::new();
    for entry in tar::Archive::new(archive).entries().unwrap() {
        let mut entry = entry.unwrap();
        let name = entry.path().unwrap().display().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        pages.push(RawPage::from_bytes(bytes, Some(name)));
    }
    assert_eq!(pages.len(), 4000);
    let articles = extract_all(&Extractor::new(ExtractOptions::fields_only()), &pages);
    let (mut with_meta, mut titles, mut times) = (0, 0, 0);
    for article in &articles {
        let name = article.path.as_deref().unwrap();
        let Some(expected) = meta.get(name) else {
            continue;
        };
        with_meta += 1;
        if squash(article.title.as_deref().unwrap_or(""))
            == squash(expected["title"].as_str().unwrap())
        {
            titles += 1;
        }
        let published = article.published.as_deref().unwrap_or("").replace('T', " ");
        if published.get(..16) == expected["pubtime"].as_str().unwrap().get(..16) {
            times += 1;
        }
    }
    assert_eq!(with_meta, 3569);
    let (title_rate, time_rate) = (titles as f64 / 3569.0, times as f64 / 3569.0);
    println!(
        "CCTV pages: title {titles}/3569 = {title_rate:.4}, time {times}/3569 = {time_rate:.4}"
    );
    assert!(title_rate >= 0.98 && time_rate >= 0.98);
    assert!(articles.iter().all(|a| a.error.is_none()));
    // the pages are clean UTF-8: a mojibake flag on them is a false alarm
    let flagged: Vec<(&str, &str)> = (articles.iter())
        .flat_map(|a| {
            (a.flags.iter())
                .filter(|f| f.kind == FlagKind::Mojibake)
                .map(move |f| (a.path.as_deref().unwrap_or(""), f.text.as_str()))
        })
        .collect();
    println!("mojibake flags: {flagged:?}");
    assert!(flagged.is_empty(), "false mojibake flags: {flagged:?}");
}
