//! Any bytes, as a JSON-lines collection: every line gives a page or a failure, with a
//! small line limit so that the over-long line path is taken too.

#![no_main]

use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use xinwen_parse::ReadOptions;
use xinwen_parse::read::JsonLines;

fuzz_target!(|data: &[u8]| {
    let options = ReadOptions {
        max_page_bytes: 512,
        ..ReadOptions::default()
    };
    let reader = Box::new(Cursor::new(data.to_vec()));
    for item in JsonLines::new(reader, "fuzz.jsonl", &options).take(10_000) {
        let _ = item;
    }
});
