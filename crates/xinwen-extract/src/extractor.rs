//! The extractor: a page in, its article record out.

use xinwen_chinese::Resources;
use xinwen_core::{Article, Error, Flag, FlagKind};
use xinwen_parse::{Page, RawPage, parse_bytes, parse_content};

use crate::options::{ExtractOptions, OutputScript};
use crate::origin::Origin;
use crate::recognize::PageFacts;
use crate::templates::{self, SiteTemplates};
use crate::{body, enrich, fields, id, roles};

/// `article` with every text field in simplified characters (names included, so that
/// 洪慶 and 洪庆 aggregate as one person); offsets stay valid, as conversion keeps the
/// number of characters.
///
/// ```
/// let page = "洪慶檢查指導工作\n\n州委副書記洪慶就全市疫情防控工作進行檢查指導。";
/// let article = xinwen_extract::Extractor::default().extract_bytes(page.as_bytes(), None).unwrap();
/// let simple = xinwen_extract::simplified(&article).unwrap();
/// assert_eq!(simple.title.as_deref(), Some("洪庆检查指导工作"));
/// ```
pub fn simplified(article: &Article) -> Result<Article, Error> {
    let converter = Resources::global().converter()?;
    Ok(article.map_text(|s| converter.to_simplified(s).into_owned()))
}

/// The record fields of a page given the roles of its blocks, and what the body keeps
/// for the enrichers (the simplified text, the spans that credit people).
fn build(
    facts: &PageFacts<'_>,
    roles: &[roles::Role],
    origin: &Origin,
) -> Result<(Article, body::BodyText), Error> {
    let mut article = Article {
        encoding: facts.page.encoding.to_string(),
        path: origin.path.clone(),
        url: origin.url.clone(),
        metadata: origin.metadata.clone(),
        ..Article::default()
    };
    let body = body::fill(&mut article, facts, roles);
    if facts.page.nul_bytes > 0 {
        article.flags.push(Flag {
            kind: FlagKind::NulBytes,
            start: 0,
            end: 0,
            text: facts.page.nul_bytes.to_string(),
        });
    }
    fields::fill(&mut article, facts, roles, origin, &body.simple)?;
    Ok((article, body))
}

/// Turns pages into article records.
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    options: ExtractOptions,
    templates: Option<std::sync::Arc<SiteTemplates>>,
}

impl Extractor {
    /// An extractor with `options`.
    pub fn new(options: ExtractOptions) -> Self {
        Extractor {
            options,
            templates: None,
        }
    }

    /// The same extractor, dropping the template lines learnt from a corpus (see
    /// [`learn_templates`](crate::learn_templates)).
    pub fn with_templates(mut self, templates: SiteTemplates) -> Self {
        self.templates = Some(std::sync::Arc::new(templates));
        self
    }

    /// Starts loading the heavy resources these options need (the segmenter's
    /// dictionary, its tagger of unknown words, the NER model), each on a thread of its own, so
    /// that they load side by side while the first page is read and parsed. Returns at
    /// once; a page that needs a resource before it is ready waits for it. Calling it is
    /// optional (resources load on first use anyway) and costs nothing once they are
    /// loaded.
    pub fn preload(&self) {
        let mut jobs: Vec<fn()> = Vec::new();
        // the record fields alone cut no text: nothing to load for them
        if self.options.entities || self.options.keywords {
            jobs.push(|| {
                Resources::global().segmenter();
            });
            jobs.push(xinwen_chinese::Segmenter::preload_unknown_word_tags);
        }
        if self.options.entities {
            jobs.push(|| {
                let _ = xinwen_ner::NerTagger::global();
            });
        }
        for job in jobs {
            // without a thread the resource simply loads on first use
            let _ = std::thread::Builder::new()
                .name("xinwen-preload".into())
                .spawn(job);
        }
    }

    /// The options in use.
    pub fn options(&self) -> &ExtractOptions {
        &self.options
    }

    /// Extracts the article of a parsed page.
    pub fn extract_page(&self, page: &Page) -> Result<Article, Error> {
        self.extract_with(page, &Origin::default())
    }

