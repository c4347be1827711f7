//! Bad input never panics and never stops a batch: each bad page gives a record with
//! `error`, or an empty record, and the good pages around it still come out.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;

use xinwen_core::{Article, FlagKind};
use xinwen_extract::{Extractor, extract_stream};
use xinwen_parse::{Inputs, ReadOptions};

const GOOD: &str = "青禾市召開防汛工作會議\n\n2023年06月14日 18:25\n\n6月14日上午,青禾市召開防汛工作會議,部署全市防汛抗旱工作,要求各地壓實責任。";

fn extract_dir(dir: &Path) -> Vec<Article> {
    extract_with(dir, ReadOptions::default())
}

fn extract_with(dir: &Path, options: ReadOptions) -> Vec<Article> {
    let mut out = Vec::new();
    let inputs = Inputs::new(&[dir], options);
    extract_stream(&Extractor::default(), inputs, |a| {
        out.push(a);
        Ok::<(), ()>(())
    })
    .unwrap();
    out
}

fn by_name<'a>(articles: &'a [Article], name: &str) -> &'a Article {
    articles
        .iter()
        .find(|a| a.path.as_deref().is_some_and(|p| p.ends_with(name)))
        .unwrap_or_else(|| panic!("no record for {name}"))
}

#[test]
fn a_directory_of_bad_pages() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("00_good.txt"), GOOD).unwrap();
    std::fs::write(d.join("01_empty.txt"), b"").unwrap();
    std::fs::write(
        d.join("02_image.html"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10",
    )
    .unwrap();
    let mut truncated = GOOD.as_bytes().to_vec();
    truncated.truncate(truncated.len() - 2);
    std::fs::write(d.join("03_truncated.txt"), truncated).unwrap();
    std::fs::write(d.join("04_huge_line.txt"), "疫情防控工作".repeat(3_000_000)).unwrap();
    let depth = 100_000;
    let deep = format!(
        "<html><body>{}深層嵌套的文字內容,解析器應當照樣讀出。{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    std::fs::write(d.join("05_deep.html"), deep).unwrap();
    std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("06_broken_link.txt")).unwrap();
    let fifo = d.join("07_fifo.txt");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    std::fs::create_dir(d.join("08_sub")).unwrap();
    std::fs::write(
        d.join("08_sub").join("good.html"),
        format!("<p>{}</p>", GOOD.replace("\n\n", "</p><p>")),
    )
    .unwrap();
    std::fs::write(
        d.join("09_binary.txt"),
        (0u8..=255).cycle().take(10_000).collect::<Vec<u8>>(),
    )
    .unwrap();

    // a page of 2.6 KB with three NULs in it
    let paragraph = "\n\n會議指出,各地要嚴格落實防汛責任制,加強巡查值守。";
    let longer = format!("{GOOD}{}", paragraph.repeat(30));
    let mut nuls = longer.as_bytes().to_vec();
    let middle = (nuls.len() / 2..)
        .find(|&i| longer.is_char_boundary(i))
        .unwrap();
    nuls.splice(middle..middle, [0u8, 0, 0]);
    std::fs::write(d.join("10_nuls.txt"), nuls).unwrap();

    let articles = extract_dir(d);
    assert_eq!(articles.len(), 10, "every file but the FIFO gives a record");
    assert!(by_name(&articles, "00_good.txt").error.is_none());
    assert_eq!(
        by_name(&articles, "00_good.txt").title.as_deref(),
        Some("青禾市召開防汛工作會議")
    );
    let empty = by_name(&articles, "01_empty.txt");
    assert!(empty.error.is_none() && empty.paragraphs.is_empty());
    assert!(
        by_name(&articles, "02_image.html")
            .error
            .as_deref()
            .unwrap()
            .contains("PNG")
    );
    let truncated = by_name(&articles, "03_truncated.txt");
    assert!(truncated.error.is_none() && !truncated.paragraphs.is_empty());
    // a 54 MB line is over the default page limit: a record saying so; read with a
    // higher limit, it is a page like any other
    let huge = by_name(&articles, "04_huge_line.txt");
    assert!(
        huge.error.as_deref().unwrap().contains("larger than"),
        "{huge:?}"
    );
    let options = ReadOptions {
        max_page_bytes: 64 << 20,
        ..ReadOptions::default()
    };
    let raised = extract_with(d, options);
    assert!(by_name(&raised, "04_huge_line.txt").error.is_none());
    let deep = by_name(&articles, "05_deep.html");
    assert!(
        deep.error.is_none() && deep.text.contains("深層嵌套的文字內容"),
        "{deep:?}"
    );
    assert!(by_name(&articles, "06_broken_link.txt").error.is_some());
    assert!(by_name(&articles, "good.html").error.is_none());
    assert!(by_name(&articles, "09_binary.txt").error.is_some());
    // a page with a few NUL bytes is read without them, and says so
    let nuls = by_name(&articles, "10_nuls.txt");
    assert_eq!(
        nuls.title.as_deref(),
        Some("青禾市召開防汛工作會議"),
        "{:?}",
        nuls.error
    );
    let flag = nuls.flags.iter().find(|f| f.kind == FlagKind::NulBytes);
    assert_eq!(flag.map(|f| f.text.as_str()), Some("3"), "{:?}", nuls.flags);
}

#[test]
fn malformed_jsonl_lines_are_records_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pages.jsonl");
    let lines = [
        format!(
            "{{\"url\": \"https://a/1\", \"content\": {}}}",
            serde_json::to_string(GOOD).unwrap()
        ),
        "{not json".to_string(),
        "[1, 2]".to_string(),
        "{\"content\": 42}".to_string(),
        format!(
            "{{\"url\": \"https://a/5\", \"content\": {}}}",
            serde_json::to_string(GOOD).unwrap()
        ),
    ];
    std::fs::write(&path, lines.join("\n")).unwrap();
    let articles = extract_dir(dir.path());
    assert_eq!(articles.len(), 5);
    assert_eq!(articles.iter().filter(|a| a.error.is_some()).count(), 3);
    assert_eq!(articles[4].url.as_deref(), Some("https://a/5"));
    assert_eq!(articles[4].metadata["line"], "5");
}
