//! The process-wide, lazily built resources.

use std::sync::OnceLock;

use xinwen_core::Error;

use crate::{
    CommonChars, Gazetteer, KeywordExtractor, Lexicon, Readings, ScriptConverter, Segmenter,
    Surnames,
};

/// The Chinese language resources every page shares: built lazily, once per process,
/// immutable afterwards, safe to use from any number of threads.
#[derive(Debug, Default)]
pub struct Resources {
    converter: OnceLock<Result<ScriptConverter, String>>,
    segmenter: OnceLock<Segmenter>,
    keywords: OnceLock<KeywordExtractor>,
    common_chars: OnceLock<CommonChars>,
    surnames: OnceLock<Surnames>,
    gazetteer: OnceLock<Result<Gazetteer, String>>,
    lexicon: OnceLock<Result<Lexicon, String>>,
}

static GLOBAL: OnceLock<Resources> = OnceLock::new();

impl Resources {
    /// The resources of this process.
    pub fn global() -> &'static Resources {
        GLOBAL.get_or_init(Resources::default)
    }

    /// The script converter (built on first use, ~10 ms).
    pub fn converter(&self) -> Result<&ScriptConverter, Error> {
        self.converter
            .get_or_init(|| ScriptConverter::new().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| Error::Resource(e.clone()))
    }

    /// The word segmenter (opened on first use, ~6 ms: its dictionary is compiled at build time).
    pub fn segmenter(&self) -> &Segmenter {
        self.segmenter.get_or_init(Segmenter::new)
    }

    /// The keyword extractor (built on first use).
    pub fn keywords(&self) -> &KeywordExtractor {
        self.keywords.get_or_init(KeywordExtractor::new)
    }

    /// The common characters of both scripts (built on first use).
    pub fn common_chars(&self) -> Result<&CommonChars, Error> {
        let converter = self.converter()?;
        Ok(self
            .common_chars
            .get_or_init(|| CommonChars::new(converter)))
    }

    /// The surname table (built on first use).
    pub fn surnames(&self) -> Result<&Surnames, Error> {
        let converter = self.converter()?;
        Ok(self.surnames.get_or_init(|| Surnames::new(converter)))
    }

    /// The gazetteer (built on first use, ~0.3 s).
    pub fn gazetteer(&self) -> Result<&Gazetteer, Error> {
        let lexicon = self.lexicon()?;
        self.gazetteer
            .get_or_init(|| Gazetteer::new(lexicon).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| Error::Resource(e.clone()))
    }

    /// The lexicon: word lists and patterns of `data/lexicon/` (read on first use).
    pub fn lexicon(&self) -> Result<&Lexicon, Error> {
        self.lexicon
            .get_or_init(|| Lexicon::new().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| Error::Resource(e.clone()))
    }

    /// The pinyin readings table (static data, nothing to build).
    pub fn readings(&self) -> Readings {
        Readings
    }
}
