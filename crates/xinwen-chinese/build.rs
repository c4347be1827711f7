//! Compiles the shipped tables into finite-state maps once, at build time, so that
//! loading them costs nothing at run time:
//!
//! - the place table (`data/gazetteer.tsv.zst`): `$OUT_DIR/gazetteer.fst` (name → levels
//!   | alias index << 8), `$OUT_DIR/gazetteer_aliases.txt` (the full names short names
//!   stand for, one a line; line 0 is empty) and `$OUT_DIR/gazetteer_starts.bin` (how
//!   names start: `src/name_starts.rs`);
//! - the script conversion tables (`data/opencc.tsv.zst`): one map per table,
//!   `$OUT_DIR/opencc_<table>.fst` (key → byte offset << 8 | byte length of its value in
//!   `$OUT_DIR/opencc_values.txt`), and `$OUT_DIR/opencc_tables.rs`, the list of them;
//! - the segmentation dictionary (`data/words.tsv.zst`): `$OUT_DIR/word_trie.bin` (a
//!   character trie, see `word_table`), `$OUT_DIR/word_tags.txt` (the part-of-speech tags,
//!   one a line) and `$OUT_DIR/word_total.rs`, the sum of the frequencies;
//! - the IDF table of keyword extraction (`data/idf.tsv.zst`): `$OUT_DIR/idf.fst` (word →
//!   the bits of its IDF as `f64`) and `$OUT_DIR/idf_median.rs`, the IDF of a word the
//!   table does not hold (the median);
//! - the word and character classes of the NER features (`build/word_classes.rs`): a
//!   word's class in its dictionary entry, the characters' in `$OUT_DIR/char_classes.bin`;
//! - the 6,763 Chinese characters of GB 2312, the character set of simplified script
//!   (`$OUT_DIR/gb2312.txt`), decoded from their codes.

use std::io::Read;
use std::path::{Path, PathBuf};

include!("src/name_starts.rs");

#[path = "build/gb2312.rs"]
mod gb2312;
#[path = "build/word_classes.rs"]
mod word_classes;

type BuildResult = Result<(), Box<dyn std::error::Error>>;

fn main() -> BuildResult {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/name_starts.rs");
    println!("cargo::rerun-if-changed=build/");
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    gazetteer(&out)?;
    conversion_tables(&out)?;
    idf_table(&out)?;
    let words = read_zst("data/word_clusters.tsv.zst")?;
    word_table(&out, &word_classes::word_classes(&words)?)?;
    word_classes::char_table(&read_zst("data/char_clusters.tsv.zst")?, &out)?;
    gb2312::write(&out)
}

/// The dictionary as a character trie in breadth-first order, so that the children of
/// a node are consecutive: `$OUT_DIR/word_trie.bin` holds, little-endian, the node
/// count `n`, then `n + 1` `u32`s (the first child of each node; the children of `v` are
/// `first[v]..first[v + 1]`), `n` `u32`s (the character leading to each node; children
/// in increasing order) and `n` `u64`s (word class << 56 | frequency << 8 | tag index
/// of the word ending at the node, 0 for none; the class from `classes`, 0 for none).
fn word_table(out: &Path, classes: &std::collections::HashMap<&str, u64>) -> BuildResult {
    let text = read_zst("data/words.tsv.zst")?;
    let mut tags: Vec<&str> = Vec::new();
    let mut total: u64 = 0;
    // the trie with children in ordered maps, node 0 the root
    let mut children: Vec<std::collections::BTreeMap<char, usize>> = vec![Default::default()];
    let mut entry: Vec<u64> = vec![0];
    for line in text.lines() {
        let mut fields = line.split('\t');
        let (Some(word), Some(freq), Some(tag)) = (fields.next(), fields.next(), fields.next())
        else {
            return Err(format!("word table: bad line {line:?}").into());
        };
        let freq: u64 = freq.parse()?;
        if freq == 0 || freq >= 1 << 48 || word.is_empty() {
            return Err(format!("word table: bad entry {line:?}").into());
        }
        let tag = match tags.iter().position(|t| *t == tag) {
            Some(i) => i,
            None => {
                tags.push(tag);
                tags.len() - 1
            }
        };
        if tag > 255 {
            return Err("word table: more than 256 tags".into());
        }
        total += freq;
        let mut node = 0;
        for c in word.chars() {
            node = match children[node].get(&c) {
                Some(&next) => next,
                None => {
                    children.push(Default::default());
                    entry.push(0);
                    let next = children.len() - 1;
                    children[node].insert(c, next);
                    next
                }
            };
        }
        let class = classes.get(word).copied().unwrap_or(0);
        entry[node] = class << 56 | freq << 8 | tag as u64;
    }
    // breadth-first numbering
    let mut order = vec![0usize];
    let mut label = vec![0u32];
    let mut first = Vec::with_capacity(children.len() + 1);
    let mut at = 0;
    while let Some(&node) = order.get(at) {
        first.push(order.len() as u32);
        for (&c, &child) in &children[node] {
            order.push(child);
            label.push(c as u32);
        }
        at += 1;
    }
    first.push(order.len() as u32);
    let n = order.len();
    let mut bytes = Vec::with_capacity(4 + 16 * n + 4);
    bytes.extend_from_slice(&(n as u32).to_le_bytes());
    first
        .iter()
        .for_each(|x| bytes.extend_from_slice(&x.to_le_bytes()));
    label
        .iter()
        .for_each(|x| bytes.extend_from_slice(&x.to_le_bytes()));
    order
        .iter()
        .for_each(|&v| bytes.extend_from_slice(&entry[v].to_le_bytes()));
    std::fs::write(out.join("word_trie.bin"), bytes)?;
    std::fs::write(out.join("word_tags.txt"), tags.join("\n"))?;
    std::fs::write(
        out.join("word_total.rs"),
        format!("const TOTAL_FREQUENCY: u64 = {total};\n"),
    )?;
    Ok(())
}

