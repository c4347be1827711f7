//! Hostile input, generated here (nothing large is stored): compressed bombs, a huge
//! line inside a compressed JSONL file, symbolic-link loops, a byte-order mark that
//! contradicts the declared charset, multibyte text cut in the middle of a character in
//! each encoding, unreadable, empty and special files. Every input gives a record
//! (content or error) and the run goes on.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::io::Write;
use std::path::Path;

use xinwen_core::Article;
use xinwen_extract::{Extractor, extract_stream};
use xinwen_parse::{Inputs, ReadOptions};

const PAGE: &str = "青禾市召開防汛工作會議\n\n2023年06月14日 18:25\n\n\
                    6月14日上午,青禾市召開防汛工作會議,部署全市防汛抗旱工作,要求各地壓實責任。";

fn extract(path: &Path) -> Vec<Article> {
    let mut out = Vec::new();
    extract_stream(
        &Extractor::default(),
        Inputs::new(&[path], ReadOptions::default()),
        |a| {
            out.push(a);
            Ok::<(), ()>(())
        },
    )
    .unwrap();
    out
}

fn zstd_of(bytes: impl AsRef<[u8]>) -> Vec<u8> {
    zstd::stream::encode_all(bytes.as_ref(), 19).unwrap()
}

#[test]
fn compressed_bombs_and_huge_lines_give_error_records() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // 256 MB of zeros in a few kilobytes
    let mut bomb = zstd::stream::Encoder::new(Vec::new(), 19).unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..256 {
        bomb.write_all(&zeros).unwrap();
    }
    std::fs::write(d.join("bomb.html.zst"), bomb.finish().unwrap()).unwrap();
    let articles = extract(&d.join("bomb.html.zst"));
    assert_eq!(articles.len(), 1);
    assert!(articles[0].error.is_some(), "{:?}", articles[0].error);

    // a 40 MB line between two pages of a compressed JSONL file
    let line = |text: &str| format!("{}\n", serde_json::json!({ "content": text }));
    let huge = line(&"疫".repeat(14 << 20));
    let jsonl = [line(PAGE), huge, line(PAGE)].concat();
    std::fs::write(d.join("pages.jsonl.zst"), zstd_of(jsonl)).unwrap();
    let articles = extract(&d.join("pages.jsonl.zst"));
    let errors: Vec<bool> = articles.iter().map(|a| a.error.is_some()).collect();
    assert_eq!(errors, [false, true, false]);
    assert_eq!(articles[2].title.as_deref(), Some("青禾市召開防汛工作會議"));
}

#[test]
fn symbolic_link_loops_end_the_walk() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("crawl");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(d.join("page.txt"), PAGE).unwrap();
    std::os::unix::fs::symlink("..", d.join("sub").join("up")).unwrap();
    std::os::unix::fs::symlink(&d, d.join("self")).unwrap();
    std::os::unix::fs::symlink("b.txt", d.join("a.txt")).unwrap();
    std::os::unix::fs::symlink("a.txt", d.join("b.txt")).unwrap();
    let articles = extract(&d);
    let good: Vec<&Article> = articles.iter().filter(|a| a.error.is_none()).collect();
    assert_eq!(
        good.len(),
        1,
        "the page once, however many links lead to it"
    );
    assert!(articles.len() <= 3, "{articles:?}");
}

#[test]
fn a_byte_order_mark_outweighs_the_declared_charset() {
    let html = format!(
        "<html><head><meta charset=\"gbk\"></head><body><h1>青禾市召開防汛工作會議</h1><p>{}</p></body></html>",
        PAGE.replace("\n\n", "</p><p>")
    );
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(html.as_bytes());
    let article = Extractor::default().extract_bytes(&bytes, None).unwrap();
    assert_eq!(article.encoding, "utf-8");
    assert!(
        article.text.contains("部署全市防汛抗旱工作"),
        "{}",
        article.text
    );
}

#[test]
fn text_cut_inside_a_character_still_reads_in_every_encoding() {
    for encoding in [
        encoding_rs::UTF_8,
        encoding_rs::GBK,
        encoding_rs::BIG5,
        encoding_rs::GB18030,
    ] {
        let (bytes, _, _) = encoding.encode(PAGE);
        let cut = &bytes[..bytes.len() - 1];
        let article = Extractor::default().extract_bytes(cut, None).unwrap();
        assert!(
            article.text.contains("部署全市防汛抗旱工作"),
            "{}: {}",
            encoding.name(),
            article.text
        );
    }
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(PAGE.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let article = Extractor::default()
        .extract_bytes(&utf16[..utf16.len() - 1], None)
        .unwrap();
    assert!(article.text.contains("部署全市防汛抗旱工作"));
}

/// A file that cannot be read even by root (a link to `/proc/self/mem`, whose first
/// page is never mapped: reading it fails), a broken link, an empty file and a FIFO in
/// a crawl directory: a record with the error for each file that cannot be read, an
/// empty record for the empty file, the FIFO skipped (reading it would block), and the
/// good page read.
#[test]
fn unreadable_empty_and_special_files_in_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("good.txt"), PAGE).unwrap();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    std::os::unix::fs::symlink("/proc/self/mem", d.join("unreadable.html")).unwrap();
    std::os::unix::fs::symlink("missing.txt", d.join("broken.txt")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(d.join("pipe.txt"))
        .status()
        .unwrap();
    assert!(fifo.success());
    let articles = extract(d);
    let by = |name: &str| {
        (articles.iter())
            .find(|a| a.path.as_deref().is_some_and(|p| p.ends_with(name)))
            .unwrap_or_else(|| panic!("no record of {name}: {articles:?}"))
    };
    assert_eq!(articles.len(), 4, "{articles:?}");
    assert_eq!(
        by("good.txt").title.as_deref(),
        Some("青禾市召開防汛工作會議")
    );
    assert!(by("empty.txt").error.is_none() && by("empty.txt").text.is_empty());
    assert!(
        by("unreadable.html").error.is_some(),
        "{:?}",
        by("unreadable.html")
    );
    assert!(by("broken.txt").error.is_some());
}
