//! The fast HTML reader against html5ever's tokenizer on every real page of the shared
//! data: the pages of `pages/` and the 4,000 CCTV pages give the same blocks, title,
//! meta pairs and element table both ways, and none is left to html5ever.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::io::Read;
use std::path::{Path, PathBuf};

use xinwen_tests::shared;

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            html_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "html" || e == "htm") {
            out.push(path);
        }
    }
}

/// Checks one page; returns whether the fast reader read it.
fn check(name: &str, bytes: &[u8]) -> bool {
    let text = xinwen_parse::decode(bytes).unwrap().text;
    match xinwen_parse::html_readers_agree(&text) {
        Some(agree) => {
            assert!(agree, "{name}: the readers differ");
            true
        }
        None => false,
    }
}

#[test]
fn both_readers_give_the_same_blocks_on_real_pages() {
    let Some(shared) = shared() else { return };
    let mut files = Vec::new();
    html_files(&shared.join("pages"), &mut files);
    assert!(files.len() >= 60, "{} pages", files.len());
    let mut read = 0;
    for file in &files {
        read += usize::from(check(
            &file.display().to_string(),
            &std::fs::read(file).unwrap(),
        ));
    }
    let archive = zstd::stream::read::Decoder::new(
        std::fs::File::open(shared.join("bench").join("cctv_pages_4000.tar.zst")).unwrap(),
    )
    .unwrap();
    let mut pages = 0;
    for entry in tar::Archive::new(archive).entries().unwrap() {
        let mut entry = entry.unwrap();
        let name = entry.path().unwrap().display().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        read += usize::from(check(&name, &bytes));
        pages += 1;
    }
    assert_eq!(pages, 4000);
    assert_eq!(read, files.len() + pages, "pages left to html5ever");
}
