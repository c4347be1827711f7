//! The index schema: which article fields are searched, filtered, stored.

use tantivy::schema::{
    DateOptions, DateTimePrecision, FAST, Field, INDEXED, IndexRecordOption, STORED, STRING,
    Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{DateTime, TantivyDocument};
use xinwen_core::Article;

use crate::dates::published_timestamp;
use crate::duplicates::{Signature, band_terms, to_bytes};
use crate::tokenizer::TOKENIZER_NAME;

/// The fields of an xinwen index.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Article id (exact; the key for upserts).
    pub id: Field,
    /// Headline (full text).
    pub title: Field,
    /// Sub-headline (full text).
    pub subtitle: Field,
    /// Body (full text, stored for snippets).
    pub text: Field,
    /// Caption texts (full text).
    pub captions: Field,
    /// Person names (exact, simplified).
    pub person: Field,
    /// Place names (exact, simplified).
    pub place: Field,
    /// Organization names (exact, simplified).
    pub organization: Field,
    /// Site (exact, simplified).
    pub site: Field,
    /// Source (exact, simplified).
    pub source: Field,
    /// Tags (exact, simplified).
    pub tag: Field,
    /// Publication time (range filters, sorting).
    pub published: Field,
    /// MinHash signature of the simplified text (see [`crate::duplicates`]).
    pub minhash: Field,
    /// The hashes of the signature's bands, as terms (`07:1f…`).
    pub minhash_band: Field,
    /// The near-duplicate cluster: the id of the first article of the cluster indexed.
    pub cluster: Field,
    /// The whole record as JSON.
    pub record: Field,
}

/// The fields a query may name with `field:value`, and the schema field each means
/// (`id` last: every other one is also a facet, see [`FACET_FIELDS`](crate::FACET_FIELDS)).
pub const FILTER_FIELDS: &[&str] = &[
    "person",
    "place",
    "organization",
    "site",
    "source",
    "tag",
    "cluster",
    "id",
];

/// The full-text fields a plain query searches, with their boosts.
pub(crate) const TEXT_BOOSTS: &[(&str, f32)] = &[
    ("title", 3.0),
    ("subtitle", 2.0),
    ("text", 1.0),
    ("captions", 1.0),
];

/// The schema and its fields.
pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(TOKENIZER_NAME)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let text = TextOptions::default()
        .set_indexing_options(indexing)
        .set_stored();
    let exact = STRING | STORED | FAST;
    let date = DateOptions::from(INDEXED)
        .set_stored()
        .set_fast()
        .set_precision(DateTimePrecision::Seconds);
    let fields = Fields {
        id: b.add_text_field("id", STRING | STORED),
        title: b.add_text_field("title", text.clone()),
        subtitle: b.add_text_field("subtitle", text.clone()),
        text: b.add_text_field("text", text.clone()),
        captions: b.add_text_field("captions", text),
        person: b.add_text_field("person", exact.clone()),
        place: b.add_text_field("place", exact.clone()),
        organization: b.add_text_field("organization", exact.clone()),
        site: b.add_text_field("site", exact.clone()),
        source: b.add_text_field("source", exact.clone()),
        tag: b.add_text_field("tag", exact),
        published: b.add_date_field("published", date),
        minhash: b.add_bytes_field("minhash", FAST),
        minhash_band: b.add_text_field("minhash_band", STRING),
        cluster: b.add_text_field("cluster", STRING | STORED | FAST),
        record: b.add_text_field("record", STORED),
    };
    (b.build(), fields)
}

impl Fields {
    /// The field called `name` among the exact-match filter fields.
    pub fn filter_field(&self, name: &str) -> Option<Field> {
        Some(match name {
            "person" | "people" => self.person,
            "place" | "places" => self.place,
            "organization" | "organizations" | "org" => self.organization,
            "site" => self.site,
            "source" => self.source,
            "tag" | "tags" => self.tag,
            "cluster" => self.cluster,
            "id" => self.id,
            _ => return None,
        })
    }

    /// The full-text field called `name`.
    pub fn text_field(&self, name: &str) -> Option<Field> {
        Some(match name {
            "title" => self.title,
            "subtitle" => self.subtitle,
            "text" => self.text,
            "captions" => self.captions,
            _ => return None,
        })
    }

    /// The document for `article`, whose record is stored as `json` when given (else
    /// written from `article`); `simplify` gives the simplified form of names so
    /// that `person:洪慶` and `person:洪庆` filter alike; `signature` and `cluster`
    /// place it among its near-duplicates.
    pub fn document(
        &self,
        article: &Article,
        json: Option<&str>,
        simplify: &dyn Fn(&str) -> String,
        signature: Option<&Signature>,
        cluster: &str,
    ) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(self.id, &article.id);
        doc.add_text(self.cluster, cluster);
        if let Some(signature) = signature {
            doc.add_bytes(self.minhash, &to_bytes(signature));
            for band in band_terms(signature) {
                doc.add_text(self.minhash_band, band);
            }
        }
        for (field, value) in [
            (self.title, &article.title),
            (self.subtitle, &article.subtitle),
        ] {
            if let Some(v) = value {
                doc.add_text(field, v);
            }
        }
        doc.add_text(self.text, &article.text);
        for caption in &article.captions {
            doc.add_text(self.captions, &caption.text);
        }
        for p in &article.people {
            doc.add_text(self.person, simplify(&p.name));
        }
        for p in &article.places {
            doc.add_text(self.place, simplify(&p.name));
        }
        for o in &article.organizations {
            doc.add_text(self.organization, simplify(&o.name));
        }
        for t in &article.tags {
            doc.add_text(self.tag, simplify(t));
        }
        if let Some(site) = &article.site {
            doc.add_text(self.site, simplify(site));
        }
        if let Some(source) = &article.source {
            doc.add_text(self.source, simplify(source));
        }
        if let Some(ts) = article.published.as_deref().and_then(published_timestamp) {
            doc.add_date(self.published, DateTime::from_timestamp_secs(ts));
        }
        match json {
            Some(json) => doc.add_text(self.record, json),
            None => {
                if let Ok(json) = serde_json::to_string(article) {
                    doc.add_text(self.record, json);
                }
            }
        }
        doc
    }
}
