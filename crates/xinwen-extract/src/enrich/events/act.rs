//! The act of a sentence: whether somebody performs it there, and its object.

use std::ops::Range;

use crate::enrich::analysis::Analysis;

/// Words after an act that make it a noun (`检查力度`, `检查情况`, `调研报告`).
const NOUN_HEADS: &[&str] = &[
    "力度",
    "情况",
    "结果",
    "报告",
    "通报",
    "反馈",
    "意见",
    "发现",
    "组",
    "小组",
    "工作组",
    "人员",
    "对象",
    "范围",
    "方式",
    "机制",
    "制度",
    "活动",
];

/// Words before an act that make the sentence an instruction or a plan (`要加强检查`,
/// `要求各地开展督导`), not a report of what was done.
const INSTRUCTIONS: &[&str] = &[
    "要", "要求", "应", "应当", "须", "必须", "务必", "需要", "将",
];

/// Words that end the object of an act (`会议并讲话`, `会议时要求`).
const OBJECT_ENDS: &[&str] = &[
    "并",
    "时",
    "后",
    "期间",
    "时说",
    "时强调",
    "时指出",
    "时要求",
];

/// True when the act at `action` is done by somebody in `sentence`: not a noun
/// (`加大检查力度`), not the modifier of one (`随后召开的座谈会上`), not an instruction
/// (`要组织开展走访慰问`) unless a person is named between the instruction and the act.
pub(crate) fn is_performed(
    text: &Analysis,
    sentence: &Range<usize>,
    action: &Range<usize>,
    people: &[Range<usize>],
) -> bool {
    if text.simplified.get(action.end) == Some(&'的') {
        return false;
    }
    // the word after the act, or the rest of a word the act begins (`督导|组`)
    let next = match text.token_at(action.end.saturating_sub(1)) {
        Some(t) if t.range.end > action.end => Some(text.simple(action.end..t.range.end)),
        _ => (text.token_starting(action.end))
            .and_then(|k| text.tokens.get(k))
            .map(|t| text.simple(t.range.clone())),
    };
    if next.is_some_and(|w| NOUN_HEADS.contains(&w.as_str())) {
        return false;
    }
    let instruction = (text.tokens_within(sentence.start..action.start).iter())
        .filter(|t| INSTRUCTIONS.contains(&text.simple(t.range.clone()).as_str()))
        .map(|t| t.range.end)
        .next_back();
    match instruction {
        Some(at) => people
            .iter()
            .any(|p| p.start >= at && p.end <= action.start),
        None => true,
    }
}

/// The object of the act: `就X进行检查指导` gives X, `检查指导X` gives X (up to the
/// next comma or a word that ends it: `出席会议并讲话` gives `会议`).
pub(crate) fn target(
    text: &Analysis,
    sentence: &Range<usize>,
    action: &Range<usize>,
) -> Option<String> {
    let before = text.simple(sentence.start..action.start);
    if let Some(at) = before.rfind('就') {
        let from = sentence.start + before[..at].chars().count() + 1;
        let phrase = text.simple(from..action.start);
        let phrase = phrase.trim_end_matches("进行");
        if (2..=30).contains(&phrase.chars().count()) && !phrase.contains([',', '，']) {
            let n = phrase.chars().count();
            return Some(text.original(from..from + n));
        }
    }
    let mut start = action.end;
    while text
        .simplified
        .get(start)
        .is_some_and(|c| matches!(c, '了' | '着' | '过'))
    {
        start += 1;
    }
    let mut end = (start..sentence.end)
        .find(|&i| matches!(text.simplified[i], ',' | '，' | '。' | '；' | '、'))
        .unwrap_or(sentence.end);
    if let Some(cut) = (text.tokens_within(start..end).iter())
        .find(|t| OBJECT_ENDS.contains(&text.simple(t.range.clone()).as_str()))
    {
        end = cut.range.start;
    }
    let joins = text
        .simplified
        .get(start)
        .is_some_and(|c| matches!(c, '和' | '与' | '及' | '中'));
    (end >= start + 2 && end - start <= 30 && !joins).then(|| text.original(start..end))
}
