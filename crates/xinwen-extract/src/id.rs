//! Stable article ids.

use std::collections::BTreeMap;

use xinwen_chinese::ScriptConverter;
use xinwen_core::Article;
use xxhash_rust::xxh3::xxh3_64;

/// The id of an article: a hash of its body in simplified script with whitespace and
/// punctuation removed, so the same story re-crawled, re-encoded or re-punctuated gets
/// the same id. An article without body is identified by its title and origin.
pub(crate) fn article_id(article: &Article, converter: &ScriptConverter) -> String {
    let basis = if article.text.is_empty() {
        format!(
            "{}\u{1}{}\u{1}{}",
            article.title.as_deref().unwrap_or(""),
            article.path.as_deref().unwrap_or(""),
            article.url.as_deref().unwrap_or("")
        )
    } else {
        let simplified = converter.to_simplified(&article.text);
        simplified.chars().filter(|c| c.is_alphanumeric()).collect()
    };
    format!("{:016x}", xxh3_64(basis.as_bytes()))
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
    }
}
