//! Many pages at once: parallel extraction that keeps input order and bounded memory.

use rayon::prelude::*;
use xinwen_core::Article;
use xinwen_parse::read::{RawPage, ReadItem};

use xinwen_chinese::Resources;
use xinwen_parse::parse_content;

use crate::{ExtractOptions, Extractor, Origin, SiteTemplates, TemplateLearner, id};

/// Pages extracted together in one parallel step; memory is bounded by this many pages.
pub const CHUNK: usize = 256;

/// Counts of a batch run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchStats {
    /// Pages read.
    pub pages: usize,
    /// Pages that gave a record with `error`.
    pub errors: usize,
}

/// The record for an input item: the extracted article, or a record with `error`.
pub fn extract_item(extractor: &Extractor, item: ReadItem) -> Article {
    match item {
        Ok(raw) => extractor.extract_raw(&raw),
        Err(failed) => {
            let mut article = Article::failed(failed.path.clone(), None, &failed.error);
            if let Some(line) = failed.line {
                article.metadata.insert("line".into(), line.to_string());
            }
            // every failed line of a collection gets an id of its own
            article.id = id::error_id(failed.path.as_deref(), None, &article.metadata);
            article
        }
    }
}

/// Extracts every item of `inputs` on the current rayon pool, `CHUNK` pages at a time,
/// and hands the records to `sink` in input order. Stops at the first error of `sink`
/// (a closed output, say) and returns it.
///
/// ```
/// use xinwen_extract::{extract_stream, Extractor, Inputs, ReadOptions};
///
/// let dir = std::env::temp_dir().join(format!("xinwen-doc-stream-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// for n in 1..=3 {
///     let page = format!("青禾市召开第{n}次防汛工作例会\n\n2024-03-0{n} 10:00\n\n\
///                         3月{n}日，青禾市召开防汛工作例会，部署近期防汛工作。");
///     std::fs::write(dir.join(format!("{n}.txt")), page).unwrap();
/// }
/// let mut titles = Vec::new();
/// let inputs = Inputs::new(&[&dir, &dir.join("missing.txt")], ReadOptions::default());
/// let stats = extract_stream(&Extractor::default(), inputs, |article| {
///     titles.push(article.title.unwrap_or_default());
///     Ok::<(), std::io::Error>(())
/// })
/// .unwrap();
/// assert_eq!(titles[0], "青禾市召开第1次防汛工作例会");
/// assert_eq!(titles[2], "青禾市召开第3次防汛工作例会");
/// assert_eq!((stats.pages, stats.errors), (4, 1)); // the missing file is a record too
/// std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub fn extract_stream<I, E>(
    extractor: &Extractor,
    inputs: I,
    mut sink: impl FnMut(Article) -> Result<(), E>,
) -> Result<BatchStats, E>
where
    I: Iterator<Item = ReadItem>,
{
    let mut stats = BatchStats::default();
    let mut inputs = inputs.peekable();
    while inputs.peek().is_some() {
        let chunk: Vec<ReadItem> = inputs.by_ref().take(CHUNK).collect();
        let articles: Vec<Article> = chunk
            .into_par_iter()
            .map(|item| extract_item(extractor, item))
            .collect();
        for article in articles {
            stats.pages += 1;
            if article.is_error() {
                stats.errors += 1;
            }
            sink(article)?;
        }
    }
    Ok(stats)
}

/// Extracts a list of pages in parallel, keeping their order.
pub fn extract_all(extractor: &Extractor, pages: &[RawPage]) -> Vec<Article> {
    pages
        .par_iter()
        .map(|raw| extractor.extract_raw(raw))
        .collect()
}

/// The first pass of corpus mode: reads every page of `inputs` and learns the lines
/// each site repeats (see `templates.rs`). Pages that fail are skipped.
pub fn learn_templates<I>(inputs: I) -> SiteTemplates
where
    I: Iterator<Item = ReadItem>,
{
    let extractor = Extractor::new(ExtractOptions::fields_only());
    let mut learner = TemplateLearner::new();
    let Ok(converter) = Resources::global().converter() else {
        return learner.finish();
    };
    let mut inputs = inputs.peekable();
    while inputs.peek().is_some() {
        let chunk: Vec<RawPage> = inputs.by_ref().take(CHUNK).filter_map(Result::ok).collect();
        let seen: Vec<_> = chunk
            .into_par_iter()
            .filter_map(|raw| {
                let page = parse_content(&raw.content).ok()?;
                let origin = Origin {
                    path: raw.path,
                    url: raw.url,
                    metadata: raw.metadata,
                    fetched: None,
                };
                let article = extractor.extract_with(&page, &origin).ok()?;
                Some((page, article))
            })
            .collect();
        for (page, article) in &seen {
            learner.observe(page, article, converter);
        }
    }
    learner.finish()
}
