//! Corpus mode: lines a site repeats on many of its pages are its template.
//!
//! Extraction of one page cannot tell a site's template from its article when the
//! template looks like prose. A batch can: [`TemplateLearner`] reads the pages of a
//! corpus once, counting for each site the lines its pages share; the resulting
//! [`SiteTemplates`] make a second pass drop those lines as boilerplate. Copies of one
//! article (re-crawls, syndication) count once, so an article repeated across a corpus
//! is not mistaken for a template.

use std::collections::{HashMap, HashSet};

use xinwen_chinese::ScriptConverter;
use xinwen_core::Article;
use xinwen_parse::Page;
use xxhash_rust::xxh3::xxh3_64;

/// A line must recur on at least this many distinct articles of a site.
const MIN_PAGES: usize = 2;

/// …and on at least this share of them.
const MIN_SHARE: f64 = 0.2;

/// Lines shorter than this are left to the patterns (a lone `空白` says little).
const MIN_CHARS: usize = 2;

/// The key of a line: its simplified text without spaces, hashed.
fn line_key(text: &str, converter: &ScriptConverter) -> u64 {
    let squashed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    xxh3_64(converter.to_simplified(&squashed).as_bytes())
}

/// The site a page belongs to: its URL's host, else the site the first pass found
/// (in simplified script, so both scripts of one site meet).
pub fn site_key(article: &Article, converter: &ScriptConverter) -> Option<String> {
    let host = article.url.as_deref().and_then(|u| {
        let rest = u.split_once("://").map_or(u, |(_, r)| r);
        rest.split(['/', '?', '#']).next().filter(|h| !h.is_empty())
    });
    host.map(|h| h.trim_start_matches("www.").to_ascii_lowercase())
        .or_else(|| {
            article
                .site
                .as_deref()
                .map(|s| converter.to_simplified(s).into_owned())
        })
}

#[derive(Debug, Default)]
struct SiteCounts {
    articles: HashSet<String>,
    lines: HashMap<u64, usize>,
}

/// Counts, site by site, the lines that pages share (first pass of corpus mode).
#[derive(Debug, Default)]
pub struct TemplateLearner {
    sites: HashMap<String, SiteCounts>,
}

impl TemplateLearner {
    /// An empty learner.
    pub fn new() -> Self {
        Self::default()
    }

    /// Takes in one page and the article the first pass extracted from it.
    pub fn observe(&mut self, page: &Page, article: &Article, converter: &ScriptConverter) {
        let Some(site) = site_key(article, converter) else {
            return;
        };
        let counts = self.sites.entry(site).or_default();
        if !counts.articles.insert(article.id.clone()) {
            return; // a copy of an article already counted
        }
        let lines: HashSet<u64> = (page.blocks.iter())
            .filter(|b| b.char_len() >= MIN_CHARS)
            .map(|b| line_key(&b.text, converter))
            .collect();
        for line in lines {
            *counts.lines.entry(line).or_default() += 1;
        }
    }

    /// The templates learnt: per site, the lines on enough of its articles.
    pub fn finish(self) -> SiteTemplates {
        let sites = (self.sites.into_iter())
            .filter_map(|(site, counts)| {
                let needed =
                    MIN_PAGES.max((MIN_SHARE * counts.articles.len() as f64).ceil() as usize);
                let lines: HashSet<u64> = (counts.lines.into_iter())
                    .filter(|(_, n)| *n >= needed)
                    .map(|(line, _)| line)
                    .collect();
                (!lines.is_empty()).then_some((site, lines))
            })
            .collect();
        SiteTemplates { sites }
    }
}

/// The template lines of each site of a corpus.
#[derive(Debug, Clone, Default)]
pub struct SiteTemplates {
    sites: HashMap<String, HashSet<u64>>,
}

impl SiteTemplates {
    /// How many sites have a template.
    pub fn sites(&self) -> usize {
        self.sites.len()
    }

    /// How many template lines were learnt in all.
    pub fn lines(&self) -> usize {
        self.sites.values().map(HashSet::len).sum()
    }

    /// For each block of `page` of `site`, whether it is a template line.
    pub fn marks(&self, site: &str, page: &Page, converter: &ScriptConverter) -> Option<Vec<bool>> {
        let lines = self.sites.get(site)?;
        Some(
            (page.blocks.iter())
                .map(|b| b.char_len() >= MIN_CHARS && lines.contains(&line_key(&b.text, converter)))
                .collect(),
        )
    }
}
