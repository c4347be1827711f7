//! People, places and organizations named in a text.

use std::collections::HashMap;

use xinwen_chinese::Resources;
use xinwen_core::{Article, Error, Organization, Person, Place, PlaceLevel, Span};

use super::Enricher;

/// The kind of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A person.
    Person,
    /// A place.
    Place,
    /// An organization.
    Organization,
}

impl EntityKind {
    /// `person`, `place` or `organization`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
        }
    }
}

/// One mention of an entity in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySpan {
    /// What it is.
    pub kind: EntityKind,
    /// The characters as written.
    pub text: String,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last.
    pub end: usize,
}

/// The named entities of `text`, in order, with character offsets into `text`.
/// Traditional text is analyzed through its simplified view.
pub fn find_entities(text: &str, resources: &Resources) -> Result<Vec<EntitySpan>, Error> {
    let converter = resources.converter()?;
    let mut spans = Vec::new();
    resources
        .segmenter()
        .for_each_tagged(text, Some(converter), |t| {
            let kind = match t.tag {
                "nr" | "nrfg" | "nrt" => EntityKind::Person,
                "ns" => EntityKind::Place,
                "nt" => EntityKind::Organization,
                _ => return,
            };
            if t.word.end - t.word.start < 2 {
                return;
            }
            spans.push(EntitySpan {
                kind,
                text: t.word.text.to_string(),
                start: t.word.start,
                end: t.word.end,
            });
        });
    Ok(spans)
}

/// Groups mentions by name, in order of first mention.
fn group(spans: &[EntitySpan], kind: EntityKind) -> Vec<(String, Vec<Span>)> {
    let mut order: Vec<String> = Vec::new();
    let mut mentions: HashMap<&str, Vec<Span>> = HashMap::new();
    for s in spans.iter().filter(|s| s.kind == kind) {
        let entry = mentions.entry(s.text.as_str()).or_default();
        if entry.is_empty() {
            order.push(s.text.clone());
        }
        entry.push([s.start, s.end]);
    }
    order
        .into_iter()
        .map(|name| {
            let m = mentions.remove(name.as_str()).unwrap_or_default();
            (name, m)
        })
        .collect()
}

/// Fills `people`, `places` and `organizations`.
pub(crate) struct Entities;

impl Enricher for Entities {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn enrich(&self, article: &mut Article, resources: &Resources) -> Result<(), Error> {
        let spans = find_entities(&article.text, resources)?;
        article.people = group(&spans, EntityKind::Person)
            .into_iter()
            .map(|(name, mentions)| Person {
                name,
                titles: Vec::new(),
                mentions,
            })
            .collect();
        article.places = group(&spans, EntityKind::Place)
            .into_iter()
            .map(|(name, mentions)| Place {
                name,
                level: PlaceLevel::Other,
                mentions,
            })
            .collect();
        article.organizations = group(&spans, EntityKind::Organization)
            .into_iter()
            .map(|(name, mentions)| Organization { name, mentions })
            .collect();
        Ok(())
    }
}
