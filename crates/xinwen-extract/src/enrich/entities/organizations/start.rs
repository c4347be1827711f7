//! Where an organization's name starts: the words left of its ending, and the places
//! it may open with.

use std::collections::HashMap;
use std::ops::Range;

use super::words::{
    STOP_TAGS, blocks_name, holds_unit, is_anchor, is_generic, is_number, org_ending,
};
use crate::enrich::analysis::{Analysis, Token, is_han};
use crate::enrich::marks::Covered;

/// The places an organization's name may begin with, by where they start and end.
pub(super) struct Heads {
    /// For each end, the start of the first place ending there.
    pub(super) start_of_end: HashMap<usize, usize>,
    /// For each character, the start of the first place that holds it after its start.
    pub(super) covering: Vec<Option<usize>>,
    /// For each character, whether a place starts there.
    pub(super) starts: Vec<bool>,
    /// The characters of the tagger's people, and where each of them ends.
    people: Covered,
    person_ends: Vec<bool>,
    /// For each dash that joins two places in a name (`圭亚那—中国友好协会`), where the
    /// place or country before it starts.
    dashed: HashMap<usize, usize>,
}

/// Dashes that join the places of a name (`圭亚那—中国友好协会`, `中国－东盟中心`).
const PLACE_DASHES: &[char] = &['—', '－', '–'];

