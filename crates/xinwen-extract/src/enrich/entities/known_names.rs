//! People known by name: the transliterated names of `people/known_foreign_names`
//! (`拉赫蒙`, `欧尔班`), which the tagger cuts (`拉赫|蒙`), misses, or reads as a place
//! (`欧尔`) or a body (`埃尔多`).

use std::ops::Range;

use super::learned::Learned;
use crate::enrich::analysis::Analysis;

/// The known foreign names written whole in `text`, none with a character of foreign
/// names (`people/transliteration_chars`) glued to it on either side (`萨勒曼` holds no
/// `萨勒`).
fn known_foreign_names(text: &Analysis) -> Vec<Range<usize>> {
    let chars = &text.simplified;
    let foreign = |i: usize| {
        (chars.get(i)).is_some_and(|c| text.lexicon.tagger.transliteration_chars.contains_char(*c))
    };
    (text.lexicon.candidates.known_foreign_names)
        .find_in(&text.simple_text)
        .map(|b| text.char_at_byte(b.start)..text.char_at_byte(b.end))
        .filter(|r| !(r.start.checked_sub(1).is_some_and(foreign) || foreign(r.end)))
        .collect()
}

/// For each character, the index of the span of `spans` covering it, plus one (0: none).
fn index_of(n: usize, spans: &[Range<usize>]) -> Vec<usize> {
    let mut at = vec![0; n];
    for (k, r) in spans.iter().enumerate() {
        for slot in at.get_mut(r.clone()).unwrap_or_default() {
            *slot = k + 1;
        }
    }
    at
}

/// The spans of `index` over `range`, each once.
fn covering(index: &[usize], range: &Range<usize>) -> Vec<usize> {
    let mut found: Vec<usize> = (index.get(range.clone()).unwrap_or_default().iter())
        .filter_map(|&k| k.checked_sub(1))
        .collect();
    found.dedup();
    found
}

/// The tagger's readings corrected by the known foreign names of the text. Where one is
/// written, it is a person: joined to the tagger's people it overlaps (`埃莫马利·拉赫` →
/// `埃莫马利·拉赫蒙`), and in place of the places and organizations it overlaps (`欧尔`,
/// `埃尔多`). A person of the tagger holding it whole stays as it is (`唐纳德·特朗普`),
/// and so does an organization (`奥巴马政府`) or a longer place (`肯雅塔国际机场`). Each character is looked at a bounded
/// number of times.
pub(super) fn into_learned(text: &Analysis, learned: &mut Learned) {
    let known = known_foreign_names(text);
    if known.is_empty() {
        return;
    }
    let n = text.chars.len();
    let index = [
        index_of(n, &learned.people),
        index_of(n, &learned.places),
        index_of(n, &learned.organizations),
    ];
    let mut dropped = [
        vec![false; learned.people.len()],
        vec![false; learned.places.len()],
        vec![false; learned.organizations.len()],
    ];
    let mut added = Vec::new();
    for name in known {
        let over = index.each_ref().map(|at| covering(at, &name));
        // the spans of one kind over the name that hold it whole, longer than it or not
        let holding = |spans: &[Range<usize>], over: &[usize], longer: bool| {
            (over.iter().filter_map(|&k| spans.get(k))).any(|s| {
                s.start <= name.start && name.end <= s.end && (!longer || s.len() > name.len())
            })
        };
        // `唐纳德·特朗普`, `肯雅塔国际机场`, `奥巴马政府`
        if holding(&learned.people, &over[0], false)
            || holding(&learned.places, &over[1], true)
            || holding(&learned.organizations, &over[2], true)
        {
            continue;
        }
        let whole = (over[0].iter().filter_map(|&k| learned.people.get(k)))
            .fold(name.clone(), |w, s| w.start.min(s.start)..w.end.max(s.end));
        for (marks, ks) in dropped.iter_mut().zip(&over) {
            for &k in ks {
                if let Some(d) = marks.get_mut(k) {
                    *d = true;
                }
            }
        }
        added.push(whole);
    }
    let keep = |spans: &mut Vec<Range<usize>>, dropped: &[bool]| {
        let mut k = 0;
        spans.retain(|_| {
            k += 1;
            !dropped.get(k - 1).copied().unwrap_or(false)
        });
    };
    let [people, places, bodies] = &dropped;
    keep(&mut learned.people, people);
    keep(&mut learned.places, places);
    keep(&mut learned.organizations, bodies);
    learned.people.extend(added);
    learned.people.sort_by_key(|r| r.start);
}
