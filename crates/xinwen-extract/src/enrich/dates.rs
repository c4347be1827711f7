//! Dates in the body, resolved against the publication date.

use xinwen_chinese::Resources;
use xinwen_core::time::{civil_from_days, days_from_civil};
use xinwen_core::{Article, DateMention, Error};

use super::analysis::Analysis;
use super::enricher::Enricher;
use crate::recognize::dates::{Written, find_dates};

/// A civil date.
type Ymd = (i64, u32, u32);

fn valid(m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

fn iso(date: Option<i64>, m: u32, d: u32) -> String {
    match date {
        Some(y) => format!("{y:04}-{m:02}-{d:02}"),
        None => format!("--{m:02}-{d:02}"),
    }
}

fn shift(date: Ymd, days: i64) -> Ymd {
    civil_from_days(days_from_civil(date.0, date.1, date.2) + days)
}

/// The publication date as a civil date, when it has a year.
fn reference(article: &Article) -> (Option<i64>, Option<Ymd>) {
    let p = article.published.as_deref().unwrap_or("");
    let n = |r: std::ops::Range<usize>| p.get(r).and_then(|s| s.parse::<i64>().ok());
    let year = n(0..4).filter(|_| p.get(4..5) == Some("-"));
    let full = match (year, n(5..7), n(8..10)) {
        (Some(y), Some(m), Some(d)) => Some((y, m as u32, d as u32)),
        _ => None,
    };
    (year, full)
}

/// The year of a month-day date: the publication year, or the one before when that
/// would put the date months after publication (a December date in a January article).
fn year_for(month: u32, day: u32, published: (Option<i64>, Option<Ymd>)) -> Option<i64> {
    let (year, full) = published;
    let year = year?;
    if let Some(p) = full {
        let ahead = days_from_civil(year, month, day) - days_from_civil(p.0, p.1, p.2);
        if ahead > 60 {
            return Some(year - 1);
        }
    }
    Some(year)
}

/// Days a day written alone may lie after publication and still be of its month
/// (`定于19日举行` in a page of the 18th).
const DAYS_AHEAD: u32 = 3;

/// Whether day `d` of month `m` exists (in a leap year when the year is unknown).
fn exists(y: Option<i64>, m: u32, d: u32) -> bool {
    let y = y.unwrap_or(2000);
    civil_from_days(days_from_civil(y, m, d)) == (y, m, d)
}

/// The year and month of a day written alone (`23日`): the month of publication when
/// the day is not more than a few days past it, else the month before; without a
/// publication date, the month of the last date written. `None` when the day does not
/// exist in that month or nothing tells the month.
fn month_of_day(
    day: u32,
    published: (Option<i64>, Option<Ymd>),
    last: Option<(Option<i64>, u32, u32)>,
) -> Option<(Option<i64>, u32)> {
    let (y, m) = match (published.1, last) {
        (Some((y, m, d)), _) if day <= d + DAYS_AHEAD => (Some(y), m),
        (Some((y, 1, _)), _) => (Some(y - 1), 12),
        (Some((y, m, _)), _) => (Some(y), m - 1),
        (None, Some((y, m, _))) => (y, m),
        (None, None) => return None,
    };
    exists(y, m, day).then_some((y, m))
}

/// Finds the dates of the body.
pub(crate) struct Dates;

impl Enricher for Dates {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn enrich(
        &self,
        article: &mut Article,
        text: &Analysis,
        _resources: &Resources,
    ) -> Result<(), Error> {
        let words = text.lexicon;
        let published = reference(article);
        let mut last: Option<(Option<i64>, u32, u32)> = None;
        let char_at = |byte: usize| text.char_at_byte(byte);
        for found in find_dates(&text.simple_text, words) {
            let (start, mut end) = (char_at(found.range.start), char_at(found.date_end));
            let value = match found.written {
                Written::Calendar(date, until) => {
                    let (m, d) = (date.month, date.day);
                    let y = date.year.or_else(|| year_for(m, d, published));
                    last = Some((y, m, d));
                    match until {
                        Some((end_month, d2)) => {
                            let m2 = end_month.unwrap_or(m);
                            if !valid(m2, d2) {
                                continue;
                            }
                            let y2 = y.map(|y| if m2 < m { y + 1 } else { y });
                            last = Some((y2, m2, d2));
                            format!("{}/{}", iso(y, m, d), iso(y2, m2, d2))
                        }
                        None => iso(y, m, d),
                    }
                }
                Written::AfterLast(days) | Written::FromPublication(days, _) => {
                    let base = match found.written {
                        Written::FromPublication(..) => published.1.map(|p| (Some(p.0), p.1, p.2)),
                        _ => last,
                    };
                    let Some((y, m, d)) = base else { continue };
                    let (y, m, d) = match y {
                        Some(y) => {
                            let (y, m, d) = shift((y, m, d), days);
                            (Some(y), m, d)
                        }
                        None => (None, m, d),
                    };
                    last = Some((y, m, d));
                    iso(y, m, d)
                }
                Written::DayOfMonth(day, until) => {
                    let Some((y, m)) = month_of_day(day, published, last) else {
                        continue;
                    };
                    let end = until.filter(|&u| exists(y, m, u));
                    last = Some((y, m, end.unwrap_or(day)));
                    match end {
                        Some(u) => format!("{}/{}", iso(y, m, day), iso(y, m, u)),
                        None => iso(y, m, day),
                    }
                }
                Written::Ago(_) => continue,
            };
            let part_of_day = words
                .dates
                .parts_of_day
                .prefix_at(&text.simplified, end)
                .map(|n| {
                    let written = text.original(end..end + n);
                    end += n;
                    written
                });
            article.dates.push(DateMention {
                text: text.original(start..end),
                value,
                start,
                end,
                part_of_day,
            });
        }
        Ok(())
    }
}

/// The dates written in `text` (`6月14日`, `2024年3月1日至3日`, `昨天` …), in either
/// script, as extraction gives them in an article's `dates`: each with its ISO value,
/// the year taken from `published` (an ISO date or date-time) where the text leaves it
/// out.
///
/// ```
/// let dates = xinwen_extract::dates_in("6月14日上午，青禾市召開防汛工作會議。", Some("2024-06-15")).unwrap();
/// assert_eq!((dates[0].text.as_str(), dates[0].value.as_str()), ("6月14日上午", "2024-06-14"));
/// assert_eq!(dates[0].part_of_day.as_deref(), Some("上午"));
/// assert!(xinwen_extract::dates_in("没有日期的一句话。", None).unwrap().is_empty());
/// ```
pub fn dates_in(text: &str, published: Option<&str>) -> Result<Vec<DateMention>, Error> {
    let resources = Resources::global();
    let mut article = Article {
        text: text.to_string(),
        published: published.map(String::from),
        ..Article::default()
    };
    let analysis = Analysis::new(text, resources)?;
    Dates.enrich(&mut article, &analysis, resources)?;
    Ok(article.dates)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::{body_page, case_table};

    fn rendered(dates: &[DateMention]) -> Vec<String> {
        (dates.iter())
            .flat_map(|d| [d.text.clone(), format!("{}={}", d.text, d.value)])
            .collect()
    }

    /// The dates the enricher finds in `text`, in an article published on `published`.
    fn found(text: &str, published: &str) -> Vec<DateMention> {
        let resources = Resources::global();
        let mut article = Article {
            text: text.into(),
            published: Some(published.into()),
            ..Article::default()
        };
        let analysis = Analysis::new(text, resources).unwrap();
        Dates.enrich(&mut article, &analysis, resources).unwrap();
        article.dates
    }

    /// The dates of `text` in an article published 2024-03-05 10:22.
    fn dates(text: &str) -> Vec<String> {
        rendered(&found(text, "2024-03-05T10:22:00+08:00"))
    }

    case_table!(dates_table, "dates.txt", dates, body_page, |a: &Article| {
        rendered(&a.dates)
    });

    #[test]
    fn resolved_against_an_unknown_year() {
        let dates = found("1月25日,琿春市政府市長張吉鋒深入醫院。", "--01-25");
        assert_eq!(dates[0].value, "--01-25");
    }
}
