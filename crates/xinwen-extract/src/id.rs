//! Stable article ids.

use std::collections::BTreeMap;

use xinwen_core::Article;
use xxhash_rust::xxh3::xxh3_64;

/// The id of an article (its text given in simplified script as `simplified_text`): a
/// hash of its body in simplified script with whitespace and punctuation removed, so the
/// same story re-crawled, re-encoded or re-punctuated gets the same id. An article
/// without body is identified by its title and where it was published: its URL, else
/// its date, else (nothing else telling it apart) its file; so the same item read from
/// two files gets one id.
pub(crate) fn article_id_with(article: &Article, simplified_text: &str) -> String {
    if !article.text.is_empty() {
        // the letters and digits of the body joined, hashed in one call (a streaming
        // hasher fed run by run costs more than the copy)
        let bytes = simplified_text.as_bytes();
        let mut kept = Vec::with_capacity(bytes.len());
        let mut run = 0; // where the current run of letters and digits starts
        for (i, c) in simplified_text.char_indices() {
            if !is_letter_or_digit(c) {
                kept.extend_from_slice(bytes.get(run..i).unwrap_or_default());
                run = i + c.len_utf8();
            }
        }
        kept.extend_from_slice(bytes.get(run..).unwrap_or_default());
        return format!("{:016x}", xxh3_64(&kept));
    }
    let title = article.title.as_deref().unwrap_or("");
    let place = (article.url.as_deref())
        .map(|url| format!("url\u{1}{url}"))
        .or_else(|| {
            (article.published.as_deref())
                .filter(|_| !title.is_empty())
                .map(|date| format!("published\u{1}{date}"))
        })
        .unwrap_or_else(|| format!("path\u{1}{}", article.path.as_deref().unwrap_or("")));
    let basis = format!("{title}\u{1}{place}");
    format!("{:016x}", xxh3_64(basis.as_bytes()))
}

/// `char::is_alphanumeric`, answered without its table search for the common CJK
/// ideographs (all of `U+4E00..=U+9FEF` are letters) and the punctuation of Chinese
/// text (`、。《》【】`, full-width `，：？`, dashes and quotation marks: none is).
pub(crate) fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || ('\u{4E00}'..='\u{9FEF}').contains(&c)
        || (!c.is_ascii()
            && !matches!(c, '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{2010}'..='\u{2027}')
            && c.is_alphanumeric())
}

/// The id of a page that failed: a hash of where it came from.
pub(crate) fn error_id(
    path: Option<&str>,
    url: Option<&str>,
    metadata: &BTreeMap<String, String>,
) -> String {
    let line = metadata.get("line").map(String::as_str).unwrap_or("");
    let basis = format!(
        "{}\u{1}{}\u{1}{}",
        path.unwrap_or(""),
        url.unwrap_or(""),
        line
    );
    format!("{:016x}", xxh3_64(basis.as_bytes()))
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::ScriptConverter;

    /// The id of `article`, its text converted here.
    fn article_id(article: &Article, converter: &ScriptConverter) -> String {
        article_id_with(article, &converter.to_simplified(&article.text))
    }

    use super::*;
    use xinwen_chinese::Resources;

    #[test]
    fn same_story_same_id_whatever_the_script_and_punctuation() {
        let converter = Resources::global().converter().unwrap();
        let a = Article {
            text: "洪慶檢查指導全市疫情防控工作。".into(),
            ..Article::default()
        };
        let b = Article {
            text: "洪庆检查指导全市疫情防控工作\n".into(),
            ..Article::default()
        };
        assert_eq!(article_id(&a, converter), article_id(&b, converter));
        assert_eq!(article_id(&a, converter).len(), 16);
        // the hash of the letters and digits joined, as ids were always made
        let joined = "洪庆检查指导全市疫情防控工作";
        assert_eq!(
            article_id(&b, converter),
            format!("{:016x}", xxh3_64(joined.as_bytes()))
        );
    }

    #[test]
    fn letters_and_digits_as_the_standard_library_tells_them() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn an_article_without_body_is_the_same_from_two_files() {
        let converter = Resources::global().converter().unwrap();
        let bodyless = |path: &str, url: Option<&str>, published: Option<&str>| Article {
            title: Some("视频：青禾市召开防汛工作会议".into()),
            path: Some(path.into()),
            url: url.map(Into::into),
            published: published.map(Into::into),
            ..Article::default()
        };
        let id = |a: &Article| article_id(a, converter);
        let url = Some("https://example.org/a.html");
        assert_eq!(
            id(&bodyless("a.jsonl", url, None)),
            id(&bodyless("b.jsonl", url, None))
        );
        let day = Some("2024-06-14T18:25:00+08:00");
        assert_eq!(
            id(&bodyless("a.jsonl", None, day)),
            id(&bodyless("b.jsonl", None, day))
        );
        // must-not: other URLs, other dates, or nothing but the file to tell them apart
        let other = Some("https://example.org/b.html");
        assert_ne!(
            id(&bodyless("a.jsonl", url, None)),
            id(&bodyless("a.jsonl", other, None))
        );
        let next_day = Some("2024-06-15T18:25:00+08:00");
        assert_ne!(
            id(&bodyless("a", None, day)),
            id(&bodyless("a", None, next_day))
        );
        assert_ne!(
            id(&bodyless("a.html", None, None)),
            id(&bodyless("b.html", None, None))
        );
    }
}
