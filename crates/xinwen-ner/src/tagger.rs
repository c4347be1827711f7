//! The tagger: the shipped model applied to any text, in either script.

use std::sync::OnceLock;

use xinwen_chinese::{Resources, ScriptConverter};
use xinwen_core::Error;

use crate::context::{Context, CutWord, NameDictionary, Tools};
use crate::features::extract;
use crate::model::Model;
use crate::span::{NerSpan, spans_of};
use crate::{brackets, codec, name_starts, rules, transliteration};

/// The model shipped with the crate (see the crate documentation to regenerate it),
/// decompressed by the build (`build.rs`): its table is used where it lies.
const SHIPPED_MODEL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ner_model.bin"));

/// A named-entity tagger: a trained model plus the language resources its features
/// need. Immutable and safe to share between threads.
pub struct NerTagger {
    model: Model,
    converter: &'static ScriptConverter,
    tools: Tools<'static>,
    dictionary: Option<Box<dyn NameDictionary + Send>>,
}

impl std::fmt::Debug for NerTagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NerTagger")
            .field("features", &self.model.weights.len())
            .field("dictionary", &self.dictionary.is_some())
            .finish()
    }
}

static GLOBAL: OnceLock<Result<NerTagger, String>> = OnceLock::new();

impl NerTagger {
    /// The tagger with the shipped model, made on first use and shared by the whole
    /// process: the model's table is part of the program, nothing is decoded. A model
    /// that cannot be read is an error, every time it is asked.
    pub fn global() -> Result<&'static NerTagger, Error> {
        GLOBAL
            .get_or_init(|| {
                let model = codec::read_static(SHIPPED_MODEL)
                    .map_err(|e| format!("cannot load NER model: {e}"))?;
                NerTagger::from_model(model, Resources::global()).map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|e| Error::Resource(e.clone()))
    }

    /// A tagger with the model in `bytes` (the compressed file `train_ner` writes).
    pub fn from_bytes(bytes: &[u8]) -> Result<NerTagger, Error> {
        let model = codec::decode(bytes)
            .map_err(|e| Error::Resource(format!("cannot load NER model: {e}")))?;
        NerTagger::from_model(model, Resources::global())
    }

    /// A tagger with an in-memory model (as the trainer builds one).
    pub fn from_model(model: Model, resources: &'static Resources) -> Result<NerTagger, Error> {
        Ok(NerTagger {
            model,
            converter: resources.converter()?,
            tools: Tools {
                segmenter: resources.segmenter(),
                surnames: resources.surnames()?,
                words: resources.lexicon()?,
            },
            dictionary: None,
        })
    }

    /// Adds a dictionary whose matches become features. Only useful with a model trained
    /// with the same dictionary.
    pub fn with_dictionary(mut self, dictionary: Box<dyn NameDictionary + Send>) -> NerTagger {
        self.dictionary = Some(dictionary);
        self
    }

    /// The model.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The context of a text (for training and evaluation).
    pub fn context(&self, simplified: &str) -> Context {
        let dictionary = self.dictionary.as_deref().map(|d| d as &dyn NameDictionary);
        Context::new(simplified, &self.tools, dictionary)
    }

    /// The people, places and organizations of `text`, in order, with character offsets
    /// into `text`. Traditional text is tagged through its simplified view; the offsets
    /// are the same.
    pub fn tag(&self, text: &str) -> Vec<NerSpan> {
        let simplified = self.converter.to_simplified(text);
        let n = text.chars().count();
        let view: &str = if simplified.chars().count() == n {
            &simplified
        } else {
            text
        };
        self.tag_simplified(view)
    }

    /// The people, places and organizations of `simplified`, a text already in
    /// simplified script (as [`tag`](Self::tag) converts it): the conversion is skipped.
    pub fn tag_simplified(&self, simplified: &str) -> Vec<NerSpan> {
        self.tag_cut(simplified, None)
    }

    /// The people, places and organizations of `simplified` (as
    /// [`tag_simplified`](Self::tag_simplified)), its words already cut: `cut` is what
    /// [`Segmenter::for_each_tagged`](xinwen_chinese::Segmenter::for_each_tagged) gives
    /// for it, in character offsets (a text cut once for every analysis).
    pub fn tag_cut(&self, simplified: &str, cut: Option<&[CutWord]>) -> Vec<NerSpan> {
        let dictionary = self.dictionary.as_deref().map(|d| d as &dyn NameDictionary);
        let ctx = Context::with_cut(simplified, &self.tools, dictionary, cut);
        let labels = self.model.decode(&extract(&ctx));
        let spans = brackets::cut_unpaired(&ctx, spans_of(&labels));
        let lists = &self.tools.words.tagger;
        let spans = rules::refine(&ctx, &lists.not_person_suffixes, spans);
        let spans = name_starts::with_lone_surname(&ctx, spans);
        let spans =
            name_starts::not_starting_in_titles(&ctx, &self.tools.words.title_endings, spans);
        let spans = rules::not_before_place_words(&ctx, &lists.not_person_before, spans);
        let spans = rules::not_ending_like_places(&ctx, &lists.not_person_last_chars, spans);
        let spans = rules::not_in_set_phrases(&ctx, &lists.set_phrases, spans);
        let spans = rules::before_time_words(&ctx, &lists.time_words, spans);
        let joining = (&lists.between_names, &self.tools.words.candidates.countries);
        let spans = rules::parted_at_joining_words(&ctx, joining, spans);
        let known = |w: &str| self.tools.segmenter.has_word(w);
        let spans = transliteration::whole_names(&ctx, &lists.transliteration_chars, &known, spans);
        let codas = (&lists.not_foreign_starts, &lists.transliteration_chars);
        let spans = name_starts::not_starting_on_codas(&ctx, codas, spans);
        brackets::latin_forms(&ctx, &lists.not_latin_names, spans)
    }
}
