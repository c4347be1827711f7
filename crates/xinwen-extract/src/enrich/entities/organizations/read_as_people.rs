//! Names of organizations the tagger read as people: the short name in brackets after an
//! organization (`伊斯兰圣战组织（杰哈德）`), and the first part of a foreign name joined
//! to the rest of an organization's name (`约翰斯·霍普金斯大学`).

use std::collections::HashMap;
use std::ops::Range;

use xinwen_ner::is_joiner;

use crate::enrich::analysis::Analysis;

/// Splits `people` into those that are organizations' names and the others: a person in
/// brackets right after an organization is its short name (a new organization); a
/// person joined by a mark of foreign names to the start of an organization is part of
/// that organization's name (which then starts at the person).
pub(crate) fn organizations_read_as_people(
    text: &Analysis,
    people: Vec<Range<usize>>,
    organizations: &mut Vec<Range<usize>>,
) -> Vec<Range<usize>> {
    if organizations.is_empty() {
        return people;
    }
    let chars = &text.simplified;
    let mut ends = vec![false; chars.len() + 1];
    for o in organizations.iter() {
        if let Some(e) = ends.get_mut(o.end) {
            *e = true;
        }
    }
    let starts: HashMap<usize, usize> = (organizations.iter().enumerate())
        .map(|(k, o)| (o.start, k))
        .collect();
    let at = |i: usize| chars.get(i).copied();
    let mut kept = Vec::with_capacity(people.len());
    let mut short_names = Vec::new();
    for p in people {
        let bracketed = matches!(at(p.end), Some(')' | '）'))
            && (p.start.checked_sub(1)).is_some_and(|b| {
                matches!(at(b), Some('(' | '（')) && ends.get(b).copied().unwrap_or(false)
            });
        let joined = at(p.end)
            .is_some_and(is_joiner)
            .then(|| starts.get(&(p.end + 1)).copied())
            .flatten();
        if bracketed {
            short_names.push(p);
        } else if let Some(k) = joined {
            if let Some(o) = organizations.get_mut(k) {
                o.start = p.start;
            }
        } else {
            kept.push(p);
        }
    }
    organizations.extend(short_names);
    organizations.sort_by_key(|o| o.start);
    kept
}
