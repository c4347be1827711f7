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

/// Reads a whole (possibly compressed) file of at most
/// [`DEFAULT_MAX_PAGE_BYTES`](super::page::DEFAULT_MAX_PAGE_BYTES).
pub fn read_all(path: &Path) -> Result<Vec<u8>, Error> {
    let name = path.display().to_string();
    read_capped(
        open_reader(path)?,
        super::page::DEFAULT_MAX_PAGE_BYTES,
        &name,
    )
}

/// Reads `reader` to its end, refusing it (without reading on) past `max` bytes.
pub fn read_capped(reader: impl Read, max: usize, name: &str) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    (reader.take(limit).read_to_end(&mut bytes)).map_err(|e| Error::io(name, e))?;
    if bytes.len() > max {
        return Err(too_large(name, max));
    }
    Ok(bytes)
}

/// The error of a page over the size limit.
pub(super) fn too_large(name: &str, max: usize) -> Error {
    Error::Decode(format!(
        "{name}: page larger than {max} bytes (decompressed); raise the page size limit to read it"
    ))
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// A gzip bomb (64 MiB of zeros in 64 KiB) is refused after reading past the limit,
    /// not read whole; a page under the limit is read.
    #[test]
    fn pages_over_the_limit_are_refused_unread() {
        let dir = std::env::temp_dir().join(format!("xinwen-open-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let bomb = dir.join("bomb.html.gz");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..64 {
            gz.write_all(&zeros).unwrap();
        }
        std::fs::write(&bomb, gz.finish().unwrap()).unwrap();
        let error = read_capped(open_reader(&bomb).unwrap(), 1 << 20, "bomb").unwrap_err();
        assert!(
            error.to_string().contains("larger than 1048576 bytes"),
            "{error}"
        );
        let small = read_capped(open_reader(&bomb).unwrap(), 64 << 20, "bomb").unwrap();
        assert_eq!(small.len(), 64 << 20);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
