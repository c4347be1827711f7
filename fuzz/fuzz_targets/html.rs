//! Any text inside an HTML document: the HTML tokenizer, the tree and the blocks built
//! from it must never panic, whatever tags, entities and nesting the text holds.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut html = String::from("<!DOCTYPE html><html><head><title>");
    html.push_str(&String::from_utf8_lossy(data));
    if let Ok(page) = xinwen_parse::parse_text(&html) {
        for block in &page.blocks {
            let _ = (block.link_density(), block.char_len());
        }
    }
});
