//! Small value types of the article record: script, bylines, captions, what cleaning
//! removed and what it flagged.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Which Chinese script a text is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    /// Simplified characters only (or no characters that differ between scripts).
    #[default]
    Simplified,
    /// Traditional characters.
    Traditional,
    /// Both scripts in significant amounts.
    Mixed,
}

impl Script {
    /// The name used in records: `simplified`, `traditional` or `mixed`.
    pub fn as_str(self) -> &'static str {
        match self {
            Script::Simplified => "simplified",
            Script::Traditional => "traditional",
            Script::Mixed => "mixed",
        }
    }
}

impl fmt::Display for Script {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The part a person played in producing an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// 记者: the reporter who wrote the story.
    Reporter,
    /// 通讯员: a correspondent contributing to the story.
    Correspondent,
    /// 责任编辑 / 责编 / 编辑: the editor.
    Editor,
    /// 摄 / 摄影 / 图: the photographer.
    Photographer,
    /// 作者 / 文: the author of a signed piece.
    Author,
    /// 发布者: the account that published the page (often a CMS user).
    Publisher,
}

impl Role {
    /// Every role, in declaration order.
    pub const ALL: [Role; 6] = [
        Role::Reporter,
        Role::Correspondent,
        Role::Editor,
        Role::Photographer,
        Role::Author,
        Role::Publisher,
    ];

    /// The role named `name` (`reporter`), as data files write it.
    pub fn from_name(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == name)
    }

    /// The name used in records, e.g. `reporter`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Reporter => "reporter",
            Role::Correspondent => "correspondent",
            Role::Editor => "editor",
            Role::Photographer => "photographer",
            Role::Author => "author",
            Role::Publisher => "publisher",
        }
    }
}

/// A credited person: `記者 付楊` → `{role: reporter, name: 付楊}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Byline {
    /// What the person did.
    pub role: Role,
    /// The bare name, without the role word.
    pub name: String,
}

impl Byline {
    /// A byline of `role` for `name`.
    pub fn new(role: Role, name: impl Into<String>) -> Self {
        Byline {
            role,
            name: name.into(),
        }
    }
}

/// An image caption and the photographer it credits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caption {
    /// The caption text, without the credit.
    pub text: String,
    /// The photographer named after the caption (`王棟 攝`), if any.
    pub credit: Option<String>,
}

/// Why a piece of the page was left out of the article body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RemovedKind {
    /// Site furniture that is none of the more specific kinds.
    Boilerplate,
    /// Breadcrumbs, menus, channel lists.
    Navigation,
    /// A second copy of a paragraph or caption already in the article.
    Duplicate,
    /// Comment widgets and their counters.
    Comments,
    /// Copyright and disclaimer notes.
    Copyright,
    /// App, client and account promotions, QR-code prompts.
    Promotion,
    /// Share and follow prompts.
    Share,
    /// Reaction buttons (鲜花, 握手, …).
    Reactions,
    /// Lists of related articles.
    Related,
    /// Lines whose content went into a field (date line, byline, tags, source).
    Metadata,
}

impl RemovedKind {
    /// Every kind, in declaration order.
    pub const ALL: [RemovedKind; 10] = [
        RemovedKind::Boilerplate,
        RemovedKind::Navigation,
        RemovedKind::Duplicate,
        RemovedKind::Comments,
        RemovedKind::Copyright,
        RemovedKind::Promotion,
        RemovedKind::Share,
        RemovedKind::Reactions,
        RemovedKind::Related,
        RemovedKind::Metadata,
    ];

    /// The kind named `name` (`navigation`), as data files write it.
    pub fn from_name(name: &str) -> Option<RemovedKind> {
        RemovedKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The name used in records, e.g. `navigation`.
    pub fn as_str(self) -> &'static str {
        match self {
            RemovedKind::Boilerplate => "boilerplate",
            RemovedKind::Navigation => "navigation",
            RemovedKind::Duplicate => "duplicate",
            RemovedKind::Comments => "comments",
            RemovedKind::Copyright => "copyright",
            RemovedKind::Promotion => "promotion",
            RemovedKind::Share => "share",
            RemovedKind::Reactions => "reactions",
            RemovedKind::Related => "related",
            RemovedKind::Metadata => "metadata",
        }
    }
}

/// A piece of the page that cleaning dropped, kept so nothing is silently lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// Why it was dropped.
    pub kind: RemovedKind,
    /// The dropped text as it stood on the page (normalized).
    pub text: String,
}

/// What is suspect about a flagged span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    /// Characters produced by decoding bytes with the wrong encoding.
    Mojibake,
    /// The page dates itself relative to when it was fetched (`3小时前`, `今天 10:22`)
    /// and nothing says when that was, so `published` stays empty. The date line is
    /// not part of the text: `start` and `end` are 0, `text` is the date as written.
    RelativeDate,
    /// The page held NUL bytes (a damaged file, a crawler's padding), dropped before it
    /// was read. Not a span of the text: `start` and `end` are 0, `text` is how many.
    NulBytes,
}

impl FlagKind {
    /// The name used in records, e.g. `mojibake`.
    pub fn as_str(self) -> &'static str {
        match self {
            FlagKind::Mojibake => "mojibake",
            FlagKind::RelativeDate => "relative_date",
            FlagKind::NulBytes => "nul_bytes",
        }
    }
}

/// A span kept in the text but marked as suspect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flag {
    /// What is wrong with the span.
    pub kind: FlagKind,
    /// Character offset of the first character in [`Article::text`](crate::Article::text).
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
    /// The flagged characters.
    pub text: String,
}
