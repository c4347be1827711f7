//! Outlets and owners of sites, as pages name them: in a dateline (`延吉新聞網12月30日訊`),
//! a source label (`來源: 延边发布`), a header or footer line, a copyright note. Every
//! function takes a text in simplified script and answers with byte ranges of it, so
//! callers can cut the name as written.

use std::ops::Range;

use xinwen_chinese::Lexicon;

use super::datelines::Dateline;
use super::dates::find_full_date;

/// True when `name` ends like an outlet (`延邊信息港`, `延吉新聞網`, `萍鄉城事網`).
pub fn is_outlet(name: &str, words: &Lexicon) -> bool {
    let n = name.chars().count();
    (2..=16).contains(&n) && words.outlet_endings.ends(name)
}

/// True when `name` could own a site: an outlet, or a government or institution
/// (`望川县人民政府`).
pub fn is_publisher(name: &str, words: &Lexicon) -> bool {
    let n = name.chars().count();
    is_outlet(name, words) || ((3..=20).contains(&n) && words.owner_endings.ends(name))
}

/// The outlet named first in a footer or header line of several parts:
/// `延邊信息港 / 延邊廣電客戶端`, `萍鄉城事網—萍鄉最具影響力門戶網站 門戶 …`.
pub fn line_outlet(line: &str, words: &Lexicon) -> Option<Range<usize>> {
    let first = line
        .split([' ', '/', '／', '|', '｜', '—', '-'])
        .find(|p| !p.trim().is_empty())?
        .trim();
    let multi_part =
        line.contains(" / ") || line.contains('—') || line.contains('｜') || line.contains(" | ");
    let start = first.as_ptr() as usize - line.as_ptr() as usize;
    (multi_part && is_outlet(first, words)).then(|| start..start + first.len())
}

/// The owner a copyright note names: `延吉新聞網版權與免責聲明` (`X版權`, when X reads
/// like an outlet), `版權所有：X`, `© 2020 X` (when X could own a site).
pub fn copyright_owner(line: &str, words: &Lexicon) -> Option<Range<usize>> {
    let caps = words.copyright_owner.captures(line)?;
    let (name, labelled) = match (caps.name("labelled"), caps.name("before")) {
        (Some(m), _) => (m, true),
        (None, Some(m)) => (m, false),
        _ => return None,
    };
    let quotes: &[char] = &['《', '》', '“', '”', '"'];
    let trimmed = name.as_str().trim_matches(quotes);
    let start =
        name.start() + (name.as_str().len() - name.as_str().trim_start_matches(quotes).len());
    let owner = if labelled {
        is_publisher(trimmed, words)
    } else {
        is_outlet(trimmed, words)
    };
    owner.then(|| start..start + trimmed.len())
}

/// The outlet of `dateline`, which `paragraph` opens with (`延吉新聞網` of
/// `延吉新聞網12月30日訊`, `新华社` of `新华社北京1月5日电`, `本報` of `本報訊`): the
/// longest start of its head that ends like an outlet (the rest is where the story
/// was filed).
pub fn dateline_outlet(
    paragraph: &str,
    dateline: &Dateline<'_>,
    words: &Lexicon,
) -> Option<Range<usize>> {
    let head = dateline.head;
    let start = (head.as_ptr() as usize).checked_sub(paragraph.as_ptr() as usize)?;
    let ends = head.char_indices().map(|(i, c)| i + c.len_utf8());
    let end = ends.rev().find(|&end| is_outlet(&head[..end], words))?;
    Some(start..start + end)
}

/// `央视网` of `央视网2022年03月03日`: the name before a date glued to it.
pub fn without_date(name: &str, words: &Lexicon) -> Range<usize> {
    let cut = find_full_date(name, words)
        .map(|d| d.start)
        .filter(|&at| name[..at].chars().count() >= 2);
    0..cut.unwrap_or(name.len())
}

