//! Organizations: runs of words ending in an organization word (`…局`, `…委`,
//! `…中心`, `…领导小组`), words tagged as organizations, and the neighbors of
//! organizations in a list.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::enrich::analysis::{Analysis, Token, is_han};
use crate::enrich::marks::Covered;

/// Tags of words that never belong to an organization's name.
const STOP_TAGS: &[&str] = &[
    "p", "u", "uj", "ul", "uz", "ug", "uv", "c", "r", "d", "t", "x", "w", "q", "y", "e", "o", "zg",
];

/// True when `name` (simplified) names a kind of organization, not one organization
/// (`中小学`, `新建学校`, `村干部`).
pub(crate) fn is_generic(text: &Analysis, name: &str) -> bool {
    let words = text.lexicon;
    let mut rest = name;
    while let Some(shorter) = words
        .organization_modifiers
        .iter()
        .find_map(|m| rest.strip_prefix(m))
    {
        rest = shorter;
    }
    rest.is_empty()
        || words.generic_organizations.contains(rest)
        || words.not_organization_endings.ends(rest)
}

/// The longest organization ending `word` ends with, in characters.
fn org_ending(text: &Analysis, word: &str) -> Option<usize> {
    let words = text.lexicon;
    if words.not_organization_endings.ends(word) {
        return None; // `新格局`, `村干部`
    }
    (words.organization_endings.suffix_of(word)).map(|e| e.chars().count())
}

/// True when a title word starts at character `at` (`州公安局党委|副书记`).
pub(crate) fn title_follows(text: &Analysis, at: usize) -> bool {
    let words = text.lexicon;
    words
        .title_endings
        .prefix_at(&text.simplified, at)
        .is_some()
        || words
            .title_openers
            .prefix_at(&text.simplified, at)
            .is_some()
}

fn is_anchor(text: &Analysis, token: &Token) -> bool {
    matches!(token.tag.as_str(), "ns" | "nt")
        || (text.lexicon.organization_anchors).contains(&text.simple(token.range.clone()))
}

fn is_number(text: &Analysis, token: &Token, word: &str) -> bool {
    matches!(token.tag.as_str(), "m" | "mq")
        && word
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || text.lexicon.number_starts.contains_char(c))
}

/// Words an organization's name never runs across: people, positions, movements, acts.
fn blocks_name(text: &Analysis, token: &Token, word: &str) -> bool {
    let words = text.lexicon;
    token.tag.starts_with("nr")
        || words.title_endings.ends(word)
        || words.moves.contains(word)
        || words.acts.occurs_in(word)
        || words.not_inside_organizations.contains(word)
        || words.organization_modifiers.contains(word)
        // a dateline (`北京1月5日电|新华社`, `日讯`)
        || words.dateline_endings.ends(word)
}

/// The places an organization's name may begin with, by where they start and end.
struct Heads {
    /// For each end, the start of the first place ending there.
    start_of_end: HashMap<usize, usize>,
    /// For each character, the start of the first place that holds it after its start.
    covering: Vec<Option<usize>>,
    /// For each character, whether a place starts there.
    starts: Vec<bool>,
}

impl Heads {
    fn new(n: usize, places: &[Range<usize>]) -> Self {
        let mut heads = Heads {
            start_of_end: HashMap::new(),
            covering: vec![None; n],
            starts: vec![false; n + 1],
        };
        for p in places.iter().filter(|p| p.start < p.end) {
            heads.start_of_end.entry(p.end).or_insert(p.start);
            if let Some(s) = heads.starts.get_mut(p.start) {
                *s = true;
            }
            for c in heads
                .covering
                .get_mut(p.start + 1..p.end.min(n))
                .into_iter()
                .flatten()
            {
                c.get_or_insert(p.start);
            }
        }
        heads
    }

    /// The start of the chain of places ending at `at` (`延边|白山|大厦`), as far left
    /// as it goes.
    fn chain_ending_at(&self, at: usize) -> Option<usize> {
        let mut head = None;
        while let Some(&start) = self.start_of_end.get(&head.unwrap_or(at)) {
            head = Some(start);
        }
        head
    }
}

