//! When the article was published: the date the page shows, or the best it allows.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use xinwen_core::time::published_timestamp;
use xinwen_parse::Page;

use super::published::{FoundDate, find_date, find_full_date, find_month_day, find_relative};
use crate::roles::Role;

/// `<meta>` names that carry the publication time, in order of trust.
const META_DATES: &[&str] = &[
    "article:published_time",
    "og:release_date",
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
    "article:modified_time",
    "datemodified",
    "dateupdate",
];

/// A label of the publication date: `发布日期：`, `發布時間:`, `发稿时间`.
static PUBLISHED_LABEL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?:发布|發布|发稿|發稿|刊发|刊發)(?:日期|时间|時間)\s*[:：]?\s*").ok()
});

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

/// Words that look ahead to the next year's holidays or start.
const NEXT_YEAR_WORDS: &[&str] = &[
    "元旦",
    "春節",
    "春节",
    "新年",
    "明年",
    "來年",
    "来年",
    "兩節",
    "两节",
    "一季度",
    "開門紅",
    "开门红",
];

/// A dateline at the head of the first paragraph: `延吉新聞網12月30日訊`,
/// `新华社北京1月5日电`, `本報訊(記者 蓋曉宇)1月25日`.
static DATELINE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"^[^。，,]{0,16}?(?:(\d{1,2}月\d{1,2}日)\s*(?:訊|讯|電|电)|(?:訊|讯|電|电)\s*(?:[(（][^)）]{0,40}[)）])?\s*(\d{1,2}月\d{1,2}日))").ok()
});

/// A date in a URL path: `/2021/12/30/`, `/2020-02/19/`, `/20200102/`.
static URL_DATE: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"/((?:19|20)\d{2})[-_/]?(\d{2})[-_/]?(\d{2})(?:/|\D)").ok());

/// Years written in a text (`2022年`).
static YEARS: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"((?:19|20)\d{2})\s*年").ok());

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

