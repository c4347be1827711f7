//! Positions (职务) written before a name: `州委副书记、市委书记、…组长洪庆`.

use std::collections::HashMap;
use std::ops::Range;

use crate::enrich::analysis::Analysis;
use crate::enrich::marks::Covered;

/// How far before a name its titles are looked for: a title is at most 40 characters,
/// so a chain link longer than this holds none.
const REACH: usize = 80;

/// The mentions of people of a text, for the title rules: which characters they cover
/// and where each ends.
#[derive(Debug, Clone, Default)]
pub(crate) struct Mentions {
    covered: Covered,
    start_of_end: HashMap<usize, usize>,
    /// For each character inside an organization's name past its start, where the name
    /// starts and ends: a title that would start there after the name's conjunction
    /// starts with the name.
    body_of: Vec<Option<(usize, usize)>>,
}

impl Mentions {
    /// The index of `mentions` in `text`, beside the names of its `organizations`.
    pub(crate) fn new(
        text: &Analysis,
        mentions: &[Range<usize>],
        organizations: &[Range<usize>],
    ) -> Self {
        let mut body_of = vec![None; text.chars.len()];
        for o in organizations {
            for b in body_of.get_mut(o.start + 1..o.end).into_iter().flatten() {
                b.get_or_insert((o.start, o.end));
            }
        }
        Mentions {
            covered: Covered::of(text.chars.len(), mentions),
            start_of_end: mentions.iter().map(|m| (m.end, m.start)).collect(),
            body_of,
        }
    }

    /// True when a mention ends at `end` and starts at or after `start`.
    fn ends_within(&self, start: usize, end: usize) -> bool {
        self.start_of_end.get(&end).is_some_and(|&s| s >= start)
    }
}

/// Marks that separate the titles of a chain.
const CHAIN_MARKS: &[char] = &['、', ',', '，'];

/// Marks that end a clause: no title chain crosses them.
const CLAUSE_ENDS: &[char] = &[
    '。', '！', '？', '；', ';', '!', '?', '：', ':', '\n', '(', '（', ')', '）', '“', '”', '【',
    '】',
];

/// Tags of words that cannot be part of a title (prepositions, pronouns, numbers, time,
/// punctuation).
const NOT_IN_TITLE_TAGS: &[&str] = &["p", "ul", "uz", "c", "r", "m", "t", "x", "w", "y", "e"];

/// True when `title` (simplified) reads as a position: it ends in a title word and
/// holds no number and no date, a month or a day after a numeral (`1月28日`, `五月`;
/// `日本首相` is a title).
fn is_title(text: &Analysis, title: &str) -> bool {
    let n = title.chars().count();
    let words = text.lexicon;
    let numeral = |c: char| {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || words.digits.contains_char(c)
            || words.numeral_units.contains_char(c)
    };
    let mut before = '\0';
    let dated = title.chars().any(|c| {
        let date = words.dates.date_marks.contains_char(c) && numeral(before);
        before = c;
        c.is_ascii_digit() || date
    });
    (2..=40).contains(&n) && words.title_endings.ends(title) && !dated
}

/// True when the word ending at `at` names a place or a body: the dictionary tags it
/// so, or it ends like an organization or a place (`维吉尼亚|州`).
fn owner_before(text: &Analysis, at: usize) -> bool {
    let words = text.lexicon;
    (at.checked_sub(1))
        .and_then(|i| text.token_at(i))
        .filter(|t| t.range.end == at)
        .is_some_and(|t| {
            let word = text.simple(t.range.clone());
            matches!(t.tag, "ns" | "nt" | "nz" | "nrt")
                || (words.organization_endings.ends(&word)
                    && !words.not_organization_endings.ends(&word))
                || words.place_endings.ends(&word)
                || words.place_level_endings.ends(&word)
        })
}

