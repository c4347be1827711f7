//! Parallel phrases the tagger reads as names. Government prose lists phrases of one
//! shape (`获得感、幸福感、安全感`, `利民惠民`, `田成方、渠相通、路相连`); a word of
//! such a list that begins with a surname looks like a person to the tagger, but its
//! neighbours, which nobody would take for people, give it away.

use std::ops::Range;

use crate::enrich::analysis::{Analysis, is_han};
use crate::enrich::marks::Covered;

/// Characters that join the items of a list.
const JOINS: &[char] = &['、', '，', ','];

/// True when `name` is one of a run of phrases of one shape: a neighbour of the same
/// length ends in the same character (`获得感、幸福感`, `利民惠民`), or the list item
/// holding `name` is longer than it and a neighbouring item has the item's length
/// (`田成方、渠相通`). Neighbours that are themselves `people` do not count: a list
/// of names is a list of names (`王明、李明`).
pub(crate) fn in_parallel_phrase(text: &Analysis, name: &Range<usize>, people: &Covered) -> bool {
    let chars = &text.simplified;
    let is_person = |r: &Range<usize>| people.overlaps(r);
    let han_run = |r: &Range<usize>| {
        chars
            .get(r.clone())
            .is_some_and(|s| s.iter().all(|&c| is_han(c)))
    };
    let len = name.len();
    if len < 2 {
        return false;
    }
    let last = chars[name.end - 1];
    let rhymes = |r: Range<usize>| {
        han_run(&r)
            && chars[r.end - 1] == last
            && chars[r.clone()] != chars[name.clone()]
            && !is_person(&r)
    };
    let joined_before = name.start >= 1 && JOINS.contains(&chars[name.start - 1]);
    let joined_after = chars.get(name.end).is_some_and(|c| JOINS.contains(c));
    let before = |gap: usize| name.start.checked_sub(len + gap).map(|s| s..s + len);
    let after =
        |gap: usize| Some(name.end + gap..name.end + gap + len).filter(|r| r.end <= chars.len());
    if before(0).is_some_and(rhymes)
        || after(0).is_some_and(rhymes)
        || (joined_before && before(1).is_some_and(rhymes))
        || (joined_after && after(1).is_some_and(rhymes))
    {
        return true;
    }
    // the list item around the name (of at most 4 characters) and its neighbours
    let mut start = name.start;
    while start > 0 && name.end - start <= 4 && is_han(chars[start - 1]) {
        start -= 1;
    }
    let mut end = name.end;
    while end < chars.len() && end - start <= 4 && is_han(chars[end]) {
        end += 1;
    }
    // `一系列惠民生、促消费`, `可持续、惠民生目标`: a name joined to the list on its own
    // is its own item
    if end - start > 4 && (joined_after || joined_before) {
        (start, end) = (name.start, name.end);
    }
    let item = end - start;
    if item > 4 {
        return false;
    }
    // an item ends before a character that is no Han, or before the attributive
    // particle (`增后劲|的重大政策`)
    let ends_item = |at: usize| {
        chars
            .get(at)
            .is_none_or(|&c| !is_han(c) || text.lexicon.attributive.contains_char(c))
    };
    let same_shape = |r: &Range<usize>| han_run(r) && !is_person(r);
    // the item of the same length after `r` or before it in a list joined by `、` (where
    // the list begins is not told: it often follows a verb, `坚持高标准、可持续`)
    let following = |r: &Range<usize>| {
        (chars.get(r.end) == Some(&'、'))
            .then(|| r.end + 1..r.end + 1 + item)
            .filter(|n| n.end <= chars.len() && ends_item(n.end))
    };
    let preceding = |r: &Range<usize>| {
        (r.start >= 1 && chars[r.start - 1] == '、')
            .then(|| r.start.checked_sub(item + 1).map(|s| s..r.start - 1))
            .flatten()
    };
    let here = start..end;
    let (next, previous) = (following(&here), preceding(&here));
    if item > len {
        return next.as_ref().is_some_and(same_shape) || previous.as_ref().is_some_and(same_shape);
    }
    // a name that is a whole item: a list of three of one length whose other two are
    // nobody (`田成方、渠相通、路相连`); a list of names is a list of names
    let shaped = |r: Option<Range<usize>>| r.filter(|r| same_shape(r));
    let next = shaped(next);
    let previous = shaped(previous);
    let two_after = next.as_ref().and_then(|r| shaped(following(r))).is_some();
    let two_before = previous
        .as_ref()
        .and_then(|r| shaped(preceding(r)))
        .is_some();
    two_after || two_before || next.is_some() && previous.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use xinwen_chinese::Resources;

    fn check(text: &str, name: &str, people: &[&str]) -> bool {
        let analysis = Analysis::new(text, Resources::global()).unwrap();
        let find = |n: &str| analysis.find_each(&[n.to_string()])[0][0].clone();
        let others: Vec<Range<usize>> = people.iter().map(|p| find(p)).collect();
        let others = Covered::of(analysis.chars.len(), &others);
        in_parallel_phrase(&analysis, &find(name), &others)
    }

    #[test]
    fn finds_phrases_of_one_shape() {
        assert!(check("群众获得感、幸福感、安全感不断提升", "幸福感", &[]));
        assert!(check("办成了一批利民惠民的实事好事", "惠民", &[]));
        assert!(check(
            "高标准农田1200亩,田成方、渠相通、路相连。",
            "田成",
            &[]
        ));
        assert!(check(
            "进入8月份，一系列惠民生、促消费、增后劲的重大政策陆续出台",
            "惠民生",
            &[]
        ));
        assert!(check("工作重点将稳支柱、防风险、惠民生。", "惠民生", &[]));
        assert!(check("多办顺民意、惠民生、暖民心的实事", "惠民生", &[]));
        assert!(check("坚持高标准、可持续、惠民生目标", "惠民生", &[]));
    }

    #[test]
    fn keeps_names() {
        assert!(!check("市领导王明、李明参加", "李明", &["王明"]));
        assert!(!check(
            "珲春市领导成松今、王艳辉参加检查",
            "王艳辉",
            &["成松今"]
        ));
        assert!(!check("游客张女士说,景区很美", "张女士", &[]));
        assert!(!check("村民张三、李四、王五到场", "张三", &[]));
        assert!(!check(
            "会见了张三、李四、王五的家属",
            "张三",
            &["李四", "王五"]
        ));
        assert!(!check("洪庆检查指导", "洪庆", &[]));
    }
}