/// The start of the organization ending with token `k`: words to the left, past verbs
/// only when a place or an administrative anchor lies beyond them.
fn name_start(text: &Analysis, k: usize, committee: bool, heads: &Heads) -> usize {
    let Some(end_token) = text.tokens.get(k) else {
        return 0;
    };
    let mut best = end_token.range.start;
    let mut crossed_verb = false;
    let place_ending_at = |at: usize| heads.chain_ending_at(at);
    if let Some(head) = place_ending_at(best) {
        return head;
    }
    for (n, before) in text.tokens[..k].iter().rev().take(8).enumerate() {
        let piece = text.simple(before.range.clone());
        let tag = before.tag.as_str();
        // a tagged name right before the ending is part of it (`流万智慧|农贸市场`)
        let name_inside = n == 0 && tag.starts_with("nr");
        let particle = text.lexicon.attributive.contains(&piece);
        // `县|人民医院`: the segmenter tags a lone `县` as `zg`, a stop tag
        let anchor = text.lexicon.organization_anchors.contains(&piece);
        let blocked = (particle && !committee)
            || (STOP_TAGS.contains(&tag) && !particle && !anchor)
            || !piece.chars().all(is_han)
            || is_number(text, before, &piece)
            || (blocks_name(text, before, &piece) && !name_inside)
            // a whole organization of its own (`区纪委|区监委`), but `镇中心|幼儿园`
            || (org_ending(text, &piece).is_some_and(|e| e >= 2)
                && !text.lexicon.continued_org_endings.ends(&piece));
        if blocked {
            break;
        }
        if tag.starts_with('v') && tag != "vn" {
            crossed_verb = true;
        }
        if !crossed_verb || is_anchor(text, before) {
            best = before.range.start;
        }
        if let Some(head) = place_ending_at(before.range.start) {
            return head;
        }
    }
    best
}

