//! The dateline at the head of a story: `延吉新聞網12月30日訊`, `新华社北京1月5日电`,
//! `本報訊(記者 蓋曉宇)1月25日` (`outlets/dateline` of the lexicon): who filed it,
//! from where, on what day.

use xinwen_chinese::Lexicon;

use super::dates::{FoundDate, find_date};

/// A dateline, read on the simplified view of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline<'t> {
    /// The head before the date or `讯`/`电`: the outlet and maybe where the story was
    /// filed (`新华社北京`).
    pub head: &'t str,
    /// The month and day it gives, before `讯` or after the credits.
    pub date: Option<FoundDate>,
}

/// The dateline `simple` (a paragraph in simplified script) opens with.
pub fn dateline<'t>(simple: &'t str, words: &Lexicon) -> Option<Dateline<'t>> {
    let caps = words.dateline.captures(simple)?;
    let date =
        (caps.name("date").or(caps.name("after"))).and_then(|m| find_date(m.as_str(), words));
    Some(Dateline {
        head: caps.name("head")?.as_str(),
        date,
    })
}