impl Heads {
    pub(super) fn new(text: &Analysis, places: &[Range<usize>], people: &[Range<usize>]) -> Self {
        let n = text.chars.len();
        let mut person_ends = vec![false; n + 1];
        for p in people {
            if let Some(end) = person_ends.get_mut(p.end) {
                *end = true;
            }
        }
        let mut heads = Heads {
            start_of_end: HashMap::new(),
            covering: vec![None; n],
            starts: vec![false; n + 1],
            people: Covered::of(n, people),
            person_ends,
            dashed: HashMap::new(),
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
        // a dash after a place or a country (`圭亚那—`) joins it to the place after it
        let countries = &text.lexicon.candidates.countries;
        for (d, c) in text.simplified.iter().enumerate() {
            if !PLACE_DASHES.contains(c) {
                continue;
            }
            let before = (heads.start_of_end.get(&d).copied())
                .or_else(|| countries.suffix_at(&text.simplified, d).map(|len| d - len));
            if let Some(start) = before {
                heads.dashed.insert(d, start);
            }
        }
        heads
    }

    /// Whether the tagger reads a person in `word` (a token) that ends before it does:
    /// the segmenter glued the word after a name to it (`谷爱凌为|中国队`).
    fn glued_to_person(&self, word: &Range<usize>) -> bool {
        self.people.overlaps(word) && !self.person_ends.get(word.end).copied().unwrap_or(false)
    }

    /// The start of the chain of places ending at `at` (`延边|白山|大厦`), as far left
    /// as it goes, across a dash between two places (`圭亚那—中国|友好协会`).
    pub(super) fn chain_ending_at(&self, at: usize) -> Option<usize> {
        let mut head = None;
        loop {
            let end = head.unwrap_or(at);
            let across_dash = (head.and_then(|h| h.checked_sub(1)))
                .and_then(|d| self.dashed.get(&d))
                .filter(|&&start| start < end);
            match self.start_of_end.get(&end).or(across_dash) {
                Some(&start) if start < end => head = Some(start),
                _ => return head,
            }
        }
    }
}

/// Most branches a name runs back across (`…分行…支行`): a branch of a branch, and no
/// further, so that a run of branch endings costs no more than a few names.
const BRANCH_LEVELS: usize = 3;

/// The start of the organization ending with token `k`: words to the left, past verbs
/// only when a place or an administrative anchor lies beyond them.
pub(super) fn name_start(text: &Analysis, k: usize, committee: bool, heads: &Heads) -> usize {
    start_of(text, k, committee, heads, 0)
}

/// [`name_start`], `level` branches into the name.
fn start_of(text: &Analysis, k: usize, committee: bool, heads: &Heads, level: usize) -> usize {
    let Some(end_token) = text.tokens.get(k) else {
        return 0;
    };
    let mut best = end_token.range.start;
    let end_word = text.simple(end_token.range.clone());
    let mut crossed_verb = false;
    // before a whole organization the dictionary knows, a numeral other than an ordinal
    // ends the name as a verb does (`2024年|中国科学院`; `第十四届|全国人民代表大会`
    // stays whole), and so does an adjective or a verbal noun right before it
    // (`热爱|中国共产党`, `援引|欧洲央行`; `世界旅游城市联合会`, `民进第十二届中央委员会`
    // stay whole)
    // A word that opens names ends one as such an organization does (`贯彻落实|中央`;
    // `九三学社中央` stays whole).
    let whole = (end_token.tag == "nt"
        && end_token.range.len() >= 3
        && !is_generic(text, &text.simple(end_token.range.clone())))
        || (text.lexicon.continued_org_words).contains(&text.simple(end_token.range.clone()));
    let place_ending_at = |at: usize| heads.chain_ending_at(at);
    // a branch's name holds its organization's, its place between them
    // (`中国光大银行|沈阳|分行`, a company known by its short name too: `农行|浙江|分行`)
    let branch = level < BRANCH_LEVELS
        && (text.lexicon.branch_endings).ends(&text.simple(end_token.range.clone()));
    if branch {
        // the token ending where the branch's place (or the branch) starts
        let at = place_ending_at(best).unwrap_or(best);
        let parent = (at.checked_sub(1))
            .and_then(|i| text.token_at(i))
            .filter(|t| t.range.end == at)
            .filter(|t| {
                let piece = text.simple(t.range.clone());
                org_ending(text, &piece).is_some_and(|e| e >= 2)
                    || text.lexicon.candidates.companies.contains(&piece)
            })
            .and_then(|t| text.token_starting(t.range.start));
        if let Some(j) = parent {
            return start_of(text, j, false, heads, level + 1);
        }
    }
    // a preposition glued to a level right before (`记者|从市|卫健委`) opens the name: no
    // word before it is part of it, not even as a place (the name starts at the level)
    if let Some(t) = text.token_ending(best).filter(|t| glued_to_level(text, t)) {
        return t.range.start;
    }
    if let Some(head) = place_ending_at(best) {
        return head;
    }
    // whether a word starts with a link word, which ties the organization before it to
    // the name (`清华大学|附属|小学`, `清华大学|附属小学`)
    let links = &text.lexicon.candidates.org_links;
    let starts_with_link = |at: usize| links.prefix_at(&text.simplified, at).is_some();
    let mut linked = starts_with_link(end_token.range.start);
    // a committee's name runs across `的` (`…感染的肺炎防控工作领导小组`) only while what
    // follows it names nothing: no whole organization, no place or body
    // (`日内瓦|的|红十字国际委员会`, `访问|的|古巴共产党|中央委员会`)
    let mut named = whole;
    for (n, before) in text.tokens[..k].iter().rev().take(8).enumerate() {
        let piece = text.simple(before.range.clone());
        let link = links.contains(&piece);
        let after_link = std::mem::replace(&mut linked, starts_with_link(before.range.start));
        let tag = before.tag;
        // a tagged name right before the ending is part of it (`流万智慧|农贸市场`), not a
        // person's name with the next word glued on (`谷爱凌为|中国队`)
        let name_inside = n == 0 && tag.starts_with("nr") && !heads.glued_to_person(&before.range);
        let particle = text.lexicon.attributive.contains(&piece);
        // `县|人民医院`: the segmenter tags a lone `县` as `zg`, a stop tag
        let anchor = text.lexicon.organization_anchors.contains(&piece);
        // `苏丹|—|中国友好协会`: a dash between two places joins them in the name
        let dash = heads.dashed.contains_key(&before.range.start);
        let blocked = !dash
            && ((particle && (!committee || named))
            || (STOP_TAGS.contains(&tag) && !particle && !anchor)
            || !piece.chars().all(is_han)
            || is_number(text, before, &piece)
            // a unit of a date after its digits (`2008|年|全国…`, `12|日|政协`)
            || (tag == "m"
                && before.range.len() == 1
                && (before.range.start.checked_sub(1))
                    .and_then(|b| text.simplified.get(b))
                    .is_some_and(char::is_ascii_digit))
            || (blocks_name(text, before, &piece) && !name_inside)
            // a whole organization of its own (`区纪委|区监委`), but `镇中心|幼儿园` and
            // `中央|外事工作委员会`
            // (`四川大学|华西医院`, a school and a unit it holds, is one)
            || (org_ending(text, &piece).is_some_and(|e| e >= 2)
                && !text.lexicon.continued_org_endings.ends(&piece)
                && !text.lexicon.continued_org_words.contains(&piece)
                && !holds_unit(text, &piece, &end_word)
                && !after_link));
        if blocked {
            // but the organization a branch belongs to (`市公安局|交警|分局`)
            let parent = branch && org_ending(text, &piece).is_some_and(|e| e >= 2);
            if let Some(j) = k.checked_sub(n + 1).filter(|_| parent) {
                return start_of(text, j, false, heads, level + 1);
            }
            break;
        }
        // before a whole organization, a verb or a set phrase ends the name wherever it
        // stands (`积极参与|联合国`, `巴勒斯坦|成为|联合国`); a verbal noun or a word of kind
        // may be part of it (`国家|应急|广播中心`, `公共|卫生部`)
        if whole && matches!(tag, "v" | "i" | "l") && !link {
            break;
        }
        let verbal = (n == 0 && matches!(tag, "a" | "ad" | "an" | "vn"))
            || (tag == "m" && !text.lexicon.ordinal_marks.starts(&piece));
        if (tag.starts_with('v') && tag != "vn" || whole && verbal) && !link {
            crossed_verb = true;
        }
        // past a verb, only a place or a body anchors the name: no word the tagger reads
        // as a person, though the dictionary tags it a place (`普京|预祝|中国共产党`)
        if !crossed_verb || (is_anchor(text, before) && !heads.people.overlaps(&before.range)) {
            best = before.range.start;
        }
        named |= is_anchor(text, before);
        if let Some(head) = place_ending_at(before.range.start) {
            return head;
        }
    }
    // a name that a verb ended is not opened by the particle after it
    // (`访问|的|红十字国际委员会`)
    match text.token_at(best) {
        Some(t) if t.range.start == best && t.range.end < end_token.range.end => {
            let particle = text
                .lexicon
                .attributive
                .contains(&text.simple(t.range.clone()));
            if particle { t.range.end } else { best }
        }
        _ => best,
    }
}

/// True for a word of a preposition glued to a level (`从市`, `在县`).
fn glued_to_level(text: &Analysis, token: &Token) -> bool {
    let words = text.lexicon;
    match text.simplified.get(token.range.clone()) {
        Some(&[p, l]) => {
            words.glued_prepositions.contains_char(p) && words.org_level_starts.contains_char(l)
        }
        _ => false,
    }
}
