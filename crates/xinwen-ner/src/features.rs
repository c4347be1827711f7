//! The feature templates: what the tagger knows about each character.

use crate::chars::{BOS, EOS};
use crate::context::Context;
use crate::hash::{KeyBuilder, str_key};

/// Version of the feature templates. A model records the version it was trained with
/// and is refused by a build whose templates differ.
pub const FEATURE_VERSION: u32 = 5;

/// The feature keys of every character of a sentence, stored flat.
#[derive(Debug, Clone, Default)]
pub struct Features {
    keys: Vec<u64>,
    bounds: Vec<usize>,
}

impl Features {
    /// Number of characters.
    pub fn len(&self) -> usize {
        self.bounds.len().saturating_sub(1)
    }

    /// True when there are no characters.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The feature keys of character `i` (empty when out of range).
    pub fn at(&self, i: usize) -> &[u64] {
        match (self.bounds.get(i), self.bounds.get(i + 1)) {
            (Some(&a), Some(&b)) => self.keys.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// Position of a character in its word: B(egin), M(iddle), E(nd), S(ingle).
fn position(start: usize, end: usize, i: usize) -> char {
    match (i == start, i + 1 == end) {
        (true, true) => 'S',
        (true, false) => 'B',
        (false, true) => 'E',
        (false, false) => 'M',
    }
}

fn len_bucket(n: usize) -> u64 {
    n.min(5) as u64
}

/// Computes the feature keys of every character of `ctx`.
pub fn extract(ctx: &Context) -> Features {
    let n = ctx.len();
    let mut f = Features {
        keys: Vec::with_capacity(n * 40),
        bounds: Vec::with_capacity(n + 1),
    };
    f.bounds.push(0);
    // the shapes and classes with two padding characters on each side, so that the
    // window of character `i` is `i..i + 5` with no test at the ends
    let padded = |of: &[char]| -> Vec<char> {
        let mut v = Vec::with_capacity(n + 4);
        v.extend([BOS, BOS]);
        v.extend(of.iter().take(n));
        v.resize(n + 4, EOS);
        v
    };
    let (shapes, classes) = (padded(&ctx.shapes), padded(&ctx.classes));
    // character classes with one padding class on each side
    let mut cc = Vec::with_capacity(n + 2);
    cc.push(254u64);
    cc.extend(ctx.char_classes.iter().take(n).map(|&c| u64::from(c)));
    cc.resize(n + 2, 255);
    let bias = KeyBuilder::new(0).key();
    let (none, end) = (str_key("^"), str_key("$"));
    for i in 0..n {
        let k = &mut f.keys;
        let (Some(s), Some(c5)) = (shapes.get(i..i + 5), classes.get(i..i + 5)) else {
            break;
        };
        k.push(bias);
        for (t, &a) in (1u8..).zip(s) {
            k.push(KeyBuilder::new(t).ch(a).key());
        }
        for (t, w) in (6u8..).zip(s.windows(2)) {
            k.push(KeyBuilder::new(t).ch(w[0]).ch(w[1]).key());
        }
        for (t, w) in (10u8..).zip(s.windows(3)) {
            k.push(KeyBuilder::new(t).ch(w[0]).ch(w[1]).ch(w[2]).key());
        }
        k.push(KeyBuilder::new(13).ch(c5[1]).ch(c5[2]).ch(c5[3]).key());
        let b = KeyBuilder::new(14).ch(c5[0]).ch(c5[1]).ch(c5[2]);
        k.push(b.ch(c5[3]).ch(c5[4]).key());

        if let Some(&[a, b, c]) = cc.get(i..i + 3) {
            k.push(KeyBuilder::new(43).num(b).key());
            k.push(KeyBuilder::new(45).num(a).num(b).key());
            k.push(KeyBuilder::new(46).num(b).num(c).key());
        }

        let wi = ctx.word_of.get(i).copied().unwrap_or(0);
        let Some(w) = ctx.words.get(wi) else {
            f.bounds.push(f.keys.len());
            continue;
        };
        let pos = position(w.start, w.end, i);
        let prev = wi.checked_sub(1).and_then(|j| ctx.words.get(j));
        let next = ctx.words.get(wi + 1);
        let next2 = ctx.words.get(wi + 2);
        // strings enter keys as their precomputed keys (`WordInfo::text_key`, `tag_key`)
        let (ptag, ptext) = prev.map_or((none, none), |w| (w.tag_key, w.text_key));
        let pclass = prev.map_or(256, |w| w.class);
        let nclass = next.map_or(257, |w| w.class);
        let (ntag, ntext) = next.map_or((end, end), |w| (w.tag_key, w.text_key));
        let (n2tag, n2text) = next2.map_or((end, end), |w| (w.tag_key, w.text_key));
        let nlast = next.map_or(EOS, |w| w.last);
        let n2last = next2.map_or(EOS, |w| w.last);
        let (first, last, tag, text) = (w.first, w.last, w.tag_key, w.text_key);
        let wlen = len_bucket(w.end - w.start);
        let c = s[2];
        let at = KeyBuilder::new;
        k.push(at(15).ch(pos).num(tag).key());
        k.push(at(16).ch(pos).num(text).key());
        k.push(at(17).ch(pos).num(tag).num(ptag).key());
        k.push(at(18).ch(pos).num(tag).num(ntag).key());
        k.push(at(19).ch(pos).num(ptext).key());
        k.push(at(20).ch(pos).num(ntext).key());
        k.push(at(21).ch(pos).ch(nlast).num(ntag).key());
        k.push(at(22).ch(pos).ch(nlast).ch(n2last).key());
        k.push(at(23).ch(pos).num(wlen).num(tag).key());
        let sur = u64::from(ctx.surname.get(i).copied().unwrap_or(0));
        k.push(at(24).num(sur).ch(pos).num(tag).key());
        k.push(at(25).ch(c).ch(pos).key());
        k.push(at(26).ch(pos).ch(first).ch(last).key());
        k.push(at(27).ch(c).num(tag).key());
        k.push(at(29).ch(pos).num(n2text).key());
        k.push(at(30).ch(pos).num(tag).num(ntag).num(n2tag).key());
        k.push(at(31).ch(pos).num(ptext).num(text).key());
        // word classes: this word's and its neighbours' (pairs of them cost a cache miss
        // each for little: the domain is large)
        k.push(at(32).ch(pos).num(w.class).key());
        k.push(at(33).ch(pos).num(pclass).key());
        k.push(at(34).ch(pos).num(nclass).key());
        // The nearest organization ending among this word and the next three, with the
        // tags in between: `延吉市` before `公安局`.
        let ahead = (wi..wi + 4).find(|&j| ctx.words.get(j).is_some_and(|w| w.org_ending));
        if let Some(j) = ahead {
            let mut b = KeyBuilder::new(28).ch(pos).num((j - wi) as u64);
            for w in ctx.words.get(wi..j).unwrap_or(&[]) {
                b = b.num(w.tag_key);
            }
            k.push(b.key());
        }
        if let Some(hits) = ctx.lexicon.get(i) {
            for h in hits {
                let kind = h.kind as u64;
                k.push(KeyBuilder::new(40).num(kind).num(h.position.into()).key());
                let b = KeyBuilder::new(41).num(kind).num(h.position.into());
                k.push(b.num(h.len.into()).key());
            }
        }
        f.bounds.push(f.keys.len());
    }
    f
}
