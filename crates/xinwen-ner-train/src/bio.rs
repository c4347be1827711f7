//! BIO files (one `char TAG` per line, blank lines between sentences) and span-exact
//! scoring against them.

use std::collections::HashSet;

use xinwen_ner::{Label, NerKind, NerSpan, spans_of};

use crate::pfr::Example;

/// The sentences of a BIO file's text.
pub fn parse(text: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let mut cur = Example::default();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.labels.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let mut chars = line.chars();
        let Some(c) = chars.next() else { continue };
        let tag = chars.as_str().trim();
        // A line whose character is itself a space (` O`) keeps the space.
        let (c, tag) = if c.is_whitespace() && !tag.contains(char::is_whitespace) {
            (' ', tag)
        } else {
            (c, tag.rsplit(char::is_whitespace).next().unwrap_or(tag))
        };
        cur.text.push(c);
        cur.labels.push(Label::parse(tag));
    }
    if !cur.labels.is_empty() {
        out.push(cur);
    }
    out
}

/// True positives, predicted and gold counts of one kind.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    /// Spans predicted exactly.
    pub correct: usize,
    /// Spans predicted.
    pub predicted: usize,
    /// Spans in the gold standard.
    pub gold: usize,
}

impl Counts {
    /// Precision, recall and F1.
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = self.correct as f64 / self.predicted.max(1) as f64;
        let r = self.correct as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

/// Span-exact scores per kind (person, place, organization) and overall.
#[derive(Debug, Clone, Copy, Default)]
pub struct Score {
    /// Per kind, in the order person, place, organization.
    pub kinds: [Counts; 3],
}

impl Score {
    /// Adds one sentence's predicted and gold spans.
    pub fn add(&mut self, predicted: &[NerSpan], gold: &[NerSpan]) {
        let gold_set: HashSet<&NerSpan> = gold.iter().collect();
        for (k, kind) in [NerKind::Person, NerKind::Place, NerKind::Organization]
            .into_iter()
            .enumerate()
        {
            let c = &mut self.kinds[k];
            c.gold += gold.iter().filter(|s| s.kind == kind).count();
            for s in predicted.iter().filter(|s| s.kind == kind) {
                c.predicted += 1;
                c.correct += usize::from(gold_set.contains(s));
            }
        }
    }

    /// Adds one sentence given as label sequences.
    pub fn add_labels(&mut self, predicted: &[NerSpan], gold: &[Label]) {
        self.add(predicted, &spans_of(gold));
    }

    /// A one-line summary: F1 per kind and micro-averaged.
    pub fn summary(&self) -> String {
        let mut all = Counts::default();
        let mut s = String::new();
        for (name, c) in ["PER", "LOC", "ORG"].iter().zip(&self.kinds) {
            let (p, r, f) = c.prf();
            s.push_str(&format!("{name} P {p:.3} R {r:.3} F {f:.3} | "));
            all.correct += c.correct;
            all.predicted += c.predicted;
            all.gold += c.gold;
        }
        let (p, r, f) = all.prf();
        s.push_str(&format!("all P {p:.3} R {r:.3} F {f:.3}"));
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_scores() {
        let ex = parse("江 B-PER\n泽\tI-PER\n民 I-PER\n  O\n在 O\n\n北 B-LOC\n京 I-LOC\n");
        assert_eq!(ex.len(), 2);
        assert_eq!(ex[0].text, "江泽民 在");
        let mut s = Score::default();
        let gold = spans_of(&ex[0].labels);
        s.add(&gold, &gold);
        assert_eq!(s.kinds[0].correct, 1);
        assert!(s.summary().contains("PER P 1.000"));
    }
}
