//! The baseline: names as the part-of-speech tagger sees them (`nr`, `ns`, `nt`).

use xinwen_chinese::Resources;
use xinwen_core::Error;

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

/// The named entities of `text` by part-of-speech tags alone, in order, with character
/// offsets into `text`: the baseline the full analysis is measured against.
/// Traditional text is analyzed through its simplified view.
pub fn tagged_entities(text: &str, resources: &Resources) -> Result<Vec<EntitySpan>, Error> {
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
