//! Places the gazetteer knows.

use std::cell::OnceCell;
use std::ops::Range;

use xinwen_chinese::{Gazetteer, Segmenter, level_of_ending};
use xinwen_core::PlaceLevel;

use super::page_names::PageNames;
use super::{PROPER_TAGS, PlaceSpan, generic_name, stem};
use crate::enrich::analysis::{Analysis, is_han};

/// True when a place may start at `at`: a word starts there, a place just ended, or a
/// preposition comes before.
fn may_start(text: &Analysis, at: usize, after_place: bool) -> bool {
    after_place
        || at == 0
        || text.is_word_start(at)
        || (text.simplified.get(at - 1))
            .is_some_and(|c| !is_han(*c) || text.lexicon.before_place.contains_char(*c))
}

fn may_end(text: &Analysis, at: usize) -> bool {
    at >= text.simplified.len()
        || text.is_word_start(at)
        || !text.simplified.get(at).copied().is_some_and(is_han)
}

/// True when the words covering `range` are all common dictionary words of two or more
/// characters (`发展|乡村`, `希望|社区`).
fn compositional(text: &Analysis, range: Range<usize>, segmenter: &Segmenter) -> bool {
    let words: Vec<_> = text
        .tokens
        .iter()
        .filter(|t| t.range.start >= range.start && t.range.end <= range.end)
        .collect();
    let covered: usize = words.iter().map(|t| t.range.len()).sum();
    covered == range.len()
        && words.len() >= 2
        && words
            .iter()
            .all(|t| t.range.len() >= 2 && segmenter.has_word(&text.simple(t.range.clone())))
}

/// True when the words before `at` lead to a place (`在`, `到`, `深入`, a list mark).
fn leads_to_place(text: &Analysis, at: usize) -> bool {
    (text.lexicon.place_lead_ins)
        .suffix_at(&text.simplified, at)
        .is_some()
}

/// Fewest characters of a county's short name read without its full name (`高碑店`; a
/// short name of two, `泰山` of `泰山区`, is too often a word of another kind).
const NAMED_ALONE: usize = 3;

/// What a gazetteer scan knows while it walks the text.
struct Scan<'a, 't, 'c> {
    text: &'t Analysis<'a>,
    gazetteer: &'c Gazetteer,
    inside_org: &'c [bool],
    segmenter: &'c Segmenter,
    /// The gazetteer names of the page, found once for every scan.
    names: &'c PageNames<'t>,
    /// The tagger's places and organizations.
    tagged: &'c [&'c [Range<usize>]],
    /// For each character, the tagger's place or organization over it, if any: built
    /// the first time a county's short name stands alone, which most texts never ask.
    over: OnceCell<Vec<Option<Range<usize>>>>,
}