/// Word → IDF (its `f64` bits), sorted by word, and the median IDF.
fn idf_table(out: &Path) -> BuildResult {
    let text = read_zst("data/idf.tsv.zst")?;
    let mut entries: Vec<(&str, f64)> = Vec::new();
    for line in text.lines() {
        let (word, idf) = line
            .split_once('\t')
            .ok_or("idf table: a line without a tab")?;
        entries.push((word, idf.parse::<f64>()?));
    }
    let mut idfs: Vec<f64> = entries.iter().map(|e| e.1).collect();
    idfs.sort_by(f64::total_cmp);
    let median = idfs
        .get(idfs.len().saturating_sub(1) / 2)
        .ok_or("idf table is empty")?;
    entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    entries.dedup_by(|a, b| a.0 == b.0);
    let map = fst::Map::from_iter(entries.into_iter().map(|(w, idf)| (w, idf.to_bits())))?;
    std::fs::write(out.join("idf.fst"), map.as_fst().as_bytes())?;
    std::fs::write(
        out.join("idf_median.rs"),
        format!("const MEDIAN_IDF_BITS: u64 = {:#x};\n", median.to_bits()),
    )?;
    Ok(())
}

fn read_zst(path: &str) -> Result<String, Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed={path}");
    let mut text = String::new();
    ruzstd::decoding::StreamingDecoder::new(std::fs::File::open(path)?)?
        .read_to_string(&mut text)?;
    Ok(text)
}

/// One finite-state map per conversion table. Every entry must keep the number of
/// characters (OpenCC's tables do): that is what lets a converted text share its
/// character offsets with the original, so the build refuses a table that does not.
fn conversion_tables(out: &Path) -> BuildResult {
    let text = read_zst("data/opencc.tsv.zst")?;
    let mut values = String::new();
    let mut tables: Vec<(String, Vec<(String, u64)>)> = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = line.split('\t');
        let (Some(table), Some(key), Some(value)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        if key.chars().count() != value.chars().count() {
            return Err(format!("{table}: {key} -> {value} changes the length").into());
        }
        if value.len() > 0xff {
            return Err(format!("{table}: the value of {key} is over 255 bytes").into());
        }
        if tables.last().is_none_or(|(name, _)| name != table) {
            tables.push((table.to_string(), Vec::new()));
        }
        let packed = ((values.len() as u64) << 8) | value.len() as u64;
        values.push_str(value);
        if let Some((_, entries)) = tables.last_mut() {
            entries.push((key.to_string(), packed));
        }
    }
    let mut list = String::from(
        "/// The conversion tables compiled by build.rs: name and finite-state map.\n",
    );
    list.push_str("/// And the characters its keys begin with, and its keys of one character.\n");
    list.push_str("pub(crate) const TABLES: &[(&str, &[u8], &str, &str)] = &[\n");
    for (name, mut entries) in tables {
        entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        entries.dedup_by(|a, b| a.0 == b.0);
        let mut starts: Vec<char> = entries
            .iter()
            .filter_map(|(k, _)| k.chars().next())
            .collect();
        starts.dedup();
        let singles: String = (entries.iter())
            .filter(|(k, _)| k.chars().count() == 1)
            .map(|(k, _)| k.as_str())
            .collect();
        let map = fst::Map::from_iter(entries)?;
        let file = format!("opencc_{name}.fst");
        std::fs::write(out.join(&file), map.as_fst().as_bytes())?;
        let starts_file = format!("opencc_{name}.starts.txt");
        std::fs::write(
            out.join(&starts_file),
            starts.into_iter().collect::<String>(),
        )?;
        let singles_file = format!("opencc_{name}.singles.txt");
        std::fs::write(out.join(&singles_file), singles)?;
        list.push_str(&format!(
            "    (\"{name}\", include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{file}\")), \
             include_str!(concat!(env!(\"OUT_DIR\"), \"/{starts_file}\")), \
             include_str!(concat!(env!(\"OUT_DIR\"), \"/{singles_file}\"))),\n"
        ));
    }
    list.push_str("];\n");
    std::fs::write(out.join("opencc_values.txt"), values)?;
    std::fs::write(out.join("opencc_tables.rs"), list)?;
    Ok(())
}

fn gazetteer(out: &Path) -> BuildResult {
    let text = read_zst("data/gazetteer.tsv.zst")?;
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
    let mut starts = vec![0u8; (SINGLE_BITS + PAIR_BITS) / 8];
    let mut set = |bit: usize| {
        if let Some(byte) = starts.get_mut(bit / 8) {
            *byte |= 1 << (bit % 8);
        }
    };
    for (name, _) in &entries {
        let mut chars = name.chars();
        match (chars.next(), chars.next()) {
            (Some(a), None) => single_bit(a).into_iter().for_each(&mut set),
            (Some(a), Some(b)) => set(SINGLE_BITS + pair_bit(a, b)),
            _ => {}
        }
    }
    std::fs::write(out.join("gazetteer_starts.bin"), starts)?;
    let map = fst::Map::from_iter(entries)?;
    std::fs::write(out.join("gazetteer.fst"), map.as_fst().as_bytes())?;
    std::fs::write(out.join("gazetteer_aliases.txt"), aliases.join("\n"))?;
    Ok(())
}
