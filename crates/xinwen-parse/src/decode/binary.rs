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

/// At most one byte in this many may be a NUL in a page read as text (UTF-16 without
/// a byte-order mark has one in two or four).
const NUL_RARITY: usize = 100;

/// The bytes without their NULs, when NULs are rare and what is left is text: a page
/// damaged by a few stray NULs is still read.
pub(crate) fn without_stray_nuls(bytes: &[u8]) -> Option<Vec<u8>> {
    let nuls = bytes.iter().filter(|&&b| b == 0).count();
    if nuls == 0 || nuls * NUL_RARITY > bytes.len() {
        return None;
    }
    let text: Vec<u8> = bytes.iter().copied().filter(|&b| b != 0).collect();
    binary_kind(&text).is_none().then_some(text)
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

    #[test]
    fn stray_nuls_are_dropped_from_text_only() {
        let page = format!("<html><body><p>{}</p>\0\0</body></html>", "新闻".repeat(50));
        let text = super::without_stray_nuls(page.as_bytes()).unwrap();
        assert_eq!(text.len(), page.len() - 2);
        // must-not: many NULs (UTF-16 without a byte-order mark), images, no NUL at all
        let utf16: Vec<u8> = "<p>新闻</p>"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert!(super::without_stray_nuls(&utf16).is_none());
        assert!(super::without_stray_nuls(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").is_none());
        assert!(super::without_stray_nuls("新闻".as_bytes()).is_none());
    }
}
