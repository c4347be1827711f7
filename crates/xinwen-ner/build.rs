//! Decompresses the shipped model (`model/ner.bin.zst`) into `$OUT_DIR/ner_model.bin`
//! once, at build time: the program carries the tagger's table as it is used, and
//! loading it at run time decodes nothing (`src/codec.rs` has the layout).

use std::io::Read;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let model = "model/ner.bin.zst";
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed={model}");
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("ner_model.bin");
    let mut bytes = Vec::new();
    ruzstd::decoding::StreamingDecoder::new(std::fs::File::open(model)?)?
        .read_to_end(&mut bytes)?;
    std::fs::write(out, bytes)?;
    Ok(())
}
