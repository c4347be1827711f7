//! Organizations: runs of words ending in an organization word (`…局`, `…委`,
//! `…中心`, `…领导小组`), words tagged as organizations, the neighbors of
//! organizations in a list, sports teams (`德国|女排`), and companies known by a short
//! name; each with its kind.

mod brands;
mod kinds;
mod listed;
mod located;
mod opening;
mod places_only;
mod read_as_people;
mod start;
mod stationed;
mod teams;
mod titled_people;
mod trimmed;
mod unended;
mod words;

use std::ops::Range;

pub(crate) use kinds::{full_names, kind_of, listed_companies};
pub(crate) use located::after_located_place;
pub(crate) use opening::without_opening_particles;
pub(crate) use places_only::PlaceRuns;
pub(crate) use read_as_people::organizations_read_as_people;
pub(crate) use titled_people::people_after_titles;
pub(crate) use trimmed::{trimmed_to_known, trimmed_to_learned};
pub(crate) use unended::without_unended;
pub(crate) use words::{is_generic, title_follows};

use listed::listed;
use start::{Heads, name_start};
use stationed::across_stationed_link;
use words::{ending_before_title, is_anchor, org_ending, unit_follows};

use crate::enrich::analysis::Analysis;
use crate::enrich::marks::Covered;

/// The organization ending with token `k` (a word that ends like one, `ending`
/// characters long; `end` where the name ends, before a title the word holds), from its
/// start to its end, if the words before the ending make it a name.
fn named_organization(
    text: &Analysis,
    k: usize,
    (word, end): (&str, usize),
    ending: Option<usize>,
    heads: &Heads,
) -> Option<Range<usize>> {
    let words = text.lexicon;
    let token = text.tokens.get(k)?;
    // (the dictionary calls `分行` and `支行` verbs)
    let verb = token.tag.starts_with('v') && token.tag != "vn" && !words.branch_endings.ends(word);
    // a set phrase that ends like a body and says of what kind names none (`两国政府`,
    // `各级党委`), nor does a name ending in it (`密切|两国政府`); `控制中心` may
    let phrase = matches!(token.tag, "l" | "i") && is_generic(text, word);
    if verb || phrase || words.title_endings.ends(word) {
        return None; // `部署`, `省委常委`
    }
    let committee = words.committee_endings.ends(word);
    let mut start = name_start(text, k, committee, heads);
    let first = text.simplified.get(start).copied();
    let level_at = |at: usize| {
        (text.simplified.get(at)).is_some_and(|c| words.org_level_starts.contains_char(*c))
    };
    let glued = first.is_some_and(|c| words.glued_prepositions.contains_char(c));
    if glued && level_at(start + 1) {
        // (a place read across the preposition opens no name: `记者|从市|卫健委`)
        start += 1;
    } else if let Some(place_start) = heads.covering.get(start).copied().flatten() {
        // a place the segmenter cut into (`三|沙市|人民政府`) starts the name
        start = place_start;
    }
    let range = across_stationed_link(text, start..end, token.range.start, heads);
    let start = range.start;
    let before_ending = text.tokens_within(start..token.range.start);
    // a name tied to the organization it belongs to (`市卫健委|直属|医院`) is one
    let linked = !before_ending.is_empty()
        && (before_ending.iter().chain([token])).any(|t| {
            (words.candidates.org_links)
                .prefix_at(&text.simplified, t.range.start)
                .is_some()
        });
    let placed = linked || before_ending.iter().any(|t| is_anchor(text, t));
    if words.generic_organizations.contains(word) && !placed {
        return None; // `(基层)党组织` names no organization in particular
    }
    let name_len = range.len();
    let ending_len = ending.unwrap_or(0);
    // an ending alone (`局`, `中心`) is no name; a one-character ending wants two more
    let too_short =
        ending.is_some() && (name_len <= ending_len || (ending_len == 1 && name_len < 3));
    if (too_short && token.tag != "nt") || name_len > 30 {
        return None;
    }
    let office = words.office_endings.ends(word);
    let anchored = linked
        || token.tag == "nt"
        || heads.starts.get(start).copied().unwrap_or(false)
        // `(和)县|疾病|预防|控制中心`: the level the name starts with, as a word of its own
        // (not the `市` of `市场`)
        || (level_at(start)
            && text.token_at(start).is_some_and(|t| {
                t.range.len() == 1 || (t.tag == "ns" && t.range.end == start + 1)
            }))
        || level_at(token.range.start) && word.chars().count() > ending_len
        || (before_ending.iter())
            .any(|t| is_anchor(text, t) || matches!(t.tag, "nz" | "j" | "nrt"));
    // an office's ending after at least one word of its name (`市场监督管理局`)
    let office_named = office && !before_ending.is_empty();
    if !(anchored || office_named) {
        return None; // `严格管控酒店`: a common noun, not a name
    }
    // a committee named in a title (`州委|书记`, `党委|副书记`) is part of the title
    if title_follows(text, range.end) && start == token.range.start && name_len <= 3 {
        return None;
    }
    Some(range)
}

