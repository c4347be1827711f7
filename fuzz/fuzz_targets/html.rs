//! Any text inside an HTML document: the HTML tokenizer, the tree and the blocks built
//! from it must never panic, whatever tags, entities and nesting the text holds; and
//! wherever the fast HTML reader reads a text, it must give what html5ever gives.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    assert_ne!(
        xinwen_parse::html_readers_agree(&text),
        Some(false),
        "the readers differ on {text:?}"
    );
    let mut html = String::from("<!DOCTYPE html><html><head><title>");
    html.push_str(&text);
    assert_ne!(
        xinwen_parse::html_readers_agree(&html),
        Some(false),
        "the readers differ on {html:?}"
    );
    if let Ok(page) = xinwen_parse::parse_text(&html) {
        for block in &page.blocks {
            let _ = (block.link_density(), block.char_len());
        }
    }
});
