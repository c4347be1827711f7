//! What a normalization step is: the [`Normalizer`] trait and the [`Context`] it may
//! consult.

use xinwen_chinese::Resources;

use super::text_buf::TextBuf;

/// What a step may consult besides the text.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The shared language resources.
    pub resources: &'a Resources,
    /// True when the block is written in traditional script, so that simplified-only
    /// characters in it are suspect.
    pub traditional: bool,
    /// True when the block is written in simplified script, so that traditional-only
    /// characters in it are suspect; a block of both scripts is neither.
    pub simplified: bool,
    /// How many characters of the block only traditional and only simplified script use,
    /// in that order. No step adds, removes or changes a Han character, so the counts
    /// hold for the normalized text too.
    pub script_chars: (usize, usize),
}

impl<'a> Context<'a> {
    /// The context of `text`, judging its script from its own characters.
    pub fn of(text: &str, resources: &'a Resources) -> Self {
        let (t, s) = (resources.converter())
            .map(|c| c.count_script_chars(text))
            .unwrap_or((0, 0));
        Context {
            resources,
            traditional: t >= 5 && t >= 3 * s,
            simplified: s >= 5 && s >= 3 * t,
            script_chars: (t, s),
        }
    }
}

/// One normalization step.
pub trait Normalizer: Send + Sync {
    /// A short name, used in change counts (`pinyin_annotations`).
    fn name(&self) -> &'static str;

    /// Normalizes `buf` in place (through [`TextBuf::apply`] and [`TextBuf::flag`]) and
    /// returns how many changes or flags it made. A step never adds, removes or changes
    /// a Han character ([`Context::script_chars`] counts them before the steps).
    fn normalize(&self, buf: &mut TextBuf, context: &Context<'_>) -> usize;
}
