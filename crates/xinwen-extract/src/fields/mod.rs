//! Record fields read from the blocks of their role.

mod credits;
mod glued_title;
mod head_names;
mod lines;
pub mod outlet;
pub mod publication;

use std::collections::BTreeMap;

use xinwen_chinese::{Lexicon, Resources, ScriptConverter, WordList};
use xinwen_core::{Article, Error, Flag, FlagKind};
use xinwen_parse::Block;

use crate::origin::Origin;
use crate::recognize::PageFacts;
use crate::roles::{Role, head};

use credits::{bylines, captions};
use glued_title::glued_title;
use head_names::head_names;
use lines::first_with;

/// The text of `block` after a label of `labels` (`摘要:`, `標簽：`), as written.
fn after_label<'b>(block: &'b Block, labels: &WordList) -> &'b str {
    match labels.prefix_of(block.simple()) {
        Some(label) => (block.original_of(label.len()..block.simple().len()))
            .trim_start_matches([':', '：', ' '])
            .trim(),
        None => &block.text,
    }
}

/// The title a collection gives with the page (a JSONL `title` or `headline` field),
/// for pages whose content holds none (a body fragment).
fn metadata_title(
    metadata: &BTreeMap<String, String>,
    words: &Lexicon,
    converter: &ScriptConverter,
) -> Option<String> {
    let title = ["title", "headline"]
        .iter()
        .find_map(|k| metadata.get(*k))?;
    let mut title = title.trim();
    // the labels are simplified; they keep their length in characters
    while let Some(label) = words
        .title_labels
        .prefix_of(&converter.to_simplified(title))
    {
        let n = label.chars().count();
        title = title
            .char_indices()
            .nth(n)
            .map_or("", |(at, _)| &title[at..])
            .trim_start();
    }
    (!title.is_empty()).then(|| title.to_string())
}

/// The tags a collection gives with the page (`tag`, `tags`, `keywords`: separated by
/// commas, spaces or `、`).
fn metadata_tags(metadata: &BTreeMap<String, String>) -> Vec<String> {
    let Some(tags) = ["tags", "tag", "keywords"]
        .iter()
        .find_map(|k| metadata.get(*k))
    else {
        return Vec::new();
    };
    (tags.split([',', '，', '、', ';', '；', ' ']))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(String::from)
        .collect()
}

/// Fills title, subtitle, published, site, source, summary, tags, captions, bylines.
pub fn fill(
    article: &mut Article,
    facts: &PageFacts<'_>,
    roles: &[Role],
    origin: &Origin,
    simple_text: &str,
) -> Result<(), Error> {
    let page = facts.page;
    let words = facts.words;
    let converter = Resources::global().converter()?;
    article.title = glued_title(facts, roles)
        .or_else(|| first_with(page, roles, Role::Title).map(|b| b.text.clone()))
        .or_else(|| head::declared_title(page))
        .or_else(|| metadata_title(&origin.metadata, words, converter));
    article.subtitle = first_with(page, roles, Role::Subtitle).map(|b| b.text.clone());
    article.summary = first_with(page, roles, Role::Summary)
        .map(|b| after_label(b, &words.summary_labels).to_string());
    if let Some(tags) = first_with(page, roles, Role::Tags) {
        let tags = after_label(tags, &words.tag_labels);
        article.tags = (tags.split([' ', ',', '，', '、', ';', '；']))
            .filter(|t| !t.is_empty())
            .map(String::from)
            .collect();
    }
    if article.tags.is_empty() {
        article.tags = metadata_tags(&origin.metadata);
    }
    if let Some(p) = publication::published(facts, roles, simple_text, origin) {
        article.published = Some(p.value);
        article.published_year_inferred = p.year_inferred;
    } else if let Some(text) = publication::unresolved_relative(facts, roles) {
        (article.flags).push(Flag {
            kind: FlagKind::RelativeDate,
            start: 0,
            end: 0,
            text,
        });
    }
    bylines(article, facts, roles);
    head_names(article, facts, roles);
    captions(article, facts, roles);
    article.site = outlet::site(facts, roles, article.title.as_deref(), converter);
    article.source = outlet::source(facts, roles);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_collection_gives_title_and_tags() {
        let metadata: BTreeMap<String, String> = [
            ("title", "[视频]古巴国务委员会主席劳尔将访华"),
            ("tag", "古巴,国务委员会, 访华"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let resources = Resources::global();
        let (words, converter) = (resources.lexicon().unwrap(), resources.converter().unwrap());
        assert_eq!(
            metadata_title(&metadata, words, converter).as_deref(),
            Some("古巴国务委员会主席劳尔将访华")
        );
        assert_eq!(metadata_tags(&metadata), ["古巴", "国务委员会", "访华"]);
        assert_eq!(metadata_title(&BTreeMap::new(), words, converter), None);
    }
}
