//! Where a name the tagger reads ends, against the words of the dictionary around it:
//! a name cut out of a longer word is none (`强降|雨`), a name of two characters before
//! its last character again is longer (`张亮|亮`).

use std::ops::Range;

use xinwen_chinese::Segmenter;

use crate::enrich::analysis::Analysis;

/// Whether a name of the tagger, no word of the dictionary itself, is the start of one
/// that goes on past it (`强降|雨`, `白皮|书`, `角色扮|演`): the tagger cut a word, and
/// what it read is no one's whole name (`安倍晋|三` is cut short). A name that is a word
/// stays (`邓小平|理论`), and so does one the segmenter only guessed a word around
/// (`李安版`).
pub(super) fn cut_from_word(text: &Analysis, segmenter: &Segmenter, range: &Range<usize>) -> bool {
    !segmenter.has_word(&text.simple(range.clone()))
        && (text.token_starting(range.start))
            .and_then(|k| text.tokens.get(k))
            .filter(|t| t.range.end > range.end)
            .is_some_and(|t| segmenter.has_word(&text.simple(t.range.clone())))
}

/// A name of two characters followed by its last character again, as a word of one
/// character (`张亮|亮是`, `侯凡|凡科研`), the doubled character no word of the dictionary
/// (`王|刚刚|到` is no such case): the name with it (`张亮亮`). Otherwise `range`.
pub(super) fn with_doubled_end(
    text: &Analysis,
    segmenter: &Segmenter,
    range: Range<usize>,
) -> Range<usize> {
    let chars = &text.simplified;
    let (Some(last), Some(next)) = (chars.get(range.end.wrapping_sub(1)), chars.get(range.end))
    else {
        return range;
    };
    let alone = text
        .token_at(range.end)
        .is_some_and(|t| t.range == (range.end..range.end + 1));
    let doubled: String = [*last, *next].iter().collect();
    if range.len() == 2 && last == next && alone && !segmenter.has_word(&doubled) {
        range.start..range.end + 1
    } else {
        range
    }
}
