//! Telling binary files from pages.

/// File signatures of common binary formats that end up in crawl folders.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1F\x8B", "gzip data"),
    (b"\x28\xB5\x2F\xFD", "zstd data"),
    (b"\x7FELF", "an executable"),
    (b"RIFF", "a media file"),
    (b"\0\0\0", "binary data"),
];

/// What kind of binary content `bytes` hold, or `None` for text. Besides known
/// signatures, NUL bytes or many control characters near the start mean binary.
pub(crate) fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if let Some((_, kind)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Some(kind);
    }
    let head = bytes.get(..8192).unwrap_or(bytes);
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1B))
        .count();
    let has_nul = head.contains(&0);
    (has_nul || controls * 20 > head.len().max(1)).then_some("binary data")
}

#[cfg(test)]
mod tests {
    use super::binary_kind;

    #[test]
    fn text_is_not_binary() {
        assert_eq!(binary_kind("新闻\r\n\tnews".as_bytes()), None);
        assert_eq!(binary_kind(b""), None);
        assert_eq!(binary_kind(b"\x89PNG\r\n"), Some("a PNG image"));
        assert_eq!(binary_kind(b"abc\0def"), Some("binary data"));
    }
}
