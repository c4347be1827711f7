//! The act of a sentence: whether somebody performs it there, and its object.

use std::ops::Range;

use crate::enrich::analysis::Analysis;
use crate::enrich::marks::Sorted;

/// True when the act at `action` is done by somebody in `sentence`: not a noun
/// (`加大检查力度`, `贯彻决策部署`), not the modifier of one (`随后召开的座谈会上`), not
/// negated or asked about (`未出席`, `是否出席…？`), not an instruction (`要组织开展走访慰问`)
/// unless a person is named between the instruction and the act.
pub(crate) fn is_performed(
    text: &Analysis,
    sentence: &Range<usize>,
    action: &Range<usize>,
    people: &Sorted,
) -> bool {
    let words = text.lexicon;
    if (text.simplified.get(action.end)).is_some_and(|c| words.attributive.contains_char(*c)) {
        return false;
    }
    // the word after the act, or the rest of a word the act begins (`督导|组`)
    let next = match text.token_at(action.end.saturating_sub(1)) {
        Some(t) if t.range.end > action.end => Some(text.simple(action.end..t.range.end)),
        _ => (text.token_starting(action.end))
            .and_then(|k| text.tokens.get(k))
            .map(|t| text.simple(t.range.clone())),
    };
    if next.is_some_and(|w| words.events.noun_heads.contains(&w)) {
        return false;
    }
    // a word right before the act that makes it a noun (`决策|部署`, `重要讲话`)
    let before = text.simple(action.start.saturating_sub(4).max(sentence.start)..action.start);
    let modifier = words.events.noun_modifiers.suffix_of(&before).is_some();
    if modifier {
        return false;
    }
    // `未出席`, `没有参加`, `是否出席`, or a question: not done
    let tokens = text.tokens_within(sentence.start..action.start);
    let last = |n: usize| {
        let from = tokens.len().checked_sub(n)?;
        Some(text.simple(tokens.get(from)?.range.start..action.start))
    };
    if (1..=2).any(|n| last(n).is_some_and(|w| words.events.not_done.contains(&w))) {
        return false;
    }
    let asked = (text
        .simplified
        .get(sentence.start..sentence.end)
        .unwrap_or_default())
    .iter()
    .rev()
    .find(|c| !c.is_whitespace());
    if asked.is_some_and(|c| matches!(c, '？' | '?')) {
        return false;
    }
    let instruction = (tokens.iter())
        .filter(|t| {
            words
                .events
                .instructions
                .contains(&text.simple(t.range.clone()))
        })
        .map(|t| t.range.end)
        .next_back();
    match instruction {
        Some(at) => people.within(at..action.start).next().is_some(),
        None => true,
    }
}

/// The object of the act: `就X进行检查指导` gives X, `检查指导X` gives X (up to the
/// next comma or a word that ends it: `出席会议并讲话` gives `会议`).
pub(crate) fn target(
    text: &Analysis,
    sentence: &Range<usize>,
    action: &Range<usize>,
) -> Option<Range<usize>> {
    let words = text.lexicon;
    let before = text.simple(sentence.start..action.start);
    let topic = (words.topic_marks.find_in(&before)).last();
    if let Some(at) = topic {
        let from = sentence.start + before[..at.start].chars().count() + before[at].chars().count();
        let phrase = text.simple(from..action.start);
        let mut phrase = phrase.as_str();
        // up to the first light verb (`对下步工作|进行再研究、再部署`)
        if let Some(at) = (words.light_verbs.iter())
            .filter_map(|v| phrase.find(v))
            .min()
        {
            phrase = &phrase[..at];
        }
        while let Some(shorter) = words
            .light_verbs
            .suffix_of(phrase)
            .and_then(|v| phrase.strip_suffix(v))
        {
            phrase = shorter;
        }
        if (2..=30).contains(&phrase.chars().count()) && !phrase.contains([',', '，']) {
            let n = phrase.chars().count();
            return Some(from..from + n);
        }
    }
    let mut start = action.end;
    while (text.simplified.get(start)).is_some_and(|c| words.aspect_particles.contains_char(*c)) {
        start += 1;
    }
    let mut end = (start..sentence.end)
        .find(|&i| matches!(text.simplified[i], ',' | '，' | '。' | '；' | '、'))
        .unwrap_or(sentence.end);
    if let Some(cut) = (text.tokens_within(start..end).iter())
        .find(|t| words.object_ends.contains(&text.simple(t.range.clone())))
    {
        end = cut.range.start;
    }
    // `出席开幕式的国际贵宾有：…`: the object is what the listed people did it to
    let head = text.simple(start..end);
    let introduced = (words.events.list_introducers.iter())
        .filter_map(|i| head.find(i))
        .min();
    if let Some(at) = introduced {
        let lead: Vec<char> = head[..at].chars().collect();
        let modifier = (lead.iter()).rposition(|c| words.attributive.contains_char(*c));
        end = start + modifier.unwrap_or(lead.len());
    }
    let joins =
        (text.simplified.get(start)).is_some_and(|c| words.object_not_starts.contains_char(*c));
    (end >= start + 2 && end - start <= 30 && !joins).then_some(start..end)
}

/// Whether the act at `action` attends the acts told before it: an attending act
/// (`出席`, `参加`) with no object, an object that points back (`上述活动`), or an act
/// for object (`参加|会见`).
pub(super) fn attends_before(
    text: &Analysis,
    action: &Range<usize>,
    object: Option<&Range<usize>>,
) -> bool {
    let words = text.lexicon;
    words
        .events
        .attending
        .contains(&text.simple(action.clone()))
        && object.is_none_or(|o| {
            let object = text.simple(o.clone());
            words.events.anaphors.starts(&object) || words.acts.contains(&object)
        })
}

/// The acts of the lexicon in `sentence`, left to right, longest first where several
/// start at one character, none overlapping.
pub(super) fn find_actions(
    text: &Analysis,
    sentence: &Range<usize>,
) -> Vec<(Range<usize>, String)> {
    let acts = &text.lexicon.acts;
    let mut found = Vec::new();
    let mut at = sentence.start;
    while at < sentence.end {
        match acts
            .prefix_at(&text.simplified, at)
            .filter(|n| at + n <= sentence.end)
        {
            Some(n) => {
                found.push((at..at + n, text.simple(at..at + n)));
                at += n;
            }
            None => at += 1,
        }
    }
    found
}
