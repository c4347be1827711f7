//! Any query typed by a user: the query parser in every mode, then a search (tiers,
//! snippets) and facets over a small index built once, must never panic and never fail.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use xinwen_core::{Article, Person};
use xinwen_index::{ArticleIndex, QueryMode, SearchOptions, explain_query};

fn index() -> &'static ArticleIndex {
    static INDEX: OnceLock<(tempfile::TempDir, ArticleIndex)> = OnceLock::new();
    let (_, index) = INDEX.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let index = ArticleIndex::create(dir.path()).expect("an index");
        let texts = [
            ("洪慶檢查指導全市疫情防控工作", "州委副書記、市委書記洪慶就全市疫情防控工作進行檢查指導。"),
            ("青禾市召开防汛工作会议", "6月14日上午，青禾市召开防汛工作会议，部署全市防汛工作。"),
            ("柳塘镇部署森林防火", "柳塘镇召开森林防火工作会议。Forest fire prevention, 2024."),
        ];
        for (n, (title, text)) in texts.iter().enumerate() {
            let article = Article {
                id: format!("a{n}"),
                title: Some(title.to_string()),
                text: text.to_string(),
                published: Some(format!("2024-0{}-14", n + 1)),
                people: vec![Person { name: "洪慶".into(), titles: vec![], mentions: vec![] }],
                ..Article::default()
            };
            index.add(&article).expect("added");
        }
        index.commit().expect("committed");
        (dir, index)
    });
    index
}

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let index = index();
    for mode in [QueryMode::MostWords, QueryMode::AllWords, QueryMode::AnyWords] {
        assert!(explain_query(&query, mode).is_ok(), "a query is always read: {query:?}");
    }
    let options = SearchOptions { limit: 3, ..SearchOptions::default() };
    assert!(index.search(&query, &options).is_ok(), "a search never fails: {query:?}");
    assert!(index.facet_counts(&query, "person", 5, &options).is_ok());
});
