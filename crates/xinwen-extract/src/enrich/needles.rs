//! Every occurrence of a few strings in a page, in one pass over its characters.
//!
//! A page looks for a few dozen of its own names at a time (the people it named, the
//! stems of its places, its keywords). Building an automaton for so few costs more than
//! the search, so each needle is filed under its first character: one pass reads each
//! character once, skips at once the characters no needle starts with (a 64-bit filter),
//! and compares only the needles filed under the others. Many needles sharing a first
//! character would make that pass slow, so past [`MAX_SHARING`] of them an Aho-Corasick
//! automaton does the search instead: the time stays linear in the page's length.

use std::ops::Range;

/// The most needles sharing a first character that the one-pass search compares.
const MAX_SHARING: usize = 8;

/// Every place `text` holds each of `needles`, as character ranges sorted by start,
/// overlaps included; an empty needle is never found.
pub(crate) fn find_each(text: &[char], needles: &[String]) -> Vec<Vec<Range<usize>>> {
    let needles: Vec<Vec<char>> = needles.iter().map(|n| n.chars().collect()).collect();
    let mut firsts: Vec<(char, usize)> = (needles.iter().enumerate())
        .filter_map(|(k, n)| n.first().map(|&c| (c, k)))
        .collect();
    firsts.sort_unstable();
    let sharing = firsts
        .chunk_by(|a, b| a.0 == b.0)
        .map(<[_]>::len)
        .max()
        .unwrap_or(0);
    if sharing > MAX_SHARING {
        return with_automaton(text, &needles);
    }
    let filter = firsts.iter().fold(0u64, |f, &(c, _)| f | bit(c));
    let mut found = vec![Vec::new(); needles.len()];
    for (at, &c) in text.iter().enumerate() {
        if filter & bit(c) == 0 {
            continue;
        }
        let from = firsts.partition_point(|&(f, _)| f < c);
        for &(_, k) in firsts
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|f| f.0 == c)
        {
            let needle = &needles[k];
            let end = at + needle.len();
            if text.get(at..end) == Some(needle.as_slice()) {
                found[k].push(at..end);
            }
        }
    }
    found
}

/// The filter bit of a character.
fn bit(c: char) -> u64 {
    1 << (u32::from(c) % 64)
}

/// The same search by an Aho-Corasick automaton over the text's bytes.
fn with_automaton(text: &[char], needles: &[Vec<char>]) -> Vec<Vec<Range<usize>>> {
    let mut found = vec![Vec::new(); needles.len()];
    let patterns: Vec<String> = (needles.iter())
        .map(|n| {
            if n.is_empty() {
                "\0".into()
            } else {
                n.iter().collect()
            }
        })
        .collect();
    let automaton = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
        .build(&patterns);
    let Ok(automaton) = automaton else {
        return found;
    };
    let haystack: String = text.iter().collect();
    let starts: Vec<usize> = haystack.char_indices().map(|(b, _)| b).collect();
    let char_at = |byte: usize| starts.partition_point(|&b| b < byte);
    for m in automaton.find_overlapping_iter(&haystack) {
        if let Some(list) = found.get_mut(m.pattern().as_usize()) {
            list.push(char_at(m.start())..char_at(m.end()));
        }
    }
    for list in &mut found {
        list.sort_by_key(|r| r.start);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, needles: &[&str]) -> Vec<Vec<Range<usize>>> {
        let chars: Vec<char> = text.chars().collect();
        let needles: Vec<String> = needles.iter().map(|n| n.to_string()).collect();
        let quick = find_each(&chars, &needles);
        let needles: Vec<Vec<char>> = needles.iter().map(|n| n.chars().collect()).collect();
        assert_eq!(quick, with_automaton(&chars, &needles), "{text}");
        quick
    }

    /// A text, its needles, and where each is found (start and end characters).
    type Case = (
        &'static str,
        &'static [&'static str],
        &'static [&'static [(usize, usize)]],
    );

    #[test]
    fn finds_every_occurrence_overlaps_included() {
        let cases: &[Case] = &[
            (
                "王林和王林林",
                &["王林", "林林"],
                &[&[(0, 2), (3, 5)], &[(4, 6)]],
            ),
            (
                "北京市北京",
                &["北京", "北京市", "京"],
                &[&[(0, 2), (3, 5)], &[(0, 3)], &[(1, 2), (4, 5)]],
            ),
            // must not: a needle longer than what is left, an empty one, a missing one
            ("张三", &["张三丰", "", "李四"], &[&[], &[], &[]]),
            ("", &["张"], &[&[]]),
        ];
        for (text, needles, want) in cases {
            let want: Vec<Vec<Range<usize>>> = (want.iter())
                .map(|w| w.iter().map(|&(a, b)| a..b).collect())
                .collect();
            assert_eq!(found(text, needles), want, "{text}");
        }
    }

    #[test]
    fn many_needles_sharing_a_first_character_find_the_same() {
        let needles: Vec<String> = (0..20)
            .map(|k| format!("王{}", char::from(b'a' + k)))
            .collect();
        let refs: Vec<&str> = needles.iter().map(String::as_str).collect();
        let got = found("王a王b王t王z", &refs);
        assert_eq!(got[0], vec![0..2]);
        assert_eq!(got[19], vec![4..6]);
        assert!(got[2].is_empty());
    }
}
