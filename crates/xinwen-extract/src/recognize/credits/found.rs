//! What the credits of a text are: the people and the part of the text they cover.

use std::ops::Range;

use xinwen_core::Byline;

/// Credits found in a text, each with the character range it covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credits {
    /// The people credited, in order.
    pub bylines: Vec<Byline>,
    /// Character ranges of the text that the credits cover.
    pub covered: Vec<Range<usize>>,
}

impl Credits {
    pub(super) fn push(&mut self, byline: Byline, range: Range<usize>) {
        if !self.bylines.contains(&byline) {
            self.bylines.push(byline);
        }
        self.covered.push(range);
    }

    /// True when the credits cover all but `slack` letters of `text` (Latin letters and
    /// digits not counted: `责任编辑：李曦_NN2587`): the line does nothing but credit
    /// people (`责任编辑：孔德明`).
    pub fn cover_all_of(&self, text: &str, slack: usize) -> bool {
        if self.bylines.is_empty() {
            return false;
        }
        let mut covered = vec![false; text.chars().count()];
        for r in &self.covered {
            (covered.get_mut(r.clone()).into_iter().flatten()).for_each(|c| *c = true);
        }
        let uncovered = (text.chars().zip(&covered))
            .filter(|(c, covered)| !**covered && !c.is_ascii() && crate::id::is_letter_or_digit(*c))
            .count();
        uncovered <= slack
    }
}
