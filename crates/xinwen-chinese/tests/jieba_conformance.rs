//! The segmenter cuts and tags as jieba-rs 0.11 does (the dictionary compiled at build
//! time instead of built at start-up must change nothing): every line of the example
//! corpus and of OpenCC's test cases, as the pipeline segments them (in simplified
//! script), in default and search mode, with and without the model of unknown words.
//!
//! One difference is known and left: a word outside the dictionary that the model of
//! unknown words would cut in several pieces when alone is tagged with its longest
//! piece's tag, where jieba-rs tags the whole word (`室內` in traditional script given
//! as it is: `f`, jieba-rs `s`); it did not occur in 720,925 words of news.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use jieba_rs::{Jieba, TokenizeMode};
use xinwen_chinese::Resources;

fn lines() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/corpus");
    let mut files: Vec<_> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut lines = Vec::new();
    for f in files {
        let text = String::from_utf8_lossy(&std::fs::read(f).unwrap()).into_owned();
        lines.extend(text.lines().map(str::to_string));
    }
    let cases = include_str!("opencc_cases.tsv");
    lines.extend(
        cases
            .lines()
            .flat_map(|l| l.split('\t'))
            .map(str::to_string),
    );
    lines.push("WES-5.4.5版本 iPhone15 3.6.3 abc- 12% C++ c# a&b\r\n中华人民共和国".into());
    lines
}

#[test]
fn cuts_and_tags_as_jieba() {
    let jieba = Jieba::new();
    let segmenter = Resources::global().segmenter();
    let converter = Resources::global().converter().unwrap();
    let (mut checked, mut words) = (0, 0);
    for line in lines() {
        let line = converter.to_simplified(&line);
        for search in [false, true] {
            let mode = if search {
                TokenizeMode::Search
            } else {
                TokenizeMode::Default
            };
            let want: Vec<_> = (jieba.tokenize(&line, mode, true).into_iter())
                .map(|t| (t.start, t.end, t.byte_start, t.byte_end))
                .collect();
            let mut got = Vec::new();
            segmenter.for_each_word(&line, search, None, |w| {
                got.push((w.start, w.end, w.byte_start, w.byte_end));
            });
            assert_eq!(got, want, "{line} (search {search})");
            words += got.len();
        }
        for hmm in [true, false] {
            let want: Vec<_> = (jieba.tag(&line, hmm).into_iter())
                .map(|t| (t.word.to_string(), t.tag.to_string()))
                .collect();
            let mut got = Vec::new();
            segmenter.tag_words(&line, hmm, |w, t| got.push((w.to_string(), t.to_string())));
            assert_eq!(got, want, "{line} (hmm {hmm})");
        }
        checked += 1;
    }
    assert!(
        checked > 1000 && words > 20_000,
        "{checked} lines, {words} words"
    );
}
