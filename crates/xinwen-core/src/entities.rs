//! What an article talks about: people, places, organizations, dates, keywords, events.

use serde::{Deserialize, Serialize};

/// A `[start, end)` pair of character offsets into [`Article::text`](crate::Article::text).
pub type Span = [usize; 2];

/// A person named in the article body, with every position the text gives them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// The name as written (`洪慶`).
    pub name: String,
    /// Positions as written, in order of first appearance (`州委副書記`, `市委書記`); the
    /// body's first, then those only the headline gives.
    pub titles: Vec<String>,
    /// Every place the name occurs in the body (`Article::text`): none for a person of
    /// a page that is a headline alone.
    pub mentions: Vec<Span>,
}

/// Administrative level of a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceLevel {
    /// 省, 自治区, 直辖市.
    Province,
    /// 地级市, 自治州, 地区, 盟.
    Prefecture,
    /// 县, 县级市, 市辖区, 旗.
    County,
    /// 镇, 乡, 街道.
    Township,
    /// 村.
    Village,
    /// 社区.
    Community,
    /// Anything else: countries, landmarks, roads, unknown levels.
    Other,
}

impl PlaceLevel {
    /// Every level, from the highest.
    pub const ALL: [PlaceLevel; 7] = [
        PlaceLevel::Province,
        PlaceLevel::Prefecture,
        PlaceLevel::County,
        PlaceLevel::Township,
        PlaceLevel::Village,
        PlaceLevel::Community,
        PlaceLevel::Other,
    ];

    /// The level named `name` (`county`), as data files write it.
    pub fn from_name(name: &str) -> Option<PlaceLevel> {
        PlaceLevel::ALL.into_iter().find(|l| l.as_str() == name)
    }

    /// The name used in records, e.g. `county`.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceLevel::Province => "province",
            PlaceLevel::Prefecture => "prefecture",
            PlaceLevel::County => "county",
            PlaceLevel::Township => "township",
            PlaceLevel::Village => "village",
            PlaceLevel::Community => "community",
            PlaceLevel::Other => "other",
        }
    }
}

/// A place named in the article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The name as written (`延吉市`).
    pub name: String,
    /// Its administrative level.
    pub level: PlaceLevel,
    /// Every place the name occurs.
    pub mentions: Vec<Span>,
}

/// What kind of body an organization is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum OrganizationKind {
    /// Government, party and public bodies: 政府, 公安局, 市委, 法院, 人大.
    Government,
    /// Companies and brands: 有限公司, 集团, 银行, 华为.
    Company,
    /// Schools, hospitals, research institutes, museums: 大学, 医院, 研究所.
    Institution,
    /// Anything else: associations, clubs, teams, international bodies.
    #[default]
    Other,
}

impl OrganizationKind {
    /// Every kind.
    pub const ALL: [OrganizationKind; 4] = [
        OrganizationKind::Government,
        OrganizationKind::Company,
        OrganizationKind::Institution,
        OrganizationKind::Other,
    ];

    /// The kind named `name` (`company`), as data files write it.
    pub fn from_name(name: &str) -> Option<OrganizationKind> {
        OrganizationKind::ALL
            .into_iter()
            .find(|k| k.as_str() == name)
    }

    /// The name used in records, e.g. `company`.
    pub fn as_str(self) -> &'static str {
        match self {
            OrganizationKind::Government => "government",
            OrganizationKind::Company => "company",
            OrganizationKind::Institution => "institution",
            OrganizationKind::Other => "other",
        }
    }
}

/// An organization named in the article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    /// The name as written (`延吉市公安局`).
    pub name: String,
    /// What kind of body it is (`government`).
    #[serde(default)]
    pub kind: OrganizationKind,
    /// Every place the name occurs.
    pub mentions: Vec<Span>,
}

/// A date written in the body, resolved against the publication date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// The date as written (`1月28日`).
    pub text: String,
    /// ISO 8601 value (`2020-01-28`, `--01-28` when the year is unknown, or an interval
    /// `2020-01-27/2020-01-28`).
    pub value: String,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
    /// The part of the day the text gives (`上午`, `下午`, `晚上`, …).
    pub part_of_day: Option<String>,
}

/// A word that characterizes the article, with its weight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyword {
    /// The word as written.
    pub word: String,
    /// Its weight in 0..=1; higher is more characteristic (the mean of the two scores
    /// below, each scaled to the best word).
    pub weight: f64,
    /// Its TF-IDF score (jieba's IDF table).
    pub tfidf: f64,
    /// Its TextRank score (co-occurrence graph of the article).
    pub textrank: f64,
}

/// A piece of the text: a quoted slogan, a cited document, a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// The characters as written.
    pub text: String,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
}

/// A number with its unit (`74人`, `36000平方米`, `3400余份`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The quantity as written.
    pub text: String,
    /// Its numeric value (`3.6万` → 36000).
    pub value: f64,
    /// Its unit (`人`, `平方米`, `份`).
    pub unit: String,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
}

/// An act the article reports: who did what, to what, where and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// The person acting (`洪慶`).
    pub actor: String,
    /// The actor's positions as the article gives them.
    pub titles: Vec<String>,
    /// The act (`檢查指導`, `主持召開`).
    pub action: String,
    /// What the act was about (`全市疫情防控工作`), if stated.
    pub target: Option<String>,
    /// Where it happened, if stated.
    pub place: Option<String>,
    /// When it happened (ISO 8601), if stated.
    pub date: Option<String>,
    /// The sentence that reports it.
    pub sentence: String,
}