/// Organizations of the text, as character ranges; `places` are the places found so far
/// (an organization's name may begin with one), `learned` the tagger's organizations: a
/// word the segmenter alone calls an organization (`nt`, often wrongly: `中美关系`)
/// counts only when the tagger agrees; `people` the tagger's people, whom no name runs
/// across a verb to reach (`普京|预祝|中国共产党`).
pub(crate) fn organizations(
    text: &Analysis,
    places: &[Range<usize>],
    learned: &[Range<usize>],
    people: &[Range<usize>],
) -> Vec<Range<usize>> {
    let words = text.lexicon;
    let heads = Heads::new(text, places, people);
    let tagged_by_tagger = Covered::of(text.chars.len(), learned);
    let mut found: Vec<Range<usize>> = Vec::new();
    for (k, token) in text.tokens.iter().enumerate() {
        // `县|人民|医院院长`, `镇|党委书记`: an ending and a title in one word end the name
        // before the title
        let whole = text.simple_slice(token.range.clone());
        let (word, end) = match ending_before_title(text, whole) {
            Some(e) => (e, token.range.start + e.chars().count()),
            None => (whole, token.range.end),
        };
        let standalone = words.standalone_organizations.contains(word);
        let ending = org_ending(text, word);
        // `镇中心|幼儿园`, `清华大学|附属|小学`: the name goes on to the next ending
        let ending_at = |i: usize| {
            (text.tokens.get(i)).is_some_and(|t| {
                org_ending(text, text.simple_slice(t.range.clone())).is_some_and(|e| e >= 2)
            })
        };
        // a token that starts with a link word (`附属`, `附属小学`)
        let link_at = |i: usize| {
            (text.tokens.get(i)).is_some_and(|t| {
                (words.candidates.org_links)
                    .prefix_at(&text.simplified, t.range.start)
                    .is_some()
            })
        };
        // `美国中央|司令部`: a word that opens names goes on to an ending of any length
        let any_ending_at = |i: usize| {
            (text.tokens.get(i))
                .is_some_and(|t| org_ending(text, text.simple_slice(t.range.clone())).is_some())
        };
        let continued = (words.continued_org_endings.ends(word) && ending_at(k + 1))
            || (words.continued_org_words.contains(word) && any_ending_at(k + 1))
            || (link_at(k + 1) && (ending_at(k + 1) || ending_at(k + 2)))
            // `四川大学|华西|医院`: a school's name goes on to a unit it holds
            || (words.candidates.parent_org_endings.ends(word) && unit_follows(text, k, word));
        // (not a word of a body's members the dictionary calls one: `安理会常任理事国`)
        let tagged = token.tag == "nt"
            && word.chars().count() >= 2
            && tagged_by_tagger.overlaps(&token.range)
            && !words.candidates.member_words.ends(word);
        if continued || !(standalone || ending.is_some() || tagged) {
            continue;
        }
        if standalone {
            if !title_follows(text, token.range.end) {
                found.push(token.range.clone());
            }
            continue;
        }
        found.extend(named_organization(text, k, (word, end), ending, &heads));
    }
    found.extend(teams::teams(text, places, learned));
    found.extend(listed(text, &found));
    found.sort_by_key(|r| (r.start, r.end));
    found.dedup();
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
