//! Any text through the normalizer pipeline (whitespace, pinyin annotations, doubled
//! punctuation, mojibake): no panic, and no Han character changed (the page's script is
//! counted before the steps run).

#![no_main]

use libfuzzer_sys::fuzz_target;
use xinwen_chinese::Resources;
use xinwen_parse::normalize::{ChangeCounts, normalize};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut counts = ChangeCounts::new();
    let out = normalize(&text, Resources::global(), &mut counts);
    if let Ok(converter) = Resources::global().converter() {
        assert_eq!(
            converter.count_script_chars(out.text()),
            converter.count_script_chars(&text),
            "a step changed a Han character"
        );
    }
});
