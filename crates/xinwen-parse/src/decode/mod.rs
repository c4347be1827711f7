//! Bytes → text: byte-order marks, the charset a page declares, and detection.
//!
//! Order of trust: a byte-order mark; then bytes that are valid UTF-8; then the charset
//! the page declares (`<meta charset>`, `http-equiv`, XML declaration) when the bytes
//! decode under it without error; then the encoding chardetng guesses from the bytes.

mod binary;
mod declared;

use encoding_rs::{Encoding, GB18030, GBK, UTF_8};
use xinwen_core::Error;

pub use declared::declared_charset;

/// A decoded page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding it was decoded from: `utf-8`, `gb18030`, `big5`, `utf-16le`, …
    pub encoding: &'static str,
    /// True when some bytes were invalid in that encoding and became U+FFFD.
    pub malformed: bool,
    /// NUL bytes dropped before decoding (a few in a page of text).
    pub nul_bytes: usize,
}

/// The name xinwen reports for an encoding: lowercase, GBK and GB2312 as their superset
/// `gb18030` (one decoder reads all three).
pub fn encoding_name(encoding: &'static Encoding) -> &'static str {
    match encoding.name() {
        "UTF-8" => "utf-8",
        "GBK" | "gb18030" => "gb18030",
        "Big5" => "big5",
        "UTF-16LE" => "utf-16le",
        "UTF-16BE" => "utf-16be",
        "Shift_JIS" => "shift_jis",
        "EUC-KR" => "euc-kr",
        "EUC-JP" => "euc-jp",
        "windows-1252" => "windows-1252",
        other => other,
    }
}

/// GBK and GB2312 pages are decoded as GB18030, their superset.
fn widen(encoding: &'static Encoding) -> &'static Encoding {
    if encoding == GBK { GB18030 } else { encoding }
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, malformed) = widen(encoding).decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: encoding_name(encoding),
        malformed,
        nul_bytes: 0,
    }
}

/// True when `bytes` are UTF-8, allowing a multibyte sequence cut off at the very end.
fn is_utf8(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && e.valid_up_to() + 4 > bytes.len(),
    }
}

/// The encoding the bytes look like. A page cut inside a character (a partial
/// download) can look like a single-byte encoding, the torn character ruling out its
/// own: then up to three trailing bytes that may open a multibyte character are left
/// out, and a multibyte encoding that fits what comes before the cut wins.
fn guess(bytes: &[u8]) -> &'static Encoding {
    let whole = detect(bytes);
    if !whole.is_single_byte() {
        return whole;
    }
    (1..=3)
        .take_while(|&cut| bytes.len() > cut && bytes[bytes.len() - cut] >= 0x80)
        .map(|cut| detect(&bytes[..bytes.len() - cut]))
        .find(|e| !e.is_single_byte())
        .unwrap_or(whole)
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// Decodes the bytes of a page. Fails only on content that is not text (images,
/// archives, executables); any text decodes, with invalid bytes replaced by U+FFFD.
///
/// ```
/// use xinwen_parse::decode;
///
/// // a GBK page: 延吉市召开疫情防控工作会议, 市委书记洪庆主持会议
/// let (gbk, _, _) = encoding_rs::GBK.encode("延吉市召开疫情防控工作会议，市委书记洪庆主持会议。");
/// let page = decode(&gbk).unwrap();
/// assert_eq!(page.encoding, "gb18030");
/// assert!(page.text.starts_with("延吉市召开"));
///
/// // an image is no page
/// assert!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01").is_err());
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded, Error> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(decode_with(
            encoding,
            bytes.get(bom_len..).unwrap_or_default(),
        ));
    }
    if let Some(kind) = binary::binary_kind(bytes) {
        if let Some(text) = binary::without_stray_nuls(bytes) {
            let nul_bytes = bytes.len() - text.len();
            return decode(&text).map(|d| Decoded { nul_bytes, ..d });
        }
        return Err(Error::Decode(format!("{kind}, not a text or HTML page")));
    }
    if is_utf8(bytes) {
        return Ok(decode_with(UTF_8, bytes));
    }
    let guessed = decode_with(widen(guess(bytes)), bytes);
    let Some(declared) = declared_charset(bytes).map(widen) else {
        return Ok(guessed);
    };
    if encoding_name(declared) == guessed.encoding {
        return Ok(guessed);
    }
    // A declaration the bytes contradict is common (`utf-8` over GBK bytes, `gb2312`
    // over Big5): a declared charset under which the bytes are invalid loses; when both
    // decode cleanly, the text with more plausible Chinese wins, the declaration ties.
    let Some(text) = declared.decode_without_bom_handling_and_without_replacement(bytes) else {
        return Ok(guessed);
    };
    if guessed.malformed || plausibility(&text) >= plausibility(&guessed.text) {
        return Ok(decode_with(declared, bytes));
    }
    Ok(guessed)
}

/// The share of Chinese characters in `text` that are common ones: near 1 for Chinese
/// decoded right, far lower for bytes read in the wrong double-byte encoding.
fn plausibility(text: &str) -> f64 {
    let Ok(common) = xinwen_chinese::Resources::global().common_chars() else {
        return 0.0;
    };
    let (mut han, mut ok) = (0usize, 0usize);
    for c in text
        .chars()
        .filter(|c| ('\u{3400}'..='\u{9FFF}').contains(c))
    {
        han += 1;
        ok += usize::from(common.is_common(c));
    }
    if han == 0 {
        0.0
    } else {
        ok as f64 / han as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::BIG5;

    const TEXT: &str =
        "洪慶檢查指導全市疫情防控工作。延吉市疾病預防控制中心,查看了疫情防控消毒器械庫。";

    #[test]
    fn utf8_gb18030_big5_and_utf16() {
        let (gb, _, _) = GB18030.encode(TEXT);
        let (big5, _, _) = BIG5.encode(TEXT);
        assert_eq!(decode(TEXT.as_bytes()).unwrap().encoding, "utf-8");
        let d = decode(&gb).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (TEXT, "gb18030"));
        let d = decode(&big5).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (TEXT, "big5"));
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(TEXT.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let d = decode(&utf16).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (TEXT, "utf-16le"));
    }

    #[test]
    fn a_wrong_declaration_is_overruled() {
        let html =
            format!("<html><head><meta charset=\"utf-8\"></head><body><p>{TEXT}</p></body></html>");
        let (gb, _, _) = GBK.encode(&html);
        let d = decode(&gb).unwrap();
        assert_eq!(d.encoding, "gb18030");
        assert!(d.text.contains(TEXT));
    }

    #[test]
    fn truncated_and_empty_input() {
        let bytes = TEXT.as_bytes();
        let d = decode(&bytes[..bytes.len() - 1]).unwrap();
        assert_eq!(d.encoding, "utf-8");
        assert!(d.malformed);
        assert_eq!(decode(b"").unwrap().text, "");
    }

    #[test]
    fn binary_content_is_an_error() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
        assert!(matches!(decode(png), Err(Error::Decode(_))));
    }
}
