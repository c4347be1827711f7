//! Bodies stationed somewhere (`organizations/stationed_links`: `中国驻日本大使馆`,
//! `驻韩美军司令部`).

use std::ops::Range;

use super::start::Heads;
use crate::enrich::analysis::Analysis;

/// The name `range`, whose ending starts at `ending`, as a link of stationing inside it
/// leaves it. The last such link before the ending decides:
/// - a place right after it keeps it in the name: a place found, a word the dictionary
///   calls a place, a country's short name or one of `organizations/stationed_places`
///   (but not one opening an abbreviation). The name then holds only the place, noun
///   or name right before the link (`以色列袭击|伊朗驻叙利亚使馆` → `伊朗驻叙利亚使馆`), or
///   starts with it (`驻韩美军司令部`, `以色列袭击|驻叙利亚使馆`);
/// - anything else after it starts the name after it (`法国驻|联合国`, `驻|中航集团`).
pub(super) fn across_stationed_link(
    text: &Analysis,
    range: Range<usize>,
    ending: usize,
    heads: &Heads,
) -> Range<usize> {
    let (chars, words) = (&text.simplified, &text.lexicon.candidates);
    let short_name = |at: usize| {
        (chars.get(at)).is_some_and(|c| {
            words.country_short_names.contains_char(*c) || words.stationed_places.contains_char(*c)
        })
    };
    // the link as a word, or glued to a short name (`驻华`); not `驻地`, `驻扎`
    let link = (range.start..ending.min(range.end)).rev().find_map(|at| {
        let token = text.tokens.get(text.token_starting(at)?)?;
        let len = words.stationed_links.prefix_at(chars, at)?;
        let rest = token.range.len() - len.min(token.range.len());
        (rest == 0 || (rest == 1 && short_name(at + len))).then_some((at, len))
    });
    let Some((at, len)) = link else {
        return range;
    };
    let after = at + len;
    let word_after = text.token_starting(after).and_then(|k| text.tokens.get(k));
    // (a short name's character that opens an abbreviation is none: `驻|中航|集团`)
    let abbreviation = word_after.is_some_and(|t| t.range.len() >= 2 && t.tag == "j");
    let place_after = heads.starts.get(after).copied().unwrap_or(false)
        || word_after.is_some_and(|t| t.tag == "ns")
        || (short_name(after) && !abbreviation);
    if !place_after {
        return after.max(range.start)..range.end;
    }
    // the place, or a noun or a name (`外交部`, `俄`); a verb before the link is no part
    // of the name (`以色列袭击|驻叙利亚使馆`)
    let head = heads.chain_ending_at(at).or_else(|| {
        (text.token_ending(at))
            .filter(|t| t.tag.starts_with('n') || t.tag == "j")
            .map(|t| t.range.start)
    });
    head.unwrap_or(at).max(range.start)..range.end
}
