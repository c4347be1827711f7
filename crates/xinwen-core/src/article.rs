//! The article record (see `shared/spec/article.md` for the contract).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{
    Byline, Caption, DateMention, Event, Flag, Keyword, Organization, Person, Place, Quantity,
    Removed, Script, TextSpan,
};

/// One news article as xinwen extracts it from one page.
///
/// Every field is always present when serialized: lists are empty and optional strings
/// `null` when the page does not give them. A page that could not be read still yields
/// an `Article`, with [`Article::error`] set and the content fields empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Article {
    /// Stable id: a hash of the normalized body, so a re-crawl gives the same id.
    pub id: String,
    /// The file the page came from, if any.
    pub path: Option<String>,
    /// The URL the page came from, if known.
    pub url: Option<String>,
    /// The input encoding that was detected (`utf-8`, `gb18030`, `big5`, …).
    pub encoding: String,
    /// The script of the article text.
    pub script: Script,
    /// The headline, in the page's own script, cleaned.
    pub title: Option<String>,
    /// The sub-headline (副题), when the page has one.
    pub subtitle: Option<String>,
    /// Publication time, ISO 8601 as precise as the page allows
    /// (`2020-02-07T18:25:00+08:00`, `2021-12-30`, or `--01-25` without a year).
    pub published: Option<String>,
    /// True when the year of `published` was inferred from the text.
    pub published_year_inferred: bool,
    /// The website or outlet that published the page.
    pub site: Option<String>,
    /// The stated origin of the story (来源, 本报, …).
    pub source: Option<String>,
    /// Column label such as `头条`, kept out of the body.
    pub column: Option<String>,
    /// Reporters, editors, photographers, … with their bare names.
    pub bylines: Vec<Byline>,
    /// The page's own tags (标签).
    pub tags: Vec<String>,
    /// The page's own summary (摘要).
    pub summary: Option<String>,
    /// The article body in order: cleaned, no boilerplate, no repeated paragraphs.
    pub paragraphs: Vec<String>,
    /// `paragraphs` joined with `\n`; every offset in the record points into it.
    pub text: String,
    /// Image captions with their credits.
    pub captions: Vec<Caption>,
    /// What cleaning dropped, with why.
    pub removed: Vec<Removed>,
    /// Spans kept in `text` but suspect (mojibake, …).
    pub flags: Vec<Flag>,
    /// People named in the body, with their titles.
    pub people: Vec<Person>,
    /// Places named in the body, with their administrative level.
    pub places: Vec<Place>,
    /// Organizations named in the body.
    pub organizations: Vec<Organization>,
    /// Dates in the body, resolved against `published`.
    pub dates: Vec<DateMention>,
    /// Characteristic words with weights.
    pub keywords: Vec<Keyword>,
    /// Acts reported in the body: who did what, where and when.
    pub events: Vec<Event>,
    /// Numbers with units in the body (`74人`, `36000平方米`).
    pub quantities: Vec<Quantity>,
    /// Quoted slogans and phrases (`“外防输入、内防反弹”`), without their quotes.
    pub quotes: Vec<TextSpan>,
    /// Documents the body cites (`《关于做好2022年元旦春节期间有关工作的通知》`).
    pub documents: Vec<TextSpan>,
    /// Meetings the body names (`第47次工作例会`, `第二十五次会议`).
    pub meetings: Vec<TextSpan>,
    /// Fields that came with the page in its container (e.g. the other keys of a JSONL
    /// line), as strings.
    pub metadata: BTreeMap<String, String>,
    /// Why the page could not be read or extracted; `None` for a good record.
    pub error: Option<String>,
}

impl Article {
    /// A record for a page that failed, keeping where it came from.
    pub fn failed(path: Option<String>, url: Option<String>, error: &crate::Error) -> Self {
        Article {
            path,
            url,
            error: Some(error.to_string()),
            ..Article::default()
        }
    }

    /// True when the record carries an error instead of content.
    pub fn is_error(&self) -> bool {
        self.error.is_some()
    }

