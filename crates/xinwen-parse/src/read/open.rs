//! Opening files, decompressing `.gz` and `.zst` on the fly.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use xinwen_core::Error;

/// True for `.jsonl`, `.ndjson` and `.jl` files, compressed or not.
pub fn is_jsonl(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let name = name.to_ascii_lowercase();
    let inner = name
        .strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".zst"))
        .unwrap_or(&name);
    [".jsonl", ".ndjson", ".jl"]
        .iter()
        .any(|ext| inner.ends_with(ext))
}

/// A buffered reader of the file's content, decompressed when the file is gzip or zstd
/// (told by its first bytes, whatever its name).
pub fn open_reader(path: &Path) -> Result<Box<dyn BufRead + Send>, Error> {
    let name = path.display().to_string();
    let io = |e: std::io::Error| Error::io(name.as_str(), e);
    let mut file = BufReader::with_capacity(1 << 16, File::open(path).map_err(io)?);
    let head = file.fill_buf().map_err(io)?;
    if head.starts_with(&[0x1F, 0x8B]) {
        let decoder = flate2::bufread::MultiGzDecoder::new(file);
        return Ok(Box::new(BufReader::with_capacity(1 << 16, decoder)));
    }
    if head.starts_with(&[0x28, 0xB5, 0x2F, 0xFD]) {
        let decoder = zstd::stream::read::Decoder::with_buffer(file).map_err(io)?;
        return Ok(Box::new(BufReader::with_capacity(1 << 16, decoder)));
    }
    Ok(Box::new(file))
}

/// Reads a whole (possibly compressed) file.
pub fn read_all(path: &Path) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    open_reader(path)?
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path.display().to_string(), e))?;
    Ok(bytes)
}
