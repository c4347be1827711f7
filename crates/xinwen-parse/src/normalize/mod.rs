//! Text normalization: an ordered list of small steps over each block of a page.
//!
//! The order is written once, in [`PIPELINE`]:
//!
//! 1. [`Whitespace`]: NBSP, ideographic and zero-width spaces, tabs, indentation.
//! 2. [`PinyinAnnotations`]: `導(dǎo)` → `導`, only when the syllable is a reading of
//!    the character before it.
//! 3. [`DoubledPunctuation`]: crawl artifacts `,,` `,、` `,。` `,;` → the second mark.
//! 4. [`Mojibake`]: flags runs of characters produced by a wrong decoding; keeps them.
//!
//! Each step sees the text as the steps before it left it, asks for [`Edit`]s or raises
//! flags, and reports how many changes it made; [`TextBuf`] keeps, for every character,
//! the character of the original it came from, so nothing is lost.
//!
//! Adding a step is one file (a type implementing [`Normalizer`]) and one line in
//! [`PIPELINE`].

mod doubled_punctuation;
mod mojibake;
mod pinyin_annotations;
mod step;
mod text_buf;
mod whitespace;

use std::collections::BTreeMap;

use xinwen_chinese::Resources;

pub use doubled_punctuation::DoubledPunctuation;
pub use mojibake::Mojibake;
pub use pinyin_annotations::PinyinAnnotations;
pub use step::{Context, Normalizer};
pub use text_buf::{Edit, SpanFlag, TextBuf};
pub use whitespace::Whitespace;

/// The normalization steps, in the order they run.
pub static PIPELINE: &[&dyn Normalizer] = &[
    &Whitespace,
    &PinyinAnnotations,
    &DoubledPunctuation,
    &Mojibake,
];

/// How many changes each step made, by step name.
pub type ChangeCounts = BTreeMap<&'static str, usize>;

/// Runs every step of [`PIPELINE`] over `text`, adding each step's count to `counts`.
pub fn normalize(text: &str, resources: &Resources, counts: &mut ChangeCounts) -> TextBuf {
    normalize_in(text, &Context::of(text, resources), counts)
}

/// [`normalize`] with the context of `text` already worked out ([`Context::of`]).
pub fn normalize_in(text: &str, context: &Context<'_>, counts: &mut ChangeCounts) -> TextBuf {
    let mut buf = TextBuf::new(text);
    for step in PIPELINE {
        let n = step.normalize(&mut buf, context);
        if n > 0 {
            *counts.entry(step.name()).or_default() += n;
        }
    }
    buf
}

#[cfg(test)]
pub(crate) mod testing {
    //! Checks a step alone and inside the whole pipeline.

    use super::*;

    /// Runs `step` alone on `input`.
    pub(crate) fn alone(step: &dyn Normalizer, input: &str) -> TextBuf {
        let mut buf = TextBuf::new(input);
        step.normalize(&mut buf, &Context::of(input, Resources::global()));
        buf
    }

    /// Runs the whole pipeline on `input`.
    pub(crate) fn pipeline(input: &str) -> TextBuf {
        normalize(input, Resources::global(), &mut ChangeCounts::new())
    }

    /// The characters of `text` only traditional and only simplified script use.
    pub(crate) fn script_chars(text: &str) -> (usize, usize) {
        let converter = Resources::global().converter();
        converter.map_or((0, 0), |c| c.count_script_chars(text))
    }

    /// `test_normalizer!(name, Step, input => alone_output, pipeline_output)` checks
    /// what `Step` makes of `input` on its own and what the whole pipeline makes of it,
    /// and that neither changes a Han character ([`Context::script_chars`] counts them
    /// before the steps).
    macro_rules! test_normalizer {
        ($name:ident, $step:expr, $input:expr => $alone:expr, $pipeline:expr) => {
            #[test]
            fn $name() {
                use $crate::normalize::testing::{alone, pipeline, script_chars};
                let (one, all) = (alone(&$step, $input), pipeline($input));
                assert_eq!(one.text(), $alone, "{} alone", stringify!($step));
                assert_eq!(all.text(), $pipeline, "whole pipeline");
                let before = script_chars($input);
                assert_eq!(script_chars(one.text()), before, "Han characters changed");
                assert_eq!(script_chars(all.text()), before, "Han characters changed");
            }
        };
    }
    pub(crate) use test_normalizer;
}