    /// A copy with every piece of article text passed through `convert`, typically a
    /// traditional→simplified converter. Ids, paths, URLs and offsets are kept, so the
    /// converter must keep the number of characters (OpenCC's t2s does).
    ///
    /// ```
    /// use xinwen_core::Article;
    /// let mut a = Article::default();
    /// a.title = Some("abc".into());
    /// let upper = a.map_text(|s| s.to_uppercase());
    /// assert_eq!(upper.title.as_deref(), Some("ABC"));
    /// ```
    pub fn map_text(&self, convert: impl Fn(&str) -> String) -> Article {
        let f = &convert;
        let opt = |s: &Option<String>| s.as_deref().map(f);
        Article {
            title: opt(&self.title),
            subtitle: opt(&self.subtitle),
            site: opt(&self.site),
            source: opt(&self.source),
            column: opt(&self.column),
            summary: opt(&self.summary),
            bylines: (self.bylines.iter())
                .map(|b| Byline::new(b.role, f(&b.name)))
                .collect(),
            tags: self.tags.iter().map(|t| f(t)).collect(),
            paragraphs: self.paragraphs.iter().map(|p| f(p)).collect(),
            text: f(&self.text),
            captions: (self.captions.iter())
                .map(|c| Caption {
                    text: f(&c.text),
                    credit: opt(&c.credit),
                })
                .collect(),
            removed: (self.removed.iter())
                .map(|r| Removed {
                    kind: r.kind,
                    text: f(&r.text),
                })
                .collect(),
            flags: (self.flags.iter())
                .map(|x| Flag {
                    text: f(&x.text),
                    ..x.clone()
                })
                .collect(),
            people: (self.people.iter())
                .map(|p| Person {
                    name: f(&p.name),
                    titles: p.titles.iter().map(|t| f(t)).collect(),
                    mentions: p.mentions.clone(),
                })
                .collect(),
            places: (self.places.iter())
                .map(|p| Place {
                    name: f(&p.name),
                    ..p.clone()
                })
                .collect(),
            organizations: (self.organizations.iter())
                .map(|o| Organization {
                    name: f(&o.name),
                    ..o.clone()
                })
                .collect(),
            dates: (self.dates.iter())
                .map(|d| DateMention {
                    text: f(&d.text),
                    ..d.clone()
                })
                .collect(),
            keywords: (self.keywords.iter())
                .map(|k| Keyword {
                    word: f(&k.word),
                    ..k.clone()
                })
                .collect(),
            quantities: (self.quantities.iter())
                .map(|q| Quantity {
                    text: f(&q.text),
                    unit: f(&q.unit),
                    ..q.clone()
                })
                .collect(),
            quotes: map_spans(&self.quotes, f),
            documents: map_spans(&self.documents, f),
            meetings: map_spans(&self.meetings, f),
            events: (self.events.iter())
                .map(|e| Event {
                    actor: f(&e.actor),
                    titles: e.titles.iter().map(|t| f(t)).collect(),
                    action: f(&e.action),
                    target: opt(&e.target),
                    place: opt(&e.place),
                    date: e.date.clone(),
                    sentence: f(&e.sentence),
                })
                .collect(),
            ..self.clone()
        }
    }
}

fn map_spans(spans: &[TextSpan], f: &dyn Fn(&str) -> String) -> Vec<TextSpan> {
    (spans.iter())
        .map(|s| TextSpan {
            text: f(&s.text),
            ..s.clone()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field names of `shared/spec/article.md`, which must never be renamed.
    const SPEC_FIELDS: &[&str] = &[
        "id",
        "path",
        "url",
        "encoding",
        "script",
        "title",
        "subtitle",
        "published",
        "published_year_inferred",
        "site",
        "source",
        "bylines",
        "tags",
        "summary",
        "paragraphs",
        "text",
        "captions",
        "removed",
        "flags",
        "people",
        "places",
        "organizations",
        "dates",
        "keywords",
    ];

    #[test]
    fn every_spec_field_is_serialized_even_when_empty() {
        let value = serde_json::to_value(Article::default()).unwrap();
        let object = value.as_object().unwrap();
        for field in SPEC_FIELDS {
            assert!(object.contains_key(*field), "missing field {field}");
        }
        assert_eq!(object["script"], "simplified");
        assert!(object["published"].is_null());
    }

    #[test]
    fn a_record_reads_back_from_partial_json() {
        let a: Article = serde_json::from_str(r#"{"title": "标题", "error": null}"#).unwrap();
        assert_eq!(a.title.as_deref(), Some("标题"));
        assert!(a.paragraphs.is_empty());
    }

    #[test]
    fn map_text_keeps_offsets_and_ids() {
        let mut a = Article {
            id: "x1".into(),
            text: "ab".into(),
            ..Article::default()
        };
        a.people.push(Person {
            name: "ab".into(),
            titles: vec!["c".into()],
            mentions: vec![[0, 2]],
        });
        let b = a.map_text(|s| s.to_uppercase());
        assert_eq!(b.id, "x1");
        assert_eq!(b.people[0].name, "AB");
        assert_eq!(b.people[0].mentions, vec![[0, 2]]);
    }
}