    /// Extracts the article of a parsed page that came from `origin`.
    pub fn extract_with(&self, page: &Page, origin: &Origin) -> Result<Article, Error> {
        let article = match &self.options.crawl_date {
            Some(date) if origin.fetched.is_none() => {
                let origin = Origin {
                    fetched: Some(date.clone()),
                    ..origin.clone()
                };
                self.extract_original(page, &origin)?
            }
            _ => self.extract_original(page, origin)?,
        };
        match self.options.script {
            OutputScript::Original => Ok(article),
            OutputScript::Simplified => simplified(&article),
        }
    }

    /// The article in the page's own script.
    fn extract_original(&self, page: &Page, origin: &Origin) -> Result<Article, Error> {
        let resources = Resources::global();
        let converter = resources.converter()?;
        let facts = PageFacts::new(page, resources)?;
        let (mut article, mut body) = build(&facts, &roles::classify(&facts), origin)?;
        // corpus mode: once the site is known, classify again without its template lines
        if let Some(templates) = &self.templates {
            let site = templates::site_key(&article, converter);
            let marks = site.and_then(|s| templates.marks(&s, page, converter));
            if let Some(marks) = marks.filter(|m| m.contains(&true)) {
                (article, body) = build(&facts, &roles::classify_with(&facts, &marks), origin)?;
            }
        }
        let (simple_text, script) = converter.to_simplified_detecting(&article.text);
        // the id now: enrichers add to the record but never change its text
        let id = id::article_id_with(&article, &simple_text);
        article.script = script;
        if article.text.is_empty() {
            article.script = page.script;
        }
        let wanted: Vec<_> = enrich::ENRICHERS
            .iter()
            .filter(|e| self.options.wants(e.name()))
            .collect();
        if !wanted.is_empty() {
            let analysis =
                enrich::Analysis::with_simplified(&article.text, body.simple, resources)?
                    .with_credits(body.credits);
            for enricher in wanted {
                enricher.enrich(&mut article, &analysis, resources)?;
            }
            article.keywords.truncate(self.options.keyword_count);
        }
        article.id = id;
        Ok(article)
    }

    /// Decodes, parses and extracts the bytes of one page; `path` is recorded.
    pub fn extract_bytes(&self, bytes: &[u8], path: Option<&str>) -> Result<Article, Error> {
        let page = parse_bytes(bytes)?;
        let origin = Origin {
            path: path.map(String::from),
            ..Origin::default()
        };
        self.extract_with(&page, &origin)
    }

    /// Extracts a page read by [`xinwen_parse::Inputs`]. Never fails: a page that cannot
    /// be decoded or extracted gives a record with `error` set.
    ///
    /// ```
    /// use xinwen_extract::{Extractor, RawPage};
    ///
    /// let extractor = Extractor::default();
    /// let png = RawPage::from_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), Some("logo.png".into()));
    /// let failed = extractor.extract_raw(&png);
    /// assert!(failed.is_error());
    /// assert_eq!(failed.path.as_deref(), Some("logo.png"));
    ///
    /// let mut page = RawPage::from_bytes("标题\n\n正文第一段。".as_bytes().to_vec(), None);
    /// page.url = Some("https://example.org/2024-03/12/a.html".into());
    /// let article = extractor.extract_raw(&page);
    /// assert!(!article.is_error());
    /// assert_eq!(article.url, page.url);
    /// ```
    pub fn extract_raw(&self, raw: &RawPage) -> Article {
        let origin = Origin {
            path: raw.path.clone(),
            url: raw.url.clone(),
            metadata: raw.metadata.clone(),
            fetched: None,
        };
        let result = parse_content(&raw.content).and_then(|page| self.extract_with(&page, &origin));
        result.unwrap_or_else(|error| {
            let mut failed = Article::failed(raw.path.clone(), raw.url.clone(), &error);
            failed.metadata = raw.metadata.clone();
            failed.id = id::error_id(raw.path.as_deref(), raw.url.as_deref(), &raw.metadata);
            failed
        })
    }
}
