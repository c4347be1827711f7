//! The charset a page declares about itself.

use std::sync::LazyLock;

use encoding_rs::Encoding;
use regex::bytes::Regex;

/// `<meta charset="gbk">`, `<meta http-equiv="Content-Type" content="text/html;
/// charset=gb2312">`, `<?xml version="1.0" encoding="big5"?>`.
static DECLARATION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r#"(?i-u)(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])([a-z0-9_\-:.]{2,40})"#,
    )
    .ok()
});

/// The encoding the first 4 KB of `bytes` declare, if any and if known.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..4096).unwrap_or(bytes);
    let caps = DECLARATION.as_ref()?.captures(head)?;
    Encoding::for_label(caps.get(1)?.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declaration_pattern_compiles() {
        assert!(DECLARATION.is_some());
    }

    #[test]
    fn finds_declarations() {
        let name = |s: &str| declared_charset(s.as_bytes()).map(|e| e.name());
        assert_eq!(name(r#"<meta charset="GB2312" />"#), Some("GBK"));
        assert_eq!(
            name(r#"<meta http-equiv="Content-Type" content="text/html; charset=big5">"#),
            Some("Big5")
        );
        assert_eq!(
            name(r#"<?xml version="1.0" encoding='utf-8'?>"#),
            Some("UTF-8")
        );
        assert_eq!(name("<meta charset=nonsense>"), None);
        assert_eq!(name("<p>charset=gbk</p>"), None);
    }
}