/// Organizations of the text, as character ranges; `places` are the places found so far
/// (an organization's name may begin with one), `learned` the tagger's organizations: a
/// word the segmenter alone calls an organization (`nt`, often wrongly: `中美关系`)
/// counts only when the tagger agrees.
pub(crate) fn organizations(
    text: &Analysis,
    places: &[Range<usize>],
    learned: &[Range<usize>],
) -> Vec<Range<usize>> {
    let words = text.lexicon;
    let heads = Heads::new(text.chars.len(), places);
    let tagged_by_tagger = Covered::of(text.chars.len(), learned);
    let mut found: Vec<Range<usize>> = Vec::new();
    for (k, token) in text.tokens.iter().enumerate() {
        let word = text.simple(token.range.clone());
        let standalone = words.standalone_organizations.contains(&word);
        let ending = org_ending(text, &word);
        // `镇中心|幼儿园`: the name goes on to the next ending
        let continued = words.continued_org_endings.ends(&word)
            && (text.tokens.get(k + 1)).is_some_and(|next| {
                org_ending(text, &text.simple(next.range.clone())).is_some_and(|e| e >= 2)
            });
        if continued {
            continue;
        }
        let tagged = token.tag == "nt"
            && word.chars().count() >= 2
            && tagged_by_tagger.overlaps(&token.range);
        if !(standalone || ending.is_some() || tagged) {
            continue;
        }
        if standalone {
            if !title_follows(text, token.range.end) {
                found.push(token.range.clone());
            }
            continue;
        }
        if token.tag.starts_with('v') && token.tag != "vn" || words.title_endings.ends(&word) {
            continue; // `部署`, `省委常委`
        }
        let committee = words.committee_endings.ends(&word);
        let mut start = name_start(text, k, committee, &heads);
        let first = text.simplified.get(start).copied();
        let level_at = |at: usize| {
            (text.simplified.get(at)).is_some_and(|c| words.org_level_starts.contains_char(*c))
        };
        if first.is_some_and(|c| words.glued_prepositions.contains_char(c)) && level_at(start + 1) {
            start += 1;
        }
        // a place the segmenter cut into (`三|沙市|人民政府`) starts the name
        if let Some(place_start) = heads.covering.get(start).copied().flatten() {
            start = place_start;
        }
        let range = start..token.range.end;
        let before_ending = text.tokens_within(start..token.range.start);
        let placed = before_ending.iter().any(|t| is_anchor(text, t));
        if words.generic_organizations.contains(&word) && !placed {
            continue; // `(基层)党组织` names no organization in particular
        }
        let name_len = range.len();
        let ending_len = ending.unwrap_or(0);
        // an ending alone (`局`, `中心`) is no name; a one-character ending wants two more
        let too_short =
            ending.is_some() && (name_len <= ending_len || (ending_len == 1 && name_len < 3));
        if (too_short && token.tag != "nt") || name_len > 30 {
            continue;
        }
        let office = words.office_endings.ends(&word);
        let anchored = token.tag == "nt"
            || heads.starts.get(start).copied().unwrap_or(false)
            // `(和)县|疾病|预防|控制中心`: the level the name starts with, as a word
            // of its own (not the `市` of `市场`)
            || (level_at(start)
                && text.token_at(start).is_some_and(|t| {
                    t.range.len() == 1 || (t.tag == "ns" && t.range.end == start + 1)
                }))
            || level_at(token.range.start) && word.chars().count() > ending_len
            || (before_ending.iter())
                .any(|t| is_anchor(text, t) || matches!(t.tag.as_str(), "nz" | "j" | "nrt"));
        if !(anchored
            || office
                && text.tokens[..k]
                    .iter()
                    .rev()
                    .take_while(|t| t.range.start >= start)
                    .count()
                    >= 1)
        {
            continue; // `严格管控酒店`: a common noun, not a name
        }
        // a committee named in a title (`州委|书记`, `党委|副书记`) is part of the title
        if title_follows(text, range.end) && start == token.range.start && name_len <= 3 {
            continue;
        }
        found.push(range);
    }
    found.extend(listed(text, &found));
    found.sort_by_key(|r| (r.start, r.end));
    found.dedup();
    found
}

/// Items of a `、` list next to organizations that end like offices (`…管理局、公园街道`).
fn listed(text: &Analysis, orgs: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, c) in text.simplified.iter().enumerate() {
        if !is_han(*c) {
            if i > start {
                items.push(start..i);
            }
            start = i + 1;
        }
    }
    let known: HashSet<(usize, usize)> = orgs.iter().map(|o| (o.start, o.end)).collect();
    let is_org = |r: &Range<usize>| known.contains(&(r.start, r.end));
    let sep = |at: usize| text.simplified.get(at) == Some(&'、');
    let mut found = Vec::new();
    for (n, whole) in items.iter().enumerate() {
        // cut an item at its office ending: `公园街道|相关负责同志`
        let word = text.simple(whole.clone());
        let cut = (text.lexicon.office_cuts.iter())
            .filter_map(|e| {
                word.find(e)
                    .map(|b| word[..b].chars().count() + e.chars().count())
            })
            .min();
        let item = &(whole.start..whole.start + cut.unwrap_or(whole.len()));
        let office = cut.is_some();
        let before = n > 0 && sep(whole.start.wrapping_sub(1)) && is_org(&items[n - 1]);
        let after = items
            .get(n + 1)
            .is_some_and(|next| sep(whole.end) && is_org(next));
        if office && (before || after) && (3..=8).contains(&item.len()) && !is_org(item) {
            found.push(item.clone());
        }
    }
    found
}

#[cfg(test)]
mod case_tests {
    use crate::cases::{body_page, case_table, enriched, organizations};

    case_table!(
        organizations_table,
        "organizations.txt",
        |t| organizations(&enriched(t)),
        body_page,
        organizations
    );
}
