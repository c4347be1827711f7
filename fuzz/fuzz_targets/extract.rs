//! Any text, as a page extracted with every analysis (people, places, organizations,
//! dates, events, keywords, quantities): nothing may panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use xinwen_extract::Extractor;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(page) = xinwen_parse::parse_text(&text) {
        let _ = Extractor::default().extract_page(&page);
    }
});
