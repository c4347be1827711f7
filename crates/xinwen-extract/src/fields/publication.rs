//! When the article was published: the date the page shows, or the best it allows.

use std::collections::BTreeMap;

use xinwen_chinese::Lexicon;
use xinwen_core::time::published_timestamp;

use crate::origin::Origin;
use crate::recognize::PageFacts;
use crate::recognize::dates::{FoundDate, find_date, find_full_date};
use crate::recognize::relative_dates::{find_relative, relative_span};
use crate::roles::Role;

/// `<meta>` names that carry the publication time, in order of trust.
const META_DATES: &[&str] = &[
    "article:published_time",
    "ld:datepublished",
    "og:release_date",
    "og:time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish_date",
    "publishtime",
    "dc.date.issued",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
    "date",
    "datecreated",
    "ld:datecreated",
    "article:modified_time",
    "ld:datemodified",
    "datemodified",
    "dateupdate",
];

/// Container fields (JSONL keys) that carry the publication time.
const METADATA_DATES: &[&str] = &[
    "pubtime",
    "publish_time",
    "published",
    "pubdate",
    "date",
    "time",
];

/// Container fields that say when the page was fetched: the reference of `3小时前`.
const METADATA_FETCHED: &[&str] = &[
    "fetched_at",
    "crawled_at",
    "crawl_time",
    "fetch_time",
    "download_time",
];

/// The publication date chosen for an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// ISO 8601 (`2021-12-30`, `--01-25`, …).
    pub value: String,
    /// True when the year came from the context, not from the page's date.
    pub year_inferred: bool,
}

fn from(date: FoundDate) -> Published {
    Published {
        value: date.iso(),
        year_inferred: false,
    }
}

/// The date in a URL path (`/2021/12/30/`, `/20200102/`).
pub fn url_date(url: &str, words: &Lexicon) -> Option<FoundDate> {
    let caps = words.url_date.captures(url)?;
    let n = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let (year, month, day) = (n(1)?, n(2)?, n(3)?);
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(FoundDate {
        year: Some(i64::from(year)),
        month,
        day,
        time: None,
        offset: None,
        start: 0,
        end: 0,
    })
}

/// The year a month-day date of `simple` (a text in simplified script) most likely
/// has: the year the text writes most, one less when a late-year date looks ahead to
/// that year's holidays (a meeting on 12月30日 preparing 2022年元旦 took place in 2021).
pub fn infer_year(simple: &str, month: u32, words: &Lexicon) -> Option<i64> {
    let mut counts: BTreeMap<i64, usize> = BTreeMap::new();
    for caps in words.year.captures_iter(simple) {
        if let Some(y) = caps.get(1).and_then(|m| m.as_str().parse().ok()) {
            *counts.entry(y).or_default() += 1;
        }
    }
    let latest = *counts.keys().next_back()?;
    if month >= 11 {
        let ahead = simple
            .split(['。', '！', '？', '\n'])
            .any(|s| s.contains(&format!("{latest}")) && words.dates.next_year_words.occurs_in(s));
        if ahead {
            return Some(latest - 1);
        }
    }
    counts
        .iter()
        .max_by_key(|(y, n)| (**n, **y))
        .map(|(y, _)| *y)
}

/// The reference time of relative dates: when the container says the page was fetched,
/// or else when the run says the pages were fetched.
fn reference(origin: &Origin, words: &Lexicon) -> Option<i64> {
    (METADATA_FETCHED.iter())
        .filter_map(|k| origin.metadata.get(*k))
        .chain(origin.fetched.as_ref())
        .find_map(|v| find_full_date(v, words).and_then(|d| published_timestamp(&d.iso())))
}

/// The relative date of the page's date line as written (`3小时前`), when nothing
/// resolved it: the page dates itself, but not when it was fetched.
pub fn unresolved_relative(facts: &PageFacts<'_>, roles: &[Role]) -> Option<String> {
    let i = roles.iter().position(|r| *r == Role::DateLine)?;
    let block = facts.block(i)?;
    let span = relative_span(block.simple(), facts.words)?;
    (facts.full_date(i).is_none()).then(|| block.original_of(span).to_string())
}

/// `20120702` as a date.
fn compact_date(value: &str, words: &Lexicon) -> Option<FoundDate> {
    let v = value.trim();
    if v.len() != 8 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    find_date(&format!("{}-{}-{}", &v[0..4], &v[4..6], &v[6..8]), words)
}

/// Chooses the publication date: a date labelled as such in the head, the page's date
/// line, its `<meta>` dates, the dateline of the first paragraph (year from the URL,
/// the container or the text), the URL, the container's fields. `simple_text` is the
/// article text in simplified script.
pub fn published(
    facts: &PageFacts<'_>,
    roles: &[Role],
    simple_text: &str,
    origin: &Origin,
) -> Option<Published> {
    let (page, words) = (facts.page, facts.words);
    let (url, metadata) = (origin.url.as_deref(), &origin.metadata);
    let index_of = |role: Role| roles.iter().position(|r| *r == role);
    // a date labelled as the publication date wins over other dates of the head
    // (`成文日期：2024年02月28日 … 发布日期：2024年03月05日`)
    let labelled = super::lines::head_lines(page, roles).find_map(|block| {
        let line = block.simple();
        let label = words.published_label.find(line)?;
        find_full_date(&line[label.end()..], words)
    });
    if let Some(date) = labelled {
        return Some(from(date));
    }
    if let Some(i) = index_of(Role::DateLine) {
        let fetched = || reference(origin, words);
        let relative = |line: &str| fetched().and_then(|t| find_relative(line, t, words));
        let found = facts
            .full_date(i)
            .or_else(|| relative(facts.block(i)?.simple()));
        if let Some(date) = found {
            return Some(from(date));
        }
    }
    for name in META_DATES {
        if let Some(date) = page
            .meta_content(&[name])
            .and_then(|m| find_full_date(m, words))
        {
            return Some(from(date));
        }
    }
    let from_url = url.and_then(|u| url_date(u, words));
    let from_metadata = (METADATA_DATES.iter())
        .filter_map(|k| metadata.get(*k))
        .find_map(|v| find_full_date(v, words).or_else(|| compact_date(v, words)));
    let dated = index_of(Role::Body).and_then(|i| facts.dateline(i)?.date);
    if let Some(date) = dated {
        let known = from_url.or(from_metadata).and_then(|d| d.year);
        let year = known.or_else(|| infer_year(simple_text, date.month, words));
        return Some(match year {
            Some(year) => Published {
                value: date.in_year(year).iso(),
                year_inferred: true,
            },
            None => from(date),
        });
    }
    from_metadata.or(from_url).map(from)
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;
    use xinwen_core::Article;

    use crate::cases::{case_table, whole_page};
    use crate::origin::Origin;
    use crate::recognize::PageFacts;
    use crate::roles::classify;

    fn published(page: &str) -> Vec<String> {
        let page = xinwen_parse::parse_text(page).unwrap();
        let facts = PageFacts::new(&page, Resources::global()).unwrap();
        let roles = classify(&facts);
        let found = super::published(&facts, &roles, "", &Origin::default());
        found.map(|p| p.value).into_iter().collect()
    }

    fn article_published(a: &Article) -> Vec<String> {
        a.published.clone().into_iter().collect()
    }

    case_table!(
        date_line_table,
        "date_line.txt",
        published,
        whole_page,
        article_published
    );
}
