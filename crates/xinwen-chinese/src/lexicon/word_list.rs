//! One word list of the lexicon: a data file compiled into matchers.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::trie::Trie;

/// A list of words (simplified script) read from a data file of the lexicon, with what
/// it takes to match them: exact look-ups, the longest entry at the start or end of a
/// text, and every occurrence in a long text.
///
/// The file holds one entry a line; `#` starts a comment line; an entry may carry a
/// value after a tab (`昨天<TAB>-1`).
///
/// ```
/// use xinwen_chinese::WordList;
///
/// let list = WordList::parse("titles", "# titles\n书记\n副书记\n市长\n");
/// assert!(list.contains("市长"));
/// assert_eq!(list.suffix_of("州委副书记"), Some("副书记"));
/// let found: Vec<&str> = list.find_in("市长和书记").map(|r| &"市长和书记"[r]).collect();
/// assert_eq!(found, ["市长", "书记"]);
/// ```
#[derive(Debug)]
pub struct WordList {
    name: &'static str,
    words: Vec<String>,
    values: Vec<Option<String>>,
    forward: Trie,
    backward: Trie,
    longest: usize,
    leftmost: OnceLock<Option<AhoCorasick>>,
    overlapping: OnceLock<Option<AhoCorasick>>,
}

impl WordList {
    /// Reads a list from the text of its data file; `name` says which file it was.
    pub fn parse(name: &'static str, text: &str) -> Self {
        let mut words = Vec::new();
        let mut values = Vec::new();
        for line in text.lines() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let (word, value) = match line.split_once('\t') {
                Some((w, v)) => (w.trim(), Some(v.trim().to_string())),
                None => (line.trim(), None),
            };
            words.push(word.to_string());
            values.push(value);
        }
        let forward = Trie::new(words.iter().map(|w| w.chars()));
        let backward = Trie::new(words.iter().map(|w| w.chars().rev()));
        let longest = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
        WordList {
            name,
            words,
            values,
            forward,
            backward,
            longest,
            leftmost: OnceLock::new(),
            overlapping: OnceLock::new(),
        }
    }

    /// A list of the words of `lists` (without their values), named `name`.
    pub fn union(name: &'static str, lists: &[&WordList]) -> Self {
        let words: Vec<&str> = lists.iter().flat_map(|l| l.iter()).collect();
        WordList::parse(name, &words.join("\n"))
    }

    /// The data file the list came from (relative to the lexicon folder).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the list has no entry.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The length in characters of the longest entry.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// The entries in file order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }

    /// The entries with their values, in file order.
    pub fn entries(&self) -> impl Iterator<Item = (&str, Option<&str>)> {
        (self.words.iter().map(String::as_str)).zip(self.values.iter().map(Option::as_deref))
    }

    fn word(&self, index: usize) -> Option<&str> {
        self.words.get(index).map(String::as_str)
    }

    /// True when `word` is an entry.
    pub fn contains(&self, word: &str) -> bool {
        self.forward.exact(word.chars()).is_some()
    }

    /// True when the one-character string `c` is an entry.
    pub fn contains_char(&self, c: char) -> bool {
        self.forward.exact(std::iter::once(c)).is_some()
    }

    /// The value written after the entry `word`.
    pub fn value(&self, word: &str) -> Option<&str> {
        let index = self.forward.exact(word.chars())?;
        self.values.get(index)?.as_deref()
    }

    /// The longest entry `text` starts with.
    pub fn prefix_of(&self, text: &str) -> Option<&str> {
        let (_, index) = self.forward.longest(text.chars())?;
        self.word(index)
    }

    /// The longest entry `text` ends with.
    pub fn suffix_of(&self, text: &str) -> Option<&str> {
        let (_, index) = self.backward.longest(text.chars().rev())?;
        self.word(index)
    }

    /// Every entry `text` ends with, shortest first.
    pub fn suffixes_of<'w>(&'w self, text: &str) -> impl Iterator<Item = &'w str> + 'w {
        (self.backward.all(text.chars().rev()).into_iter())
            .filter_map(|(_, index)| self.word(index))
    }

    /// True when `text` starts with an entry.
    pub fn starts(&self, text: &str) -> bool {
        self.prefix_of(text).is_some()
    }

    /// True when `text` ends with an entry.
    pub fn ends(&self, text: &str) -> bool {
        self.suffix_of(text).is_some()
    }

    /// The length in characters of the longest entry starting at `chars[at]`.
    pub fn prefix_at(&self, chars: &[char], at: usize) -> Option<usize> {
        let rest = chars.get(at..)?;
        self.forward.longest(rest.iter().copied()).map(|(n, _)| n)
    }

    /// The lengths of every entry starting at `chars[at]`, shortest first.
    pub fn prefixes_at(&self, chars: &[char], at: usize) -> Vec<usize> {
        let Some(rest) = chars.get(at..) else {
            return Vec::new();
        };
        (self.forward.all(rest.iter().copied()).into_iter())
            .map(|(n, _)| n)
            .collect()
    }

    /// The length in characters of the longest entry ending right before `chars[end]`.
    pub fn suffix_at(&self, chars: &[char], end: usize) -> Option<usize> {
        let before = chars.get(..end)?;
        (self.backward.longest(before.iter().rev().copied())).map(|(n, _)| n)
    }

    fn automaton(&self, kind: MatchKind) -> Option<&AhoCorasick> {
        let cell = match kind {
            MatchKind::LeftmostLongest => &self.leftmost,
            _ => &self.overlapping,
        };
        cell.get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(kind)
                .build(&self.words)
                .ok()
        })
        .as_ref()
    }

    /// Byte ranges of the entries in `text`, leftmost first, the longest where several
    /// start at one place, not overlapping.
    pub fn find_in<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Range<usize>> + 't {
        (self.automaton(MatchKind::LeftmostLongest).into_iter())
            .flat_map(move |ac| ac.find_iter(text).map(|m| m.range()))
    }

    /// Byte ranges of every occurrence of every entry in `text`, overlaps included, in
    /// order of their ends.
    pub fn find_overlapping(&self, text: &str) -> Vec<Range<usize>> {
        (self.automaton(MatchKind::Standard))
            .map(|ac| ac.find_overlapping_iter(text).map(|m| m.range()).collect())
            .unwrap_or_default()
    }

    /// True when an entry occurs anywhere in `text`.
    pub fn occurs_in(&self, text: &str) -> bool {
        self.find_in(text).next().is_some()
    }

    /// How many different entries occur in `text`.
    pub fn distinct_in(&self, text: &str) -> usize {
        // most texts hold no entry: the leftmost search skips ahead with a prefilter,
        // the overlapping one reads every byte
        if !self.occurs_in(text) {
            return 0;
        }
        let Some(ac) = self.automaton(MatchKind::Standard) else {
            return 0;
        };
        let found: HashSet<usize> = (ac.find_overlapping_iter(text))
            .map(|m| m.pattern().as_usize())
            .collect();
        found.len()
    }

    /// The entries as the branches of a regular expression, longest first (spaces
    /// escaped, so that the branches hold in verbose mode too).
    pub fn alternation(&self) -> String {
        let mut words: Vec<&str> = self.iter().collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        let escaped: Vec<String> = (words.into_iter())
            .map(|w| regex::escape(w).replace(' ', "\\x20"))
            .collect();
        escaped.join("|")
    }

    /// True when every automaton of the list builds (checked by the lexicon's tests).
    pub fn builds(&self) -> bool {
        self.automaton(MatchKind::LeftmostLongest).is_some()
            && self.automaton(MatchKind::Standard).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_values_and_comments() {
        let list = WordList::parse("t", "# comment\n\n昨天\t-1\n 今天 \t0\n前天\n");
        assert_eq!(list.iter().collect::<Vec<_>>(), ["昨天", "今天", "前天"]);
        assert_eq!(list.value("昨天"), Some("-1"));
        assert_eq!(list.value("前天"), None);
        assert!(!list.contains("# comment"));
    }

    #[test]
    fn matches_at_positions() {
        let list = WordList::parse("t", "街道\n道\n市\n");
        let chars: Vec<char> = "靖和街道办".chars().collect();
        assert_eq!(list.suffix_at(&chars, 4), Some(2));
        assert_eq!(list.prefix_at(&chars, 2), Some(2));
        assert_eq!(list.prefixes_at(&chars, 2), [2]);
        assert_eq!(list.prefix_at(&chars, 0), None);
        assert!(list.contains_char('市'));
        assert_eq!(list.distinct_in("市道市"), 2);
        assert_eq!(list.find_overlapping("街道").len(), 2);
        assert_eq!(list.alternation(), "街道|道|市");
        // every entry the text ends with, shortest first; none when it ends otherwise
        assert_eq!(
            list.suffixes_of("靖和街道").collect::<Vec<_>>(),
            ["道", "街道"]
        );
        assert_eq!(list.suffixes_of("街道办").count(), 0);
    }
}