/// The longest end of `segment` made of words that can be a title.
fn title_suffix(text: &Analysis, segment: Range<usize>, people: &Mentions) -> Option<Range<usize>> {
    let mut start = segment.end;
    for token in text.tokens_within(segment.clone()).iter().rev() {
        let person = people.covered.overlaps(&token.range);
        let word = text.simple(token.range.clone());
        let ordinal = text.lexicon.ordinal_marks.starts(&word);
        // `的` after a place's or a body's name ties the title to it (`福特公司的|执行
        // 董事长`, `佛罗里达州的|参议员`), and a committee's name may hold one (`…感染的
        // 肺炎防控工作领导小组|组长`); after anything else it ends a clause that describes
        // the holder, no title (`受表彰的|先进典型代表`, `罹患脑干肿瘤的|作家`)
        let clause = token.tag == "uj" && !owner_before(text, token.range.start) && {
            let after = text.simple(token.range.end..segment.end);
            !text.lexicon.committee_endings.occurs_in(&after)
        };
        if (NOT_IN_TITLE_TAGS.contains(&token.tag) && !ordinal)
            || clause
            || text.lexicon.not_inside_titles.contains(&word)
            || person
        {
            break;
        }
        start = token.range.start;
    }
    // `到访|的联合国秘书长`: a title does not start with a particle
    while (text.simplified.get(start)).is_some_and(|c| text.lexicon.attributive.contains_char(*c)) {
        start += 1;
    }
    // nor inside an organization's name found on the page, which its conjunction cut
    // (`中国房地产及住宅研究会|副会长`; `住房和城乡建设部|部长`, a body known by its full
    // name, `organizations/full_names`)
    let conjunction_before = (start.checked_sub(1))
        .and_then(|i| text.token_at(i))
        .is_some_and(|t| t.range.end == start && t.tag == "c");
    if let Some(&Some((body, end))) = people.body_of.get(start).filter(|_| conjunction_before)
        && body >= segment.start
        && end <= segment.end
    {
        start = body;
    }
    let range = start..segment.end;
    is_title(text, &text.simple(range.clone())).then_some(range)
}

/// The titles written right before the name at `name`, nearest last.
pub(crate) fn titles_before(
    text: &Analysis,
    name: &Range<usize>,
    people: &Mentions,
) -> Vec<Range<usize>> {
    let mut titles = Vec::new();
    let mut end = name.start;
    loop {
        let mut start = end;
        while start > 0
            && end - start < REACH
            && !text
                .simplified
                .get(start - 1)
                .is_some_and(|c| CHAIN_MARKS.contains(c) || CLAUSE_ENDS.contains(c))
        {
            start -= 1;
        }
        if start == end {
            break;
        }
        let segment = start..end;
        let ends_with_person = people.ends_within(start, end);
        if ends_with_person {
            break;
        }
        let spaced = (text.simplified.get(segment.clone())).is_some_and(|s| s.contains(&' '));
        match title_suffix(text, segment.clone(), people) {
            // the whole segment is a title: the chain may go on
            Some(suffix) if suffix == segment && !spaced => titles.push(segment),
            Some(suffix) => {
                titles.push(suffix);
                break;
            }
            None => break,
        }
        // the chain goes on past a separator
        match start.checked_sub(1).and_then(|s| text.simplified.get(s)) {
            Some(c) if CHAIN_MARKS.contains(c) => end = start - 1,
            _ => break,
        }
    }
    titles.reverse();
    titles
}

/// A title written right after the name (`习近平总书记`).
pub(crate) fn title_after(text: &Analysis, name: &Range<usize>) -> Option<Range<usize>> {
    let n = (text.lexicon.titles_after_name).prefix_at(&text.simplified, name.end)?;
    Some(name.end..name.end + n)
}

#[cfg(test)]
mod case_tests {
    use crate::cases::{body_page, case_table, enriched, people};

    case_table!(
        titles_table,
        "titles.txt",
        |t| people(&enriched(t)),
        body_page,
        people
    );
}
