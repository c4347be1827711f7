//! Recognizers: what pages write in set forms, found once per page and handed on.
//!
//! | recognizer | finds | used by |
//! |---|---|---|
//! | [`credits`] | credited people and the span each credit covers | roles (credit lines), fields (bylines), entities (credited people are not people of the story) |
//! | [`captions`] | picture captions ending in their credit | roles, fields (captions, photographers) |
//! | [`dates`] | dates and times in every written form, by one grammar | roles (date line), fields (published), enrich (dates of the body) |
//! | [`relative_dates`] | times relative to the fetch (`3小时前`, `昨天 10:30`) | fields (published) |
//! | [`datelines`] | the dateline heading a story (`新华社北京1月5日电`) | fields (published, site, source) |
//! | [`outlets`] | outlets and site owners, source labels, column labels | fields (site, source, column) |
//! | [`furniture`] | breadcrumbs, buttons, widgets, notices, document records | roles |
//! | [`numerals`] | numbers in Chinese numerals | dates, enrich (quantities) |
//!
//! Each works on the simplified view of a text (the words it looks for are in
//! the lexicon, in simplified script) and reports what it finds as written.
//! [`PageFacts`] runs them over the blocks of one page, each at most once a block,
//! so that every stage reads the same result.

pub mod captions;
pub mod credits;
pub mod datelines;
pub mod dates;
pub mod furniture;
pub mod numerals;
pub mod outlets;
pub mod relative_dates;

use std::cell::OnceCell;

use xinwen_chinese::{Lexicon, Resources, Surnames};
use xinwen_core::Error;
use xinwen_parse::{Block, Page};

use captions::CaptionParts;
use credits::Credits;
use datelines::Dateline;
use dates::FoundDate;

/// A page with what the recognizers find in its blocks, computed on first use.
#[derive(Debug)]
pub struct PageFacts<'p> {
    /// The page.
    pub page: &'p Page,
    /// The word lists and patterns.
    pub words: &'p Lexicon,
    /// The surname table names are checked against.
    pub surnames: &'p Surnames,
    /// The language resources, for what the recognizers need only now and then.
    pub resources: &'p Resources,
    /// The [`dedup_key`](crate::dedup::dedup_key) of each block's text.
    dedup_keys: Vec<u64>,
    credits: Vec<OnceCell<Credits>>,
    captions: Vec<OnceCell<Option<CaptionParts>>>,
    full_dates: Vec<OnceCell<Option<FoundDate>>>,
    datelines: Vec<OnceCell<Option<Dateline<'p>>>>,
}

impl<'p> PageFacts<'p> {
    /// The facts of `page`, with the language resources of `resources`.
    pub fn new(page: &'p Page, resources: &'p Resources) -> Result<Self, Error> {
        let n = page.blocks.len();
        Ok(PageFacts {
            page,
            words: resources.lexicon()?,
            surnames: resources.surnames()?,
            resources,
            dedup_keys: (page.blocks.iter())
                .map(|b| crate::dedup::dedup_key(&b.text))
                .collect(),
            credits: (0..n).map(|_| OnceCell::new()).collect(),
            captions: (0..n).map(|_| OnceCell::new()).collect(),
            full_dates: (0..n).map(|_| OnceCell::new()).collect(),
            datelines: (0..n).map(|_| OnceCell::new()).collect(),
        })
    }

    /// Block `i` of the page.
    pub fn block(&self, i: usize) -> Option<&'p Block> {
        self.page.blocks.get(i)
    }

    /// The key block `i`'s text is compared by for repeats (spacing ignored), one
    /// per block in order.
    pub fn dedup_keys(&self) -> &[u64] {
        &self.dedup_keys
    }

    /// The credits block `i` gives.
    pub fn credits(&self, i: usize) -> &Credits {
        static NONE: Credits = Credits {
            bylines: Vec::new(),
            covered: Vec::new(),
        };
        match (self.credits.get(i), self.block(i)) {
            (Some(cell), Some(block)) => cell.get_or_init(|| {
                let places = self.resources.gazetteer().ok();
                credits::credits(
                    &block.text,
                    block.simple(),
                    self.words,
                    self.surnames,
                    places,
                )
            }),
            _ => &NONE,
        }
    }

    /// True when block `i` does nothing but credit people (`责任编辑：孔德明`,
    /// `記者林悅／南市報導`, `【責編 王春榮】`).
    pub fn is_credit_line(&self, i: usize) -> bool {
        self.block(i)
            .is_some_and(|b| b.char_len() <= 60 && self.credits(i).cover_all_of(&b.text, 2))
    }

    /// The first date with a year that block `i` writes (with its time).
    pub fn full_date(&self, i: usize) -> Option<FoundDate> {
        let (cell, block) = (self.full_dates.get(i)?, self.block(i)?);
        *cell.get_or_init(|| dates::find_full_date(block.simple(), self.words))
    }

    /// The dateline block `i` opens with (`新华社北京1月5日电`), read on its simplified
    /// view.
    pub fn dateline(&self, i: usize) -> Option<&Dateline<'p>> {
        let (cell, block) = (self.datelines.get(i)?, self.block(i)?);
        cell.get_or_init(|| datelines::dateline(block.simple(), self.words))
            .as_ref()
    }

    /// The caption block `i` is, when it ends in its credit.
    pub fn caption(&self, i: usize) -> Option<&CaptionParts> {
        let (cell, block) = (self.captions.get(i)?, self.block(i)?);
        cell.get_or_init(|| captions::caption_parts(block, self.words))
            .as_ref()
    }
}
