//! An index through its life: add, upsert, delete, commit atomically while readers read,
//! facets, near-duplicate clusters, "more like this", and an index of another format.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

use xinwen_core::{Article, Person, Place, PlaceLevel};
use xinwen_index::{ArticleIndex, IndexError, SearchOptions};

const FLOOD: &str = "6月14日上午，市委副書記、市長陳嘉樹深入柳塘鎮、河口鎮及蓮溪村檢查指導防汛工作。\
    他強調，要始終繃緊防汛安全這根弦，立足防大汛、搶大險、救大災，紮實做好各項防禦準備，\
    全力保障人民群眾生命財產安全。";

const ELDERCARE: &str = "11月8日，岚桥区委书记孟庆和到城东街道、望江街道和云杉乡调研养老服务工作。\
    他指出，要加快社区食堂和日间照料中心建设，让老年人在家门口享受便利服务。";

fn article(id: &str, title: &str, text: &str, published: &str, place: &str) -> Article {
    Article {
        id: id.into(),
        title: Some(title.into()),
        text: text.into(),
        published: Some(published.into()),
        people: vec![Person {
            name: "陳嘉樹".into(),
            titles: vec![],
            mentions: vec![],
        }],
        places: vec![Place {
            name: place.into(),
            level: PlaceLevel::Township,
            mentions: vec![],
        }],
        ..Article::default()
    }
}

fn ids(hits: &[xinwen_index::SearchHit]) -> Vec<&str> {
    hits.iter().map(|h| h.id.as_str()).collect()
}

#[test]
fn upsert_delete_and_atomic_commits() {
    let dir = tempfile::tempdir().unwrap();
    let writer = ArticleIndex::create(dir.path()).unwrap();
    writer
        .add(&article("a", "防汛", FLOOD, "2023-06-14", "柳塘镇"))
        .unwrap();
    writer.commit().unwrap();
    // a second handle reads while the first writes
    let reader = ArticleIndex::open(dir.path()).unwrap();
    assert_eq!(reader.len(), 1);
    writer
        .add(&article("b", "养老", ELDERCARE, "2023-11-08", "云杉乡"))
        .unwrap();
    writer
        .add(&article("a", "防汛检查", FLOOD, "2023-06-14", "柳塘镇"))
        .unwrap();
    writer.delete("nothing-by-this-id").unwrap();
    let options = SearchOptions::default();
    assert_eq!(
        ids(&reader.search("养老", &options).unwrap()),
        Vec::<&str>::new()
    );
    writer.commit().unwrap();
    let reopened = ArticleIndex::open(dir.path()).unwrap();
    assert_eq!(reopened.len(), 2, "the upsert replaced a, b was added");
    assert_eq!(
        reopened.get("a").unwrap().unwrap().title.as_deref(),
        Some("防汛检查")
    );
    writer.delete("a").unwrap();
    writer.rollback().unwrap();
    writer.delete("b").unwrap();
    writer.commit().unwrap();
    let after = ArticleIndex::open(dir.path()).unwrap();
    assert_eq!(ids(&after.search("防汛 OR 养老", &options).unwrap()), ["a"]);
    // the reader opened earlier follows the commits it did not make
    let followed = (0..100).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(50));
        reader.len() == 1
    });
    assert!(followed, "a second handle sees the last commit");
    // one writer at a time, with an error that says so
    let error = reader.delete("a").unwrap_err();
    assert!(matches!(error, IndexError::Busy(_)), "{error}");
}

#[test]
fn facets_count_matching_articles() {
    let dir = tempfile::tempdir().unwrap();
    let index = ArticleIndex::create(dir.path()).unwrap();
    index
        .add(&article("a", "防汛", FLOOD, "2023-06-14", "柳塘鎮"))
        .unwrap();
    index
        .add(&article("b", "养老", ELDERCARE, "2023-11-08", "云杉乡"))
        .unwrap();
    index.commit().unwrap();
    let options = SearchOptions::default();
    let places = index.facet_counts("", "place", 10, &options).unwrap();
    let values: Vec<(&str, u64)> = places.iter().map(|c| (c.value.as_str(), c.count)).collect();
    assert_eq!(values, [("云杉乡", 1), ("柳塘镇", 1)]); // names simplified
    let people = index.facet_counts("防汛", "people", 10, &options).unwrap();
    assert_eq!(people[0].value, "陈嘉树");
    let since = SearchOptions {
        since: Some("2023-07-01".into()),
        ..SearchOptions::default()
    };
    assert_eq!(
        index.facet_counts("", "place", 10, &since).unwrap().len(),
        1
    );
    assert!(matches!(
        index.facet_counts("", "title", 10, &options),
        Err(IndexError::Query { .. })
    ));
}

