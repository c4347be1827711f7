//! Places the gazetteer knows.

use xinwen_chinese::{Gazetteer, Segmenter, level_of_ending};
use xinwen_core::PlaceLevel;

use super::{BEFORE_PLACE, COMMON_DIVISIONS, PlaceSpan, generic_name};
use crate::enrich::analysis::{Analysis, is_han};

/// True when a place may start at `at`: a word starts there, a place just ended, or a
/// preposition comes before.
fn may_start(text: &Analysis, at: usize, after_place: bool) -> bool {
    after_place
        || at == 0
        || text.is_word_start(at)
        || text
            .simplified
            .get(at - 1)
            .is_some_and(|c| !is_han(*c) || BEFORE_PLACE.contains(c))
}

fn may_end(text: &Analysis, at: usize) -> bool {
    at >= text.simplified.len()
        || text.is_word_start(at)
        || !text.simplified.get(at).copied().is_some_and(is_han)
}

/// Characters that continue a place name (`凤凰|街`, `延吉|市`): a short name right
/// before one is part of a longer name.
const CONTINUES_PLACE: &[char] = &[
    '街', '路', '村', '镇', '乡', '县', '区', '市', '州', '省', '社', '巷', '桥', '湖', '山', '河',
];

/// Last characters of organizations' names (`医院`, `公安局`, `控制中心`).
const ORG_LAST_CHARS: &[char] = &[
    '院', '局', '委', '心', '所', '会', '部', '府', '站', '室', '馆', '厂', '司', '行', '校', '园',
];

/// True when the words covering `range` are all common dictionary words of two or more
/// characters (`发展|乡村`, `希望|社区`).
fn compositional(text: &Analysis, range: std::ops::Range<usize>, segmenter: &Segmenter) -> bool {
    let words: Vec<_> = text
        .tokens
        .iter()
        .filter(|t| t.range.start >= range.start && t.range.end <= range.end)
        .collect();
    let covered: usize = words.iter().map(|t| t.range.len()).sum();
    covered == range.len()
        && words.len() >= 2
        && words.iter().all(|t| {
            t.range.len() >= 2 && segmenter.jieba().has_word(&text.simple(t.range.clone()))
        })
}

/// True when the words before `at` lead to a place (`在`, `到`, `深入`, a list mark).
fn leads_to_place(text: &Analysis, at: usize) -> bool {
    let before: String = text.simplified[at.saturating_sub(2)..at].iter().collect();
    ["在", "到", "赴", "入", "至", "进", "往", "、"]
        .iter()
        .any(|w| before.ends_with(w))
}

/// Scans the text for gazetteer names, longest first, chaining (`小营镇河龙村`). Short
/// names count only as whole words, outside organizations, not before a place ending,
/// and — below the prefecture level — when the full name is in the text too (`延吉`
/// beside `延吉市`; not `泰山` in `生命重于泰山`).
pub(crate) fn gazetteer_places(
    text: &Analysis,
    gazetteer: &Gazetteer,
    inside_org: &[bool],
    segmenter: &Segmenter,
) -> Vec<PlaceSpan> {
    let n = text.simplified.len();
    let mut found = Vec::new();
    let mut i = 0;
    let mut after_place = false;
    while i < n {
        if !text.simplified.get(i).copied().is_some_and(is_han) || !may_start(text, i, after_place)
        {
            i += 1;
            after_place = false;
            continue;
        }
        let lengths = gazetteer.prefix_lengths(&text.simplified[i..]);
        let longest = lengths
            .iter()
            .rev()
            .filter(|&&len| len >= 2)
            .find_map(|&len| {
                let name = text.simple(i..i + len);
                let info = gazetteer.lookup_simplified(&name)?;
                // a division named like a common noun (`城区`) is not taken alone, nor one whose
                // first character is a function word before a common noun (`和|农村`)
                if COMMON_DIVISIONS.contains(&name.as_str()) {
                    return None;
                }
                let glued = name
                    .chars()
                    .next()
                    .is_some_and(|c| BEFORE_PLACE.contains(&c))
                    && COMMON_DIVISIONS
                        .contains(&name.chars().skip(1).collect::<String>().as_str());
                // `县人民医院|和县|疾病预防控制中心`: after an organization, `和`, `与`, `及`
                // join two names (`安徽省和县` keeps its county)
                let joined = len == 2
                    && name.starts_with(['和', '与', '及'])
                    && i.checked_sub(1)
                        .and_then(|b| text.simplified.get(b))
                        .is_some_and(|c| ORG_LAST_CHARS.contains(c));
                if glued || joined {
                    return None;
                }
                let short = info.alias_of.is_some();
                let whole_word = may_end(text, i + len);
                let ok = if short {
                    let continued = text
                        .simplified
                        .get(i + len)
                        .is_some_and(|c| CONTINUES_PLACE.contains(c));
                    let full_in_text = info
                        .alias_of
                        .as_deref()
                        .is_some_and(|full| text.simple_text.contains(full));
                    let level_ok = match info.level {
                        PlaceLevel::Province | PlaceLevel::Prefecture => true,
                        PlaceLevel::County => full_in_text,
                        _ => false,
                    };
                    whole_word
                        && level_ok
                        && !continued
                        && !inside_org.get(i).copied().unwrap_or(false)
                } else {
                    // a village of one character and its ending (`入村`) is more often a verb
                    let small = matches!(
                        info.level,
                        PlaceLevel::Village | PlaceLevel::Community | PlaceLevel::Township
                    );
                    // a small place named with common words (`发展|乡村`, `希望|社区`) needs a
                    // place before it or a word that leads to a place
                    let supported = after_place || leads_to_place(text, i);
                    let ordinary =
                        small && compositional(text, i..i + len, segmenter) && !supported;
                    (whole_word || level_of_ending(&name).is_some())
                        && !(small && len < 3)
                        && !ordinary
                        && !(small && generic_name(&name))
                };
                ok.then_some((len, info.level))
            });
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
