//! The `xinwen` command as users run it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use xinwen_tests::{SPEC_FIELDS, repo_root, seed_files, shared};

fn xinwen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xinwen"))
        .args(args)
        .output()
        .unwrap()
}

fn lines(output: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn strs(paths: &[PathBuf]) -> Vec<&str> {
    paths.iter().map(|p| p.to_str().unwrap()).collect()
}

#[test]
fn extract_prints_one_full_record_per_seed_and_an_error_record_for_a_missing_file() {
    let Some(shared) = shared() else { return };
    let seeds = seed_files(&shared);
    let mut args = vec!["extract"];
    args.extend(strs(&seeds));
    let out = xinwen(&args);
    assert!(out.status.success());
    let records = lines(&out);
    assert_eq!(records.len(), 5);
    for record in &records {
        for field in SPEC_FIELDS {
            assert!(record.get(*field).is_some(), "missing {field}");
        }
        assert!(record["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(
            record["paragraphs"]
                .as_array()
                .is_some_and(|p| !p.is_empty())
        );
    }

    args.insert(2, "does/not/exist.txt");
    let out = xinwen(&args);
    assert!(
        out.status.success(),
        "one failing input does not fail the run"
    );
    let records = lines(&out);
    assert_eq!(records.len(), 6);
    assert_eq!(records[1]["path"], "does/not/exist.txt");
    assert!(
        records[1]["error"]
            .as_str()
            .is_some_and(|e| e.contains("does/not/exist.txt"))
    );
    assert_eq!(records.iter().filter(|r| r["error"].is_null()).count(), 5);
}

#[test]
fn extract_fails_when_every_input_fails() {
    let out = xinwen(&["extract", "does/not/exist.txt"]);
    assert!(!out.status.success());
    assert_eq!(lines(&out).len(), 1);
}

#[test]
fn extract_writes_simplified_text_on_request() {
    let Some(shared) = shared() else { return };
    let seed = &seed_files(&shared)[0];
    let out = xinwen(&["extract", "--script", "simplified", seed.to_str().unwrap()]);
    let record = &lines(&out)[0];
    assert_eq!(record["title"], "洪庆检查指导全市疫情防控工作");
}

#[test]
fn the_example_corpus_extracts_without_errors_in_every_encoding() {
    let corpus = repo_root().join("examples").join("corpus");
    let out = xinwen(&["extract", corpus.to_str().unwrap()]);
    assert!(out.status.success());
    let records = lines(&out);
    assert_eq!(records.len(), 14);
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("examples/gold.json")).unwrap(),
    )
    .unwrap();
    for record in &records {
        let path = Path::new(record["path"].as_str().unwrap());
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(record["error"].is_null(), "{name}: {}", record["error"]);
        assert_eq!(record["encoding"], gold[name]["encoding"], "{name}");
        assert!(
            !record["paragraphs"].as_array().unwrap().is_empty(),
            "{name}"
        );
        assert_eq!(record["title"], gold[name]["title"], "{name}");
    }
}

fn index_seeds(shared: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let seeds = shared.join("corpus").join("seeds");
    let out = xinwen(&[
        "index",
        seeds.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

fn search(dir: &Path, args: &[&str]) -> Vec<Value> {
    let index = dir.join("index");
    let mut all = vec!["search", "--index", index.to_str().unwrap()];
    all.extend(args);
    let out = xinwen(&all);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    lines(&out)
}

fn ids(hits: &[Value]) -> Vec<String> {
    let mut ids: Vec<String> = hits
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

#[test]
fn index_and_search_the_seeds() {
    let Some(shared) = shared() else { return };
    let dir = index_seeds(&shared);
    let traditional = search(dir.path(), &["檢查指導"]);
    assert!(!traditional.is_empty());
    assert_eq!(ids(&traditional), ids(&search(dir.path(), &["检查指导"])));
    assert!(
        traditional[0]["path"]
            .as_str()
            .unwrap()
            .ends_with("000_27ba27dc12fa0c55.txt")
    );
    for hit in &traditional {
        for key in [
            "id",
            "url",
            "path",
            "score",
            "title",
            "published",
            "snippet",
        ] {
            assert!(hit.get(key).is_some(), "hit without {key}");
        }
    }
    assert!(
        traditional[0]["snippet"]
            .as_str()
            .unwrap()
            .contains("<b>檢查指導</b>")
    );

    // a two-character word
    assert_eq!(search(dir.path(), &["疫情"]).len(), 5);
    let person = search(dir.path(), &["person:洪庆"]);
    assert!(person.iter().any(|h| {
        h["path"]
            .as_str()
            .unwrap()
            .ends_with("000_27ba27dc12fa0c55.txt")
    }));
    let phrase = search(dir.path(), &["\"疫情防控工作\""]);
    assert!(!phrase.is_empty());
    for hit in search(dir.path(), &["疫情", "--since", "2021-01-01"]) {
        assert!(hit["published"].as_str().unwrap() >= "2021");
    }
}

#[test]
fn whatever_users_type_never_fails_a_search() {
    let Some(shared) = shared() else { return };
    let dir = index_seeds(&shared);
    for query in [
        "\"",
        "::",
        "a:b:c",
        "(((",
        "-",
        "NOT",
        "OR OR",
        "\"疫情",
        "person:",
        "*?",
        "延吉 AND",
        "！？。",
    ] {
        search(dir.path(), &[query]);
    }
}

fn xinwen_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_xinwen"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn every_reader_gives_the_same_article() {
    let page_path = repo_root().join("examples/corpus/01_qinghe_flood.txt");
    let page = std::fs::read(&page_path).unwrap();
    let expected = lines(&xinwen(&["extract", page_path.to_str().unwrap()]))[0]["id"].clone();
    let dir = tempfile::tempdir().unwrap();

    // stdin, as one page or as JSON lines
    let from_stdin = lines(&xinwen_stdin(&["extract", "-"], &page));
    assert_eq!(from_stdin[0]["id"], expected);
    assert_eq!(from_stdin[0]["path"], "-");
    let line = serde_json::json!({"url": "https://example.com/1", "body": String::from_utf8(page.clone()).unwrap()});
    let from_jsonl = lines(&xinwen_stdin(
        &["extract", "--field", "body", "-"],
        format!("{line}\n").as_bytes(),
    ));
    assert_eq!(from_jsonl[0]["id"], expected);
    assert_eq!(from_jsonl[0]["url"], "https://example.com/1");

    // compressed files and compressed JSON lines
    let gz = dir.path().join("page.txt.gz");
    let mut encoder = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).unwrap(),
        flate2::Compression::default(),
    );
    std::io::Write::write_all(&mut encoder, &page).unwrap();
    encoder.finish().unwrap();
    let zst = dir.path().join("pages.jsonl.zst");
    let jsonl = format!("{line}\n{line}\n");
    std::fs::write(&zst, zstd::encode_all(jsonl.as_bytes(), 3).unwrap()).unwrap();
    let records = lines(&xinwen(&[
        "extract",
        gz.to_str().unwrap(),
        zst.to_str().unwrap(),
        "--field",
        "body",
    ]));
    assert_eq!(records.len(), 3);
    assert!(records.iter().all(|r| r["id"] == expected), "{records:?}");
    assert_eq!(records[2]["metadata"]["line"], "2");
}
