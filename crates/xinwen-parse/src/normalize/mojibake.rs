//! Runs of characters produced by decoding bytes with the wrong encoding.

use xinwen_chinese::Resources;
use xinwen_core::FlagKind;

use super::{Normalizer, TextBuf};

/// Flags (and keeps) runs that a wrong decoding produced: private-use characters,
/// replacement characters, and `?` or `^` wedged between Chinese characters, together
/// with the garbled characters next to them.
pub struct Mojibake;

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

/// Suspect characters this close together belong to one run.
const MERGE_GAP: usize = 8;

/// Characters that never occur in clean Chinese text.
fn is_garbage(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{FFFD}' | '\u{2460}'..='\u{24FF}')
}

/// A `?` or `^` where a decoder left it for a byte it could not map: `^` right after a
/// Chinese character and before another or a bracket (`鐓^(qū)`); `?` right after a
/// Chinese character and before pinyin letters (`龍?jiān`) or garbage (`處?捣逡\u{e026}`).
/// A `?` between two Chinese characters alone is a folded question mark, not mojibake.
fn is_wedged(chars: &[char], i: usize) -> bool {
    let at = |j: usize| chars.get(j).copied();
    let (Some(c), Some(before), Some(after)) = (at(i), i.checked_sub(1).and_then(at), at(i + 1))
    else {
        return false;
    };
    if !is_han(before) {
        return false;
    }
    match c {
        '^' => is_han(after) || after == '(',
        '?' => after.is_ascii_lowercase() || (i + 1..i + 5).filter_map(at).any(is_garbage),
        _ => false,
    }
}

impl Normalizer for Mojibake {
    fn name(&self) -> &'static str {
        "mojibake"
    }

    fn normalize(&self, buf: &mut TextBuf, _resources: &Resources) -> usize {
        let chars: Vec<char> = buf.text().chars().collect();
        let suspect: Vec<bool> = (0..chars.len())
            .map(|i| chars.get(i).is_some_and(|&c| is_garbage(c)) || is_wedged(&chars, i))
            .collect();
        let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
        for (i, &bad) in suspect.iter().enumerate() {
            if !bad {
                continue;
            }
            match runs.last_mut() {
                // characters between two suspects close together belong to one run
                Some(run) if i <= run.end + MERGE_GAP => run.end = i + 1,
                _ => runs.push(i..i + 1),
            }
        }
        for run in &mut runs {
            // the broken pinyin annotation a garbled character leaves behind: `^(qū)`
            let rest: String = chars.iter().skip(run.end).take(9).collect();
            if let Some(close) = rest.strip_prefix('(').and_then(|r| r.find(')')) {
                let inner = &rest[1..=close];
                if inner.chars().all(|c| c.is_alphabetic() && !is_han(c)) {
                    run.end += inner.chars().count() + 2;
                }
            }
        }
        let n = runs.len();
        for run in runs {
            buf.flag(FlagKind::Mojibake, run);
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::testing::{alone, pipeline};

    fn flagged(text: &str) -> Vec<String> {
        let buf = alone(&Mojibake, text);
        let chars: Vec<char> = buf.text().chars().collect();
        buf.flags()
            .iter()
            .map(|f| chars[f.range.clone()].iter().collect())
            .collect()
    }

    #[test]
    fn private_use_runs() {
        let runs = flagged("落到實處?捣逡\u{e026}螅\u{e0ed}\u{e01b}訌市場內部管理");
        assert_eq!(runs.len(), 1);
        assert!(runs[0].contains("\u{e026}螅\u{e0ed}\u{e01b}"));
    }

    #[test]
    fn wedged_question_mark() {
        assert_eq!(flagged("新安街道龍?jiān)瓷鐓^(qū)、近海").len(), 1);
    }

    #[test]
    fn clean_text_is_not_flagged() {
        assert!(flagged("你好?是的。1+1=2?对^_^ 八个县(市)").is_empty());
        assert!(
            pipeline("延吉市安排部署“兩節”期間全市疫情防控工作")
                .flags()
                .is_empty()
        );
    }
}
