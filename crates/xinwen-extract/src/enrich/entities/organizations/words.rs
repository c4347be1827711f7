//! What the words around an organization's name say: its ending, what anchors it,
//! what it never runs across.

use crate::enrich::analysis::{Analysis, Token, is_han};

/// Tags of words that never belong to an organization's name.
pub(super) const STOP_TAGS: &[&str] = &[
    "p", "u", "uj", "ul", "uz", "ug", "uv", "c", "r", "d", "t", "x", "w", "q", "y", "e", "o", "zg",
];

/// True when `name` (simplified) names a kind of organization, not one organization
/// (`中小学`, `新建学校`, `村干部`, `新一届政府`).
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
    let rest = without_session_count(text, rest);
    rest.is_empty()
        || words.generic_organizations.contains(rest)
        || words.not_organization_endings.ends(rest)
}

/// `name` without a count of sessions in front (`一届|政府`, `第十二届|理事会`): such a
/// count names no body by itself.
fn without_session_count<'a>(text: &Analysis, name: &'a str) -> &'a str {
    let words = text.lexicon;
    let rest = (words.ordinal_marks.iter())
        .find_map(|m| name.strip_prefix(m))
        .unwrap_or(name);
    let number: usize = (rest.chars())
        .take_while(|c| c.is_ascii_digit() || words.number_starts.contains_char(*c))
        .map(char::len_utf8)
        .sum();
    let after = rest.get(number..).unwrap_or_default();
    match after.chars().next() {
        Some(unit) if number > 0 && words.session_units.contains_char(unit) => {
            after.get(unit.len_utf8()..).unwrap_or_default()
        }
        _ => name,
    }
}

/// The longest organization ending `word` ends with, in characters.
pub(super) fn org_ending(text: &Analysis, word: &str) -> Option<usize> {
    let words = text.lexicon;
    if words.not_organization_endings.ends(word) {
        return None; // `新格局`, `村干部`
    }
    (words.organization_endings.suffix_of(word)).map(|e| e.chars().count())
}

/// Most words between a school's name and the ending of a unit it holds
/// (`郑州大学|第一|附属|医院`).
const UNIT_REACH: usize = 4;

/// Whether `parent`, a school's name (`organizations/parent_endings`), goes on to `unit`,
/// an organization's ending: not to one of its own kind (`清华大学|北京大学`), and not
/// from an ending alone, whose name lies before it (`斯特拉斯堡|大学|法学院`).
pub(super) fn holds_unit(text: &Analysis, parent: &str, unit: &str) -> bool {
    (text.lexicon.candidates.parent_org_endings.suffix_of(parent))
        .is_some_and(|p| p.len() < parent.len() && !unit.ends_with(p))
}

/// Whether token `k`, a school's name, goes on to the ending of a unit it holds within
/// [`UNIT_REACH`] words (`四川大学|华西|医院`, `郑州大学|第一|附属|医院`), across names,
/// nouns, ordinals and link words only (`北京大学|教授` holds no unit).
pub(super) fn unit_follows(text: &Analysis, k: usize, parent: &str) -> bool {
    let words = text.lexicon;
    let mut end = text.tokens.get(k).map_or(0, |t| t.range.end);
    for t in text.tokens.iter().skip(k + 1).take(UNIT_REACH) {
        let piece = text.simple_slice(t.range.clone());
        if t.range.start != end || !piece.chars().all(is_han) {
            return false;
        }
        if org_ending(text, piece).is_some_and(|e| e >= 2) {
            return holds_unit(text, parent, piece);
        }
        let ordinal = t.tag == "m" && words.ordinal_marks.starts(piece);
        let link = (words.candidates.org_links).prefix_at(&text.simplified, t.range.start);
        let named = matches!(t.tag, "ns" | "nz" | "n" | "j" | "nt" | "nrt");
        if !(named || ordinal || link.is_some()) || blocks_name(text, t, piece) {
            return false;
        }
        end = t.range.end;
    }
    false
}

/// The organization's ending that opens `word`, a word of an ending and a title in one
/// (`organizations/titled_endings`: `医院|院长`, `党委|书记`).
pub(super) fn ending_before_title<'w>(text: &Analysis, word: &'w str) -> Option<&'w str> {
    let words = text.lexicon;
    if !words.candidates.titled_endings.contains(word) {
        return None;
    }
    (words.organization_endings.prefix_of(word))
        .filter(|e| e.chars().count() >= 2)
        .and_then(|e| word.get(..e.len()))
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

pub(super) fn is_anchor(text: &Analysis, token: &Token) -> bool {
    matches!(token.tag, "ns" | "nt")
        || (text.lexicon.organization_anchors).contains(&text.simple(token.range.clone()))
}

pub(super) fn is_number(text: &Analysis, token: &Token, word: &str) -> bool {
    matches!(token.tag, "m" | "mq")
        && word
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || text.lexicon.number_starts.contains_char(c))
}

/// Words an organization's name never runs across: people, positions, movements, acts.
pub(super) fn blocks_name(text: &Analysis, token: &Token, word: &str) -> bool {
    let words = text.lexicon;
    token.tag.starts_with("nr")
        || words.title_endings.ends(word)
        || words.moves.contains(word)
        || words.acts.occurs_in(word)
        || words.not_inside_organizations.contains(word)
        || words.verbs_outside_organizations.occurs_in(word)
        || words.organization_modifiers.contains(word)
        // a dateline (`北京1月5日电|新华社`, `日讯`)
        || words.dateline_endings.ends(word)
        || ends_period(text, token)
}

/// Whether `token` ends a period named as a whole (`grammar/periods`), alone or with the
/// words before it (`新|时代`, `新征程`).
fn ends_period(text: &Analysis, token: &Token) -> bool {
    (text.lexicon.candidates.periods)
        .suffix_at(&text.simplified, token.range.end)
        .is_some_and(|len| len >= token.range.len())
}