/// The source a label names (`来源: 延边发布`): the range of the whole label and of
/// the name (a date glued to the name cut off, and a widget glued to it: `求是网参与互动`).
pub fn source_label(line: &str, words: &Lexicon) -> Option<(Range<usize>, Range<usize>)> {
    let caps = words.source_label.captures(line)?;
    let name = caps.get(1)?;
    let kept = without_date(name.as_str(), words);
    let kept = &name.as_str()[kept];
    let widget = [&words.comment_markers, &words.share_markers]
        .into_iter()
        .flat_map(|list| list.find_in(kept))
        .map(|found| found.start)
        .filter(|&at| kept[..at].chars().count() >= 2)
        .min();
    let end = widget.unwrap_or(kept.len());
    Some((caps.get(0)?.range(), name.start()..name.start() + end))
}

/// The outlet right after a date and time, alone on a line: `2024年03月05日 10:22 青禾日报`.
pub fn outlet_after_date(line: &str, words: &Lexicon) -> Option<Range<usize>> {
    let date = find_full_date(line, words).filter(|d| d.start == 0 && d.time.is_some())?;
    let rest = line.get(date.end..)?;
    let name = rest.trim();
    let start = line.len() - rest.trim_start().len();
    let plain = !name
        .chars()
        .any(|c| c.is_whitespace() || c.is_ascii_digit() || "|｜:：".contains(c));
    let n = name.chars().count();
    (rest.starts_with(char::is_whitespace)
        && plain
        && (2..=16).contains(&n)
        && is_outlet(name, words))
    .then(|| start..start + name.len())
}

/// The account or outlet a date line names beside its date, without a label:
/// `字母榜·2025年04月22日 17:09`, `CSDN 2024年12月18日 18:08 江苏`,
/// `2022-06-02 09:52:19政能亮 来自北京市` (a place after `来自` is where it was posted
/// from, a short word after the date is a place or a weekday).
pub fn name_beside_date(line: &str, words: &Lexicon) -> Option<Range<usize>> {
    let date = find_full_date(line, words)?;
    // (a day of the week beside the date is neither: `2019年1月1日 星期二`)
    fn trimmed<'a>(part: &'a str, words: &Lexicon) -> &'a str {
        let marks: &[char] = &['·', '•', '|', '｜', '丨', '-', '—', '(', ')', '（', '）'];
        let strip = |p: &'a str| p.trim_matches(|c: char| c.is_whitespace() || marks.contains(&c));
        let part = strip(part);
        let part = (words.dates.weekdays.prefix_of(part)).map_or(part, |w| &part[w.len()..]);
        let part =
            (words.dates.weekdays.suffix_of(part)).map_or(part, |w| &part[..part.len() - w.len()]);
        strip(part)
    }
    let name_like = |name: &str| {
        let n = name.chars().count();
        (2..=16).contains(&n)
            && !name
                .chars()
                .any(|c| c.is_whitespace() || c.is_ascii_digit() || ":：".contains(c))
            && !words.filed_words.occurs_in(name)
            && !words.published_label.is_match(name)
    };
    let range_of = |part: &str| {
        let start = part.as_ptr() as usize - line.as_ptr() as usize;
        start..start + part.len()
    };
    let before = trimmed(line.get(..date.start)?, words);
    if !before.is_empty() {
        return name_like(before).then(|| range_of(before));
    }
    let mut after = line.get(date.end..)?;
    // `来自北京市`: where it was posted from, not a source (a label has a colon)
    if let Some(at) = words.source_labels.find_in(after).map(|r| r.start).next() {
        let labelled = after[at..]
            .chars()
            .nth(2)
            .is_some_and(|c| ":：".contains(c));
        if !labelled {
            after = &after[..at];
        }
    }
    let after = trimmed(after, words);
    (name_like(after) && (after.chars().count() >= 3 || is_outlet(after, words)))
        .then(|| range_of(after))
}

/// The column label at the head of a first paragraph (`【头条】`), unless it credits
/// people (`【責編 王春榮】`): the range of the label and of its name.
pub fn column(paragraph: &str, words: &Lexicon) -> Option<(Range<usize>, Range<usize>)> {
    let caps = words.column.captures(paragraph)?;
    let label = caps.get(1)?;
    if words.not_column_words.occurs_in(label.as_str()) {
        return None;
    }
    Some((caps.get(0)?.range(), label.range()))
}
