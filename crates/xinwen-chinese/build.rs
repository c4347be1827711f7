//! Compiles the place table (`data/gazetteer.tsv.zst`) into a finite-state map once, at
//! build time, so that loading the gazetteer costs nothing at run time.
//!
//! Writes `$OUT_DIR/gazetteer.fst` (name → levels | alias index << 8) and
//! `$OUT_DIR/gazetteer_aliases.txt` (the full names short names stand for, one a line;
//! line 0 is empty).

use std::io::Read;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let table = "data/gazetteer.tsv.zst";
    println!("cargo::rerun-if-changed={table}");
    println!("cargo::rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    let mut text = String::new();
    ruzstd::decoding::StreamingDecoder::new(std::fs::File::open(table)?)?
        .read_to_string(&mut text)?;
    let mut aliases = vec![String::new()];
    let mut entries: Vec<(String, u64)> = Vec::new();
    for line in text.lines() {
        let mut fields = line.split('\t');
        let (Some(name), Some(levels)) = (
            fields.next(),
            fields.next().and_then(|l| l.parse::<u64>().ok()),
        ) else {
            continue;
        };
        let alias = match fields.next().filter(|a| !a.is_empty()) {
            Some(full) => {
                aliases.push(full.to_string());
                aliases.len() as u64 - 1
            }
            None => 0,
        };
        entries.push((name.to_string(), levels | (alias << 8)));
    }
    entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    entries.dedup_by(|a, b| a.0 == b.0);
    let map = fst::Map::from_iter(entries)?;
    std::fs::write(out.join("gazetteer.fst"), map.as_fst().as_bytes())?;
    std::fs::write(out.join("gazetteer_aliases.txt"), aliases.join("\n"))?;
    Ok(())
}