/// The date in a URL path.
pub fn url_date(url: &str) -> Option<FoundDate> {
    let caps = URL_DATE.as_ref()?.captures(url)?;
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

/// The year a month-day date of `text` most likely has: the year the text writes most,
/// one less when a late-year date looks ahead to that year's holidays (a meeting on
/// 12月30日 preparing 2022年元旦 took place in 2021).
pub fn infer_year(text: &str, month: u32) -> Option<i64> {
    let re = YEARS.as_ref()?;
    let mut counts: BTreeMap<i64, usize> = BTreeMap::new();
    for caps in re.captures_iter(text) {
        if let Some(y) = caps.get(1).and_then(|m| m.as_str().parse().ok()) {
            *counts.entry(y).or_default() += 1;
        }
    }
    let latest = *counts.keys().next_back()?;
    if month >= 11 {
        let ahead = text.split(['。', '！', '？', '\n']).any(|s| {
            s.contains(&format!("{latest}")) && NEXT_YEAR_WORDS.iter().any(|w| s.contains(w))
        });
        if ahead {
            return Some(latest - 1);
        }
    }
    counts
        .iter()
        .max_by_key(|(y, n)| (**n, **y))
        .map(|(y, _)| *y)
}

/// The reference time of relative dates: when the container says the page was fetched.
fn reference(metadata: &BTreeMap<String, String>) -> Option<i64> {
    METADATA_FETCHED
        .iter()
        .filter_map(|k| metadata.get(*k))
        .find_map(|v| find_full_date(v).and_then(|d| published_timestamp(&d.iso())))
}

/// Chooses the publication date: the page's date line, its `<meta>` dates, the dateline
/// of the first paragraph (year from the URL, the container or the text), the URL, the
/// container's fields.
pub fn published(
    page: &Page,
    roles: &[Role],
    text: &str,
    url: Option<&str>,
    metadata: &BTreeMap<String, String>,
) -> Option<Published> {
    let block_with = |role: Role| {
        (page.blocks.iter().zip(roles))
            .find(|(_, r)| **r == role)
            .map(|(b, _)| b.text.as_str())
    };
    let fetched = reference(metadata);
    // a date labelled as the publication date wins over other dates of the head
    // (`成文日期：2024年02月28日 … 发布日期：2024年03月05日`)
    let labelled = super::head_lines(page, roles).find_map(|line| {
        let label = PUBLISHED_LABEL.as_ref()?.find(line)?;
        find_full_date(&line[label.end()..])
    });
    if let Some(date) = labelled {
        return Some(from(date));
    }
    if let Some(line) = block_with(Role::DateLine) {
        let found = find_full_date(line).or_else(|| fetched.and_then(|t| find_relative(line, t)));
        if let Some(date) = found {
            return Some(from(date));
        }
    }
    for name in META_DATES {
        if let Some(date) = page.meta_content(&[name]).and_then(find_full_date) {
            return Some(from(date));
        }
    }
    let from_url = url.and_then(url_date);
    let from_metadata = (METADATA_DATES.iter())
        .filter_map(|k| metadata.get(*k))
        .find_map(|v| find_full_date(v).or_else(|| compact_date(v)));
    let first_body = block_with(Role::Body).unwrap_or("");
    let dateline = (DATELINE.as_ref().and_then(|re| re.captures(first_body)))
        .and_then(|c| c.get(1).or(c.get(2)))
        .and_then(|m| find_month_day(m.as_str()));
    if let Some(date) = dateline {
        let known = from_url.or(from_metadata).and_then(|d| d.year);
        if let Some(year) = known {
            return Some(Published {
                value: date.in_year(year).iso(),
                year_inferred: true,
            });
        }
        return Some(match infer_year(text, date.month) {
            Some(year) => Published {
                value: date.in_year(year).iso(),
                year_inferred: true,
            },
            None => from(date),
        });
    }
    from_metadata.or(from_url).map(from)
}

/// `20120702` as a date.
fn compact_date(value: &str) -> Option<FoundDate> {
    let v = value.trim();
    if v.len() != 8 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    find_date(&format!("{}-{}-{}", &v[0..4], &v[4..6], &v[6..8]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_from_context() {
        let text = "12月30日下午,會議傳達了《關于做好2022年元旦春節期間有關工作的通知》。要抓好2022年“兩節”工作。";
        assert_eq!(infer_year(text, 12), Some(2021));
        assert_eq!(infer_year("2021年全年工作總結。", 12), Some(2021));
        assert_eq!(infer_year("1月20日,2021年第一次會議。", 1), Some(2021));
        assert_eq!(infer_year("沒有年份", 5), None);
    }

    #[test]
    fn url_dates() {
        let d = |u: &str| url_date(u).map(|d| d.iso());
        assert_eq!(
            d("https://tv.cctv.com/2022/01/01/VIDE.shtml").as_deref(),
            Some("2022-01-01")
        );
        assert_eq!(
            d("http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm").as_deref(),
            Some("2020-02-19")
        );
        assert_eq!(
            d("http://www.banyuetan.org/jmcs/detail/20200102/10002.html").as_deref(),
            Some("2020-01-02")
        );
        assert_eq!(d("https://example.com/news/12345.html"), None);
    }

    #[test]
    fn datelines() {
        let re = DATELINE.as_ref().unwrap();
        for (text, want) in [
            ("延吉新聞網12月30日訊(記者 付楊)12月30日下午", "12月30日"),
            ("本報訊(記者 蓋曉宇)1月25日,琿春市", "1月25日"),
            ("新华社北京1月5日电 记者", "1月5日"),
        ] {
            let caps = re.captures(text).unwrap();
            assert_eq!(
                caps.get(1).or(caps.get(2)).unwrap().as_str(),
                want,
                "{text}"
            );
        }
        assert!(re.captures("2月6日上午,州委副書記洪慶").is_none());
    }
}
