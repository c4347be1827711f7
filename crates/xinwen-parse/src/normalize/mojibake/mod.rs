//! Runs of characters produced by decoding bytes with the wrong encoding.

mod signals;

use std::ops::Range;

use xinwen_core::FlagKind;

use super::step::{Context, Normalizer};
use super::text_buf::TextBuf;
use signals::{Judge, Signal, is_han};

/// Flags (and keeps) runs that a wrong decoding produced.
///
/// Each character gets a signal (none, soft or hard); suspects no more than two
/// characters apart form a cluster; a cluster is mojibake when it holds a hard signal,
/// or when at least three of its characters are soft suspects and they make half of it.
/// Rare characters inside a dictionary word (`魑魅魍魉`) are not suspects. A flagged
/// run takes in the `;` or `?` glued before it, the `?` of a lost byte and the broken
/// annotation `(qū)` after it, and joins characters flagged by earlier steps next to it.
pub struct Mojibake;

/// Suspects at most this many positions apart belong to one cluster.
const STEP: usize = 3;

/// The longest word the dictionary check tries.
const LONGEST_WORD: usize = 4;

fn clusters(signals: &[Signal]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, s) in signals.iter().enumerate() {
        if *s == Signal::None {
            continue;
        }
        match out.last_mut() {
            Some(run) if i <= run.end - 1 + STEP => run.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// Marks that separate items of clean text: rare characters on both sides of one are
/// an enumeration (`潏、滈、浐`), not one garbled run.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '、' | '，' | '。' | '；' | '：' | '！' | '？' | ',' | '.' | ';' | ':' | '!' | ' '
    )
}

fn is_mojibake(chars: &[char], signals: &[Signal]) -> bool {
    let hard = signals.contains(&Signal::Hard);
    let soft = signals.iter().filter(|s| **s == Signal::Soft).count();
    hard || (soft >= 3 && soft * 2 >= signals.len() && !chars.iter().copied().any(is_separator))
}

/// Clears the soft signal of rare characters that belong to a dictionary word.
fn forgive_words(
    chars: &[char],
    signals: &mut [Signal],
    run: &Range<usize>,
    context: &Context<'_>,
) {
    let Ok(converter) = context.resources.converter() else {
        return;
    };
    let segmenter = context.resources.segmenter();
    for i in run.clone() {
        if signals.get(i) != Some(&Signal::Soft) || !chars.get(i).copied().is_some_and(is_han) {
            continue;
        }
        let in_word = (2..=LONGEST_WORD).any(|len| {
            (i.saturating_sub(len - 1)..=i).any(|start| {
                let Some(slice) = chars.get(start..start + len) else {
                    return false;
                };
                let word: String = slice.iter().collect();
                slice.iter().all(|&c| is_han(c))
                    && segmenter.has_word(&converter.to_simplified(&word))
            })
        });
        if in_word {
            signals[i] = Signal::None;
        }
    }
}

/// Widens a flagged run over the punctuation glued before it and the broken annotation
/// after it.
fn widen(chars: &[char], mut run: Range<usize>) -> Range<usize> {
    if run.start >= 2
        && matches!(chars[run.start - 1], ';' | '?' | ':')
        && is_han(chars[run.start - 2])
    {
        run.start -= 1;
    }
    // the `?` left for an unmappable byte right after the run, or after one more
    // character (`敤姘?`)
    if chars.get(run.end) == Some(&'?') {
        run.end += 1;
    } else if chars.get(run.end + 1) == Some(&'?')
        && chars.get(run.end).copied().is_some_and(is_han)
    {
        run.end += 2;
    }
    if chars.get(run.end) == Some(&'(') {
        let close = (run.end + 1..(run.end + 9).min(chars.len())).find(|&j| chars[j] == ')');
        let letters = |close: usize| {
            chars[run.end + 1..close]
                .iter()
                .all(|c| c.is_alphabetic() && !is_han(*c))
        };
        if let Some(close) = close.filter(|&c| c > run.end + 1 && letters(c)) {
            run.end = close + 1;
        }
    }
    run
}

impl Normalizer for Mojibake {
    fn name(&self) -> &'static str {
        "mojibake"
    }

    fn normalize(&self, buf: &mut TextBuf, context: &Context<'_>) -> usize {
        let (Ok(converter), Ok(common)) = (
            context.resources.converter(),
            context.resources.common_chars(),
        ) else {
            return 0;
        };
        let judge = Judge {
            common,
            converter,
            traditional: context.traditional,
            simplified: context.simplified,
        };
        let mut runs: Vec<Range<usize>> = Vec::new();
        let quiet = judge.is_quiet(buf.text());
        let chars: Vec<char> = match quiet {
            true => Vec::new(),
            false => buf.text().chars().collect(),
        };
        let mut signals = match quiet {
            true => Vec::new(),
            false => judge.signals(&chars),
        };
        for run in clusters(&signals) {
            forgive_words(&chars, &mut signals, &run, context);
            for sub in clusters(&signals[run.clone()]) {
                let sub = run.start + sub.start..run.start + sub.end;
                if is_mojibake(&chars[sub.clone()], &signals[sub.clone()]) {
                    runs.push(widen(&chars, sub));
                }
            }
        }
        // earlier steps' flags (a garbled character before an annotation) join runs
        // next to them
        let earlier: Vec<Range<usize>> = (buf.flags().iter())
            .filter(|f| f.kind == FlagKind::Mojibake)
            .map(|f| f.range.clone())
            .collect();
        let mut all: Vec<Range<usize>> = runs
            .iter()
            .cloned()
            .chain(earlier.iter().cloned())
            .collect();
        all.sort_by_key(|r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::new();
        for r in all {
            match merged.last_mut() {
                Some(last) if r.start <= last.end + 1 => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        let found = (merged.iter())
            .filter(|m| runs.iter().any(|r| r.start >= m.start && r.end <= m.end))
            .count();
        buf.replace_flags(FlagKind::Mojibake, merged);
        found
    }
}

#[cfg(test)]
mod tests;
