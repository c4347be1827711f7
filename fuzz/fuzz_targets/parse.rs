//! Any bytes, as a page: decoding, parsing and extraction must never panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use xinwen_extract::{ExtractOptions, Extractor};

fuzz_target!(|data: &[u8]| {
    if let Ok(page) = xinwen_parse::parse_bytes(data) {
        let extractor = Extractor::new(ExtractOptions::fields_only());
        let _ = extractor.extract_page(&page);
    }
});
