use tantivy::collector::TopDocs;
use tantivy::schema::Value;
use tantivy::{Index, TantivyDocument};

use super::*;
use crate::TOKENIZER_NAME;

/// An index in memory holding `texts` (body only; the id field tells them apart).
fn index_of(texts: &[&str]) -> (Index, Fields) {
    let (schema, fields) = crate::schema::schema();
    let index = Index::create_in_ram(schema);
    let tokenizer = ChineseTokenizer::new().unwrap();
    index.tokenizers().register(TOKENIZER_NAME, tokenizer);
    let mut writer = index.writer_with_num_threads(1, 20_000_000).unwrap();
    for (n, text) in texts.iter().enumerate() {
        let mut doc = TantivyDocument::default();
        doc.add_text(fields.id, n.to_string());
        doc.add_text(fields.text, text);
        writer.add_document(doc).unwrap();
    }
    writer.commit().unwrap();
    (index, fields)
}

/// The numbers of the texts `query` finds, best first: the hits of each tier of `mode`
/// after those of the tiers before.
fn found(texts: &[&str], query: &str, mode: QueryMode) -> Vec<usize> {
    let (index, fields) = index_of(texts);
    let simplify = |s: &str| s.to_string();
    let builder = QueryBuilder::new(&fields, ChineseTokenizer::new().unwrap(), &simplify);
    let searcher = index.reader().unwrap().searcher();
    let mut hits: Vec<usize> = Vec::new();
    for tier in mode.tiers() {
        let Some(query) = builder.build_with(query, *tier) else {
            continue;
        };
        let top = searcher
            .search(&*query, &TopDocs::with_limit(10).order_by_score())
            .unwrap();
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address).unwrap();
            let id = doc.get_first(fields.id).and_then(|v| v.as_str()).unwrap();
            let n: usize = id.parse().unwrap();
            if !hits.contains(&n) {
                hits.push(n);
            }
        }
    }
    hits
}

#[test]
fn phrases_match_however_the_text_was_segmented() {
    let texts = [
        "全市疫情防控工作会议",
        "疫情工作和防控",
        "召开疫情防控工作部署会",
    ];
    let mut hits = found(&texts, "\"疫情防控工作\"", QueryMode::AllWords);
    hits.sort();
    assert_eq!(hits, [0, 2]);
    assert_eq!(found(&texts, "\"防控工\"", QueryMode::AllWords).len(), 2);
    assert_eq!(found(&texts, "「工作和」", QueryMode::AllWords), [1]);
}

#[test]
fn all_words_must_match_and_long_words_match_inside_others() {
    let texts = ["延吉市检查指导疫情防控", "延吉市举办冰雪节", "检查指导工作"];
    assert_eq!(found(&texts, "延吉 检查指导", QueryMode::AllWords), [0]);
    assert_eq!(found(&texts, "检查指导 -延吉", QueryMode::AllWords), [2]);
    assert_eq!(
        found(&texts, "冰雪节 OR 防控", QueryMode::AllWords).len(),
        2
    );
}

#[test]
fn any_words_ranks_questions_by_their_content_words() {
    let texts = [
        "潘淑，会稽句章人，吴大帝孙权的皇后。",
        "滕皇后是太常滕胤族女。",
        "这是什么？谁的？是哪些？",
    ];
    let question = "潘淑是谁的皇后？";
    assert_eq!(
        found(&texts, question, QueryMode::AllWords),
        Vec::<usize>::new()
    );
    let hits = found(&texts, question, QueryMode::AnyWords);
    assert_eq!(hits.first(), Some(&0));
    assert!(
        !hits.contains(&2),
        "function words alone find nothing: {hits:?}"
    );
    // a query of function words only still searches them
    assert_eq!(found(&texts, "什么 哪些", QueryMode::AnyWords), [2]);
    // phrases stay required
    assert_eq!(found(&texts, "皇后 \"太常\"", QueryMode::AnyWords), [1]);
}

