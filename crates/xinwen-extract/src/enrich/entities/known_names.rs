//! Names known whole: the transliterated names of people of `people/known_foreign_names`
//! (`拉赫蒙`, `欧尔班`), the people of history, letters and the arts of
//! `people/known_figures` (`张大千`, `宫崎骏`), the international bodies of
//! `organizations/known_names` (`世卫组织`, `亚投行`) and the regions of the world of
//! `places/world_regions` (`约旦河西岸`, `戈兰高地`), which the tagger cuts (`拉赫|蒙`,
//! `约旦河|西岸`), misses, or reads as another kind (`欧尔` a place, `克什米尔` a person).

use std::ops::Range;

use xinwen_chinese::{Segmenter, WordList};
use xinwen_ner::is_joiner;

use super::learned::Learned;
use super::works;
use crate::enrich::analysis::Analysis;

/// The names of `list` written whole in `text`, none with a character of foreign names
/// (`people/transliteration_chars`) glued to it on either side (`萨勒曼` holds no
/// `萨勒`, `穆尔西亚` no `穆尔西`).
fn written_whole(text: &Analysis, list: &WordList) -> Vec<Range<usize>> {
    let chars = &text.simplified;
    let foreign = |i: usize| {
        (chars.get(i)).is_some_and(|c| text.lexicon.tagger.transliteration_chars.contains_char(*c))
    };
    (list.find_in(&text.simple_text))
        .map(|b| text.char_at_byte(b.start)..text.char_at_byte(b.end))
        .filter(|r| !(r.start.checked_sub(1).is_some_and(foreign) || foreign(r.end)))
        .collect()
}

/// The people of `people/known_figures` written whole (as [`written_whole`]) and as words
/// of their own: no word of the dictionary running across either end (`提|香炉` holds no
/// `提香`; a word the segmenter made up of what it did not know, `据施|一公`, may), outside
/// book-title marks (`《哪吒之魔童闹海》` names a film) and not before a word of
/// `people/named_after` (`孔子|学院`, `雨果|奖`).
fn figures_written_whole(text: &Analysis, segmenter: &Segmenter) -> Vec<Range<usize>> {
    let words = &text.lexicon.candidates;
    let mut found = written_whole(text, &words.known_figures);
    if found.is_empty() {
        return found;
    }
    let in_title = works::within_title_marks(text);
    let crossed = |at: usize| text.dictionary_word_across(at, segmenter);
    found.retain(|r| {
        !crossed(r.start)
            && !crossed(r.end)
            && !(in_title.get(r.clone()).unwrap_or_default().iter()).any(|&t| t)
            && words
                .named_after
                .prefix_at(&text.simplified, r.end)
                .is_none()
    });
    found
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

/// The tagger's readings corrected by the known names of the text: a known person's
/// name is a person, a region of the world a place, a known body an organization. Each
/// takes the place of the tagger's spans it overlaps (`拉赫`, `约旦河`; `欧尔`, a place;
/// `埃尔多`, a body), joined to the part of a span of its kind beyond a middle dot
/// (`埃莫马利·拉赫` → `埃莫马利·拉赫蒙`), no other (`巴方称加沙` → `加沙地带`). A span
/// of its kind holding it whole stays as it is (`唐纳德·特朗普`), and so does a longer
/// span of another kind (`奥巴马政府`, `肯雅塔国际机场`); a longer span of another kind
/// running on beyond a person of history or the arts keeps it too (`联合爱迪生电力公司`
/// cut to `迪生电力公司`). Each character is looked at a bounded number of times.
pub(super) fn into_learned(text: &Analysis, segmenter: &Segmenter, learned: &mut Learned) {
    let words = &text.lexicon.candidates;
    // (kind, whether it yields to a span of another kind running on beyond it, names)
    let known = [
        (0, false, written_whole(text, &words.known_foreign_names)),
        (0, true, figures_written_whole(text, segmenter)),
        (1, false, written_whole(text, &words.world_regions)),
        (2, false, written_whole(text, &words.known_organizations)),
    ];
    if known.iter().all(|(_, _, names)| names.is_empty()) {
        return;
    }
    let n = text.chars.len();
    let mut spans = [
        std::mem::take(&mut learned.people),
        std::mem::take(&mut learned.places),
        std::mem::take(&mut learned.organizations),
    ];
    let index = spans.each_ref().map(|s| index_of(n, s));
    let mut dropped = spans.each_ref().map(|s| vec![false; s.len()]);
    let mut added: [Vec<Range<usize>>; 3] = Default::default();
    for (kind, yields, names) in known {
        for name in names {
            let over = index.each_ref().map(|at| covering(at, &name));
            let holding = |k: usize| {
                (over[k].iter().filter_map(|&i| spans[k].get(i))).any(|s| {
                    let beyond = s.start < name.start || name.end < s.end;
                    (s.start <= name.start && name.end <= s.end || yields && k != kind && beyond)
                        && (k == kind || s.len() > name.len())
                })
            };
            if (0..3).any(holding) {
                continue;
            }
            // the parts of a span of its kind joined to it by a middle dot
            let joined = |at: usize| text.simplified.get(at).is_some_and(|&c| is_joiner(c));
            let whole = (over[kind].iter().filter_map(|&i| spans[kind].get(i))).fold(
                name.clone(),
                |w, s| match (s.start < w.start, s.end > w.end) {
                    (true, _)
                        if w.start == name.start
                            && name.start.checked_sub(1).is_some_and(joined) =>
                    {
                        s.start..w.end
                    }
                    (_, true) if w.end == name.end && joined(name.end) => w.start..s.end,
                    _ => w,
                },
            );
            for (marks, ks) in dropped.iter_mut().zip(&over) {
                for &i in ks {
                    if let Some(d) = marks.get_mut(i) {
                        *d = true;
                    }
                }
            }
            added[kind].push(whole);
        }
    }
    for ((kept, marks), new) in spans.iter_mut().zip(&dropped).zip(added) {
        let mut i = 0;
        kept.retain(|_| {
            i += 1;
            !marks.get(i - 1).copied().unwrap_or(false)
        });
        kept.extend(new);
        kept.sort_by_key(|r| r.start);
    }
    let [people, places, organizations] = spans;
    (learned.people, learned.places, learned.organizations) = (people, places, organizations);
}