impl Scan<'_, '_, '_> {
    /// True when the stem of `name` (before its place ending) is a dictionary word of no
    /// proper-name tag (`促进` of `促进乡`, `提高` of `提高村`).
    fn common_stem(&self, name: &str) -> bool {
        (stem(self.text.lexicon, name).and_then(|s| self.segmenter.dictionary_tag(&s)))
            .is_some_and(|t| !PROPER_TAGS.contains(&t.as_str()))
    }

    /// True when the short name of a county at `i` is read without its full name beside
    /// it: one of [`NAMED_ALONE`] characters or more that the dictionary holds as a
    /// proper name and that ends like no division (`高碑店`, `格尔木`; not `新城区`, nor
    /// `示范区` or `神农架`, which it holds as common nouns), where the tagger reads no
    /// longer name over it.
    fn named_alone(&self, i: usize, name: &str) -> bool {
        // where the tagger reads a longer place or body over it (`武夷山|国家公园`,
        // `曹妃甸港`), that reading stands
        let over = self.over.get_or_init(|| {
            let mut over = vec![None; self.text.simplified.len()];
            for r in self.tagged.iter().flat_map(|spans| spans.iter()) {
                for slot in over.get_mut(r.clone()).into_iter().flatten() {
                    *slot = Some(r.clone());
                }
            }
            over
        });
        let read_longer = (over.get(i)).is_some_and(|r| {
            r.as_ref()
                .is_some_and(|r| r.start < i || r.end > i + name.chars().count())
        });
        !read_longer
            && name.chars().count() >= NAMED_ALONE
            && (self.segmenter.dictionary_tag(name))
                .is_some_and(|t| PROPER_TAGS.contains(&t.as_str()))
            && level_of_ending(name, self.text.lexicon).is_none()
    }

    /// True when a word of one character with a function word's tag starts at `at`.
    fn opens_with_function_word(&self, at: usize) -> bool {
        (self.text.token_at(at)).is_some_and(|t| {
            t.range == (at..at + 1) && matches!(t.tag, "p" | "c" | "d" | "u" | "uj" | "ul" | "uz")
        })
    }

    /// True when the character before `end` lies inside a dictionary word that goes on
    /// past `end`.
    fn ends_inside_word(&self, end: usize) -> bool {
        let text = self.text;
        (end.checked_sub(1).and_then(|last| text.token_at(last))).is_some_and(|t| {
            t.range.end > end && self.segmenter.has_word(&text.simple(t.range.clone()))
        })
    }

    /// The level of the gazetteer name `len` characters long at `i`, if it counts there.
    fn accepts(&mut self, i: usize, len: usize, after_place: bool) -> Option<PlaceLevel> {
        let text = self.text;
        let words = text.lexicon;
        let name = text.simple(i..i + len);
        let info = self.gazetteer.lookup_simplified(&name)?;
        // a division named like a common noun (`城区`) is not taken alone, nor one whose
        // first character is a function word before a common noun (`和|农村`)
        if words.common_divisions.contains(&name) {
            return None;
        }
        let glued = (name.chars().next()).is_some_and(|c| words.before_place.contains_char(c))
            && (words.common_divisions).contains(&name.chars().skip(1).collect::<String>());
        // `县人民医院|和县|疾病预防控制中心`: after an organization, `和`, `与`, `及` join two
        // names (`安徽省和县` keeps its county)
        let joined = len == 2
            && words.conjunctions.starts(&name)
            && (i.checked_sub(1).and_then(|b| text.simplified.get(b)))
                .is_some_and(|c| words.org_last_chars.contains_char(*c));
        if glued || joined {
            return None;
        }
        let whole_word = may_end(text, i + len);
        let ok = if info.alias_of.is_some() {
            // a short name (`延吉` of `延吉市`)
            let continued = (text.simplified.get(i + len))
                .is_some_and(|c| words.addresses.continues_place.contains_char(*c));
            let full_in_text = (info.alias_of.as_deref()).is_some_and(|f| self.names.contains(f));
            let level_ok = match info.level {
                PlaceLevel::Province | PlaceLevel::Prefecture => true,
                PlaceLevel::County => full_in_text || self.named_alone(i, &name),
                _ => false,
            };
            whole_word
                && level_ok
                && !continued
                && !self.inside_org.get(i).copied().unwrap_or(false)
        } else {
            // a village of one character and its ending (`入村`) is more often a verb
            let small = matches!(
                info.level,
                PlaceLevel::Village | PlaceLevel::Community | PlaceLevel::Township
            );
            // a small place named with common words (`发展|乡村`, `希望|社区`) needs a
            // place before it or a word that leads to a place
            let supported = after_place || leads_to_place(text, i);
            // or a function word of its own before one such word (`成果|同|乡村振兴`)
            let function_then_word = self.opens_with_function_word(i)
                && (text.token_at(i + 1)).is_some_and(|t| {
                    t.range == (i + 1..i + len)
                        && self.segmenter.has_word(text.simple_slice(t.range.clone()))
                });
            let ordinary = small
                && (compositional(text, i..i + len, self.segmenter) || function_then_word)
                && !supported;
            // a small place whose ending starts a dictionary word going on past it, named
            // by a common word or opened by a function word, is that word's start
            // (`促进|乡村`, `快|于|城镇居民`); `赵家沟村|民` stays
            let cut_word = small
                && !whole_word
                && self.ends_inside_word(i + len)
                && (self.common_stem(&name) || self.opens_with_function_word(i));
            (whole_word || (level_of_ending(&name, words).is_some() && !cut_word))
                && !(small && len < 3)
                && !ordinary
                && !(small && generic_name(words, &name))
        };
        ok.then_some(info.level)
    }
}

/// Scans the text for gazetteer names, longest first, chaining (`小营镇河龙村`). Short
/// names count only as whole words, outside organizations, not before a place ending,
/// and — below the prefecture level — when the full name is in the text too (`延吉`
/// beside `延吉市`; not `泰山` in `生命重于泰山`), or alone for a county's short name of
/// three characters or more over which the tagger (`tagged`: its places and
/// organizations) reads no longer name.
pub(crate) fn gazetteer_places<'t>(
    text: &'t Analysis,
    gazetteer: &Gazetteer,
    inside_org: &[bool],
    segmenter: &Segmenter,
    names: &PageNames<'t>,
    tagged: &[&[Range<usize>]],
) -> Vec<PlaceSpan> {
    let n = text.simplified.len();
    let mut scan = Scan {
        text,
        gazetteer,
        inside_org,
        segmenter,
        names,
        tagged,
        over: OnceCell::new(),
    };
    let mut found = Vec::new();
    let mut i = 0;
    let mut after_place = false;
    while i < n {
        let starts =
            text.simplified.get(i).copied().is_some_and(is_han) && may_start(text, i, after_place);
        let longest = (starts
            .then(|| names.lengths_at(i).rev())
            .into_iter()
            .flatten())
        .filter(|&len| len >= 2)
        .find_map(|len| scan.accepts(i, len, after_place).map(|level| (len, level)));
        match longest {
            Some((len, level)) => {
                found.push(PlaceSpan {
                    range: i..i + len,
                    level,
                });
                i += len;
                after_place = true;
            }
            None => {
                i += 1;
                after_place = false;
            }
        }
    }
    found
}