#[test]
fn most_words_puts_articles_with_every_word_first_then_the_rest() {
    let texts = [
        "潘淑，会稽句章人，吴大帝孙权的皇后。",
        "滕皇后是太常滕胤族女。",
        "这是什么？谁的？是哪些？",
        "孙权的皇后潘淑，会稽句章人。",
    ];
    // keywords: what every word finds, as with all words, then the others
    let hits = found(&texts, "潘淑 皇后", QueryMode::MostWords);
    let mut first_two = hits[..2].to_vec();
    first_two.sort();
    assert_eq!(first_two, [0, 3]);
    assert_eq!(hits[2], 1, "{hits:?}");
    // a question: its question words are not required
    let hits = found(&texts, "潘淑是谁的皇后？", QueryMode::MostWords);
    assert!(hits.first().is_some_and(|h| [0, 3].contains(h)), "{hits:?}");
    assert!(!hits.contains(&2), "{hits:?}");
    // never nothing while some word matches
    assert_eq!(found(&texts, "滕胤 曹操", QueryMode::MostWords), [1]);
    assert_eq!(
        found(&texts, "滕胤 曹操", QueryMode::AllWords),
        Vec::<usize>::new()
    );
    // phrases still must hold in every tier
    assert_eq!(
        found(&texts, "皇后 \"太常\" 曹操", QueryMode::MostWords),
        [1]
    );
}

#[test]
fn modes_parse() {
    assert_eq!("any".parse::<QueryMode>().ok(), Some(QueryMode::AnyWords));
    assert_eq!(" ALL ".parse::<QueryMode>().ok(), Some(QueryMode::AllWords));
    assert_eq!("most".parse::<QueryMode>().ok(), Some(QueryMode::MostWords));
    assert_eq!(QueryMode::default(), QueryMode::MostWords);
    for mode in [
        QueryMode::MostWords,
        QueryMode::AllWords,
        QueryMode::AnyWords,
    ] {
        assert_eq!(mode.name().parse::<QueryMode>().ok(), Some(mode));
    }
    assert!("some".parse::<QueryMode>().is_err());
}

#[test]
fn no_input_makes_a_query_fail() {
    let texts = ["疫情防控 COVID-19"];
    let odd = [
        "",
        " ",
        "\"",
        "\"\"",
        "-",
        "NOT",
        "OR",
        "OR OR",
        "title:",
        ":",
        "a:b:c",
        "「」",
        "\"「疫情」\"",
        "title:\"疫情",
        "-\"防控",
        "😀",
        "\u{0}",
        "疫情 NOT",
        "—— ……",
    ];
    for query in odd {
        for mode in [QueryMode::AllWords, QueryMode::AnyWords] {
            let _ = found(&texts, query, mode);
        }
    }
    assert_eq!(found(&texts, "covid 防控", QueryMode::AllWords), [0]);
    assert_eq!(found(&texts, "\"COVID 19\"", QueryMode::AllWords), [0]);
    let long = "疫情防控".repeat(500);
    assert_eq!(found(&texts, &long, QueryMode::AnyWords), [0]);
}

#[test]
fn only_queries_with_plain_words_depend_on_the_tier() {
    let (_, fields) = index_of(&[]);
    let simplify = |s: &str| s.to_string();
    let builder = QueryBuilder::new(&fields, ChineseTokenizer::new().unwrap(), &simplify);
    // (query, whether its query changes with the tier)
    let cases = [
        ("疫情防控", true),
        ("person:洪慶 防控", true),
        ("title:防控", true),
        ("unknown:防控", true),
        ("哪个县的公路", true),
        ("-会议", true),
        // must not: nothing but phrases, filters and exclusions
        ("\"疫情防控\"", false),
        ("person:洪慶", false),
        ("title:\"疫情防控\"", false),
        ("-\"会议\"", false),
        ("person:洪慶 OR place:延吉市", false),
        ("", false),
        ("，。！", false),
    ];
    for (query, tiered) in cases {
        let built: Vec<String> = (QueryMode::MostWords.tiers().iter())
            .map(|tier| format!("{:?}", builder.build_with(query, *tier)))
            .collect();
        assert_eq!(builder.take_tiered(), tiered, "{query:?}");
        if !tiered {
            assert_eq!(built[0], built[1], "{query:?} is the same in every tier");
        }
    }
}