#[test]
fn reposts_share_a_cluster_and_like_finds_them() {
    let dir = tempfile::tempdir().unwrap();
    let index = ArticleIndex::create(dir.path()).unwrap();
    index
        .add(&article("first", "防汛", FLOOD, "2023-06-14", "柳塘镇"))
        .unwrap();
    index
        .add(&article("other", "养老", ELDERCARE, "2023-11-08", "云杉乡"))
        .unwrap();
    index.commit().unwrap();
    // a repost in simplified script with other punctuation, added after a commit
    let repost = FLOOD
        .replace("，", ",")
        .replace("書記", "书记")
        .replace("陳嘉樹", "陈嘉树");
    index
        .add(&article(
            "repost",
            "防汛(转载)",
            &repost,
            "2023-06-15",
            "柳塘镇",
        ))
        .unwrap();
    // and a second repost before the commit
    let again = format!("{FLOOD}（青禾日报）");
    index
        .add(&article("again", "防汛", &again, "2023-06-15", "柳塘镇"))
        .unwrap();
    index.commit().unwrap();
    let options = SearchOptions::default();
    let dups = index.duplicates_of("first", 10).unwrap();
    let mut found = ids(&dups);
    found.sort_unstable();
    assert_eq!(found, ["again", "repost"]);
    assert!(dups.iter().all(|h| h.cluster == "first"));
    assert!(index.duplicates_of("other", 10).unwrap().is_empty());
    let collapsed = SearchOptions {
        collapse_duplicates: true,
        ..SearchOptions::default()
    };
    assert_eq!(index.search("防汛", &collapsed).unwrap().len(), 1);
    assert_eq!(index.search("防汛", &options).unwrap().len(), 3);
    let like = index.more_like_this("first", &options).unwrap();
    assert!(!ids(&like).contains(&"first"));
    assert_eq!(like.len(), 3);
    assert_eq!(
        like[2].id, "other",
        "the unrelated article ranks last: {like:?}"
    );
    assert!(matches!(
        index.more_like_this("missing", &options),
        Err(IndexError::Query { .. })
    ));
}

#[test]
fn an_index_of_another_format_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    ArticleIndex::create(dir.path()).unwrap();
    let marker = dir.path().join("xinwen-index.json");
    std::fs::write(&marker, r#"{"format": 1, "xinwen": "0.0.1"}"#).unwrap();
    let error = ArticleIndex::open(dir.path()).unwrap_err();
    assert!(matches!(error, IndexError::Version { .. }));
    let message = error.to_string();
    assert!(
        message.contains("format 1") && message.contains("rebuild"),
        "{message}"
    );
    let empty = tempfile::tempdir().unwrap();
    assert!(matches!(
        ArticleIndex::open(empty.path()),
        Err(IndexError::NotAnIndex(_))
    ));
}

#[test]
fn a_run_killed_before_the_marker_was_written_leaves_an_index_that_opens() {
    let dir = tempfile::tempdir().unwrap();
    ArticleIndex::create(dir.path()).unwrap();
    let marker = dir.path().join("xinwen-index.json");
    std::fs::remove_file(&marker).unwrap();
    // the empty index of our schema is taken as created
    let index = ArticleIndex::open_or_create(dir.path()).unwrap();
    assert!(marker.exists() && index.is_empty());
    index
        .add(&article("a", "防汛", FLOOD, "2023-06-14", "柳塘镇"))
        .unwrap();
    index.commit().unwrap();
    index.finish_writing().unwrap();
    drop(index);
    // one that holds articles is not
    std::fs::remove_file(&marker).unwrap();
    assert!(ArticleIndex::open_or_create(dir.path()).is_err());
}

#[test]
fn a_record_added_with_its_json_is_stored_as_read() {
    let dir = tempfile::tempdir().unwrap();
    let index = ArticleIndex::create(dir.path()).unwrap();
    let flood = article("a", "防汛", FLOOD, "2023-06-14", "柳塘镇");
    let json = serde_json::to_string(&flood).unwrap();
    // a field the record type does not know is stored, and read past
    let with_extra = format!("{{\"topic\":\"flood\",{}", &json[1..]);
    index.add_record(&flood, &with_extra).unwrap();
    index
        .add(&article("b", "养老", ELDERCARE, "2023-11-08", "云杉乡"))
        .unwrap();
    index.commit().unwrap();
    assert_eq!(index.get("a").unwrap(), Some(flood));
    let options = SearchOptions::default();
    assert_eq!(ids(&index.search("防汛", &options).unwrap()), ["a"]);
    assert_eq!(ids(&index.search("place:柳塘镇", &options).unwrap()), ["a"]);
}
