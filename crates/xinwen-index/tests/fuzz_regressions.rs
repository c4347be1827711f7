//! Queries the fuzzer found to crash a search, each kept as a case that must not.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

use xinwen_core::{Article, Person};
use xinwen_index::{ArticleIndex, QueryMode, SearchOptions, explain_query};

/// The small index of the `query` fuzz target, as `fuzz/fuzz_targets/query.rs` builds it
/// (the fuzz crate is outside the workspace: the two are kept the same by hand).
fn fuzz_index() -> (tempfile::TempDir, ArticleIndex) {
    let dir = tempfile::tempdir().unwrap();
    let index = ArticleIndex::create(dir.path()).unwrap();
    let texts = [
        (
            "洪慶檢查指導全市疫情防控工作",
            "州委副書記、市委書記洪慶就全市疫情防控工作進行檢查指導。",
        ),
        (
            "青禾市召开防汛工作会议",
            "6月14日上午，青禾市召开防汛工作会议，部署全市防汛工作。",
        ),
        (
            "柳塘镇部署森林防火",
            "柳塘镇召开森林防火工作会议。Forest fire prevention, 2024.",
        ),
    ];
    for (n, (title, text)) in texts.iter().enumerate() {
        let article = Article {
            id: format!("a{n}"),
            title: Some(title.to_string()),
            text: text.to_string(),
            published: Some(format!("2024-0{}-14", n + 1)),
            people: vec![Person {
                name: "洪慶".into(),
                titles: vec![],
                mentions: vec![],
            }],
            ..Article::default()
        };
        index.add(&article).unwrap();
    }
    index.commit().unwrap();
    (dir, index)
}

#[test]
fn queries_that_once_crashed_a_search() {
    let (_dir, index) = fuzz_index();
    let queries: &[&[u8]] = &[
        // an excluded phrase whose words repeat (crash-518b48f6…, 4 December 2026)
        b"-\"\xb8\x82\xe7\xa7\xe5\xb7\xa5\xe4\xbd\x9c\xe9\xe6\xa3\xe5\xaa:\x85\xb6\xe5\xb0\xb1\xe5\x85\xa8\xe5\xb8\x82\xe7\xa7\xe5\xb7\xa5\xe4\xbd\x9c\xe9",
    ];
    for bytes in queries {
        let query = String::from_utf8_lossy(bytes);
        for mode in [
            QueryMode::MostWords,
            QueryMode::AllWords,
            QueryMode::AnyWords,
        ] {
            assert!(explain_query(&query, mode).is_ok(), "{query:?}");
            let options = SearchOptions {
                limit: 3,
                mode,
                ..SearchOptions::default()
            };
            assert!(index.search(&query, &options).is_ok(), "{query:?}");
            assert!(
                index.facet_counts(&query, "person", 5, &options).is_ok(),
                "{query:?}"
            );
        }
    }
}

#[test]
fn an_excluded_phrase_found_nowhere_excludes_nothing() {
    let (_dir, index) = fuzz_index();
    let options = SearchOptions {
        limit: 10,
        ..SearchOptions::default()
    };
    for query in [
        "-\"工作全市工作\"",
        "-\"\u{fffd}工作\u{fffd}:就全市\u{fffd}工作\u{fffd}\"",
        "-\"工作防汛工作\"",
    ] {
        let hits = index.search(query, &options).unwrap();
        let mut ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
        ids.sort();
        assert_eq!(ids, ["a0", "a1", "a2"], "{query}");
    }
    // must: a phrase some articles hold excludes them
    let hits = index.search("-\"防汛工作\"", &options).unwrap();
    let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    assert!(!ids.contains(&"a1") && ids.contains(&"a0"), "{ids:?}");
}
