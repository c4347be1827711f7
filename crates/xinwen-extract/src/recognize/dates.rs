//! Dates and times as pages write them, by the one grammar of `dates/date` in the
//! lexicon: calendar dates with or without a year, times, ranges, words for a day
//! (`当日`, `昨天`) and times ago (`3小时前`, `刚刚`).
//!
//! Every stage reads dates through [`find_dates`]: the date line and the publication
//! date take the first date with a year, the body enricher resolves each against the
//! publication date.

use regex::Captures;
use xinwen_chinese::Lexicon;
use xinwen_core::time::{BEIJING_OFFSET, days_from_civil, iso_beijing};

use super::numerals::{chinese_number, digit_by_digit};

/// A calendar date (and maybe time) found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    /// The year, when the text gives one.
    pub year: Option<i64>,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
    /// Hour, minute, second, when given.
    pub time: Option<(u32, u32, u32)>,
    /// Seconds east of UTC when the text states a zone (`Z`, `+08:00`).
    pub offset: Option<i64>,
    /// Byte range of the match in the text.
    pub start: usize,
    /// End of the match (bytes).
    pub end: usize,
}

impl FoundDate {
    /// ISO 8601: `2020-02-07T18:25:00+08:00`, `2021-12-30`, or `--01-25` without a
    /// year. A time without a zone is Beijing time; a time in UTC (`Z`, machine
    /// metadata) is converted to Beijing time; a time the page states in its own zone
    /// (`22:22:39+09:00`) keeps it, as the page's readers saw it.
    pub fn iso(&self) -> String {
        match (self.year, self.time) {
            (Some(y), Some((h, m, s))) => match self.offset {
                Some(0) => {
                    let local = days_from_civil(y, self.month, self.day) * 86_400
                        + i64::from(h * 3600 + m * 60 + s);
                    iso_beijing(local)
                }
                Some(offset) if offset != BEIJING_OFFSET => {
                    let sign = if offset < 0 { '-' } else { '+' };
                    let (oh, om) = (offset.abs() / 3600, offset.abs() % 3600 / 60);
                    format!(
                        "{y:04}-{:02}-{:02}T{h:02}:{m:02}:{s:02}{sign}{oh:02}:{om:02}",
                        self.month, self.day
                    )
                }
                _ => format!(
                    "{y:04}-{:02}-{:02}T{h:02}:{m:02}:{s:02}+08:00",
                    self.month, self.day
                ),
            },
            (Some(y), None) => format!("{y:04}-{:02}-{:02}", self.month, self.day),
            (None, _) => format!("--{:02}-{:02}", self.month, self.day),
        }
    }

    /// The same date in `year`.
    pub fn in_year(self, year: i64) -> Self {
        FoundDate {
            year: Some(year),
            ..self
        }
    }
}

/// What a date expression says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// A calendar date, and the month (if written) and day a range ends on.
    Calendar(FoundDate, Option<(Option<u32>, u32)>),
    /// A word for a day: so many days after the last date written (`当日`, `次日`).
    AfterLast(i64),
    /// A word for a day counted from publication (`昨天`), maybe with a time.
    FromPublication(i64, Option<(u32, u32)>),
    /// A time so many seconds before publication (`3小时前`; `刚刚` is 0).
    Ago(i64),
    /// A day of the month written alone (`23日晚`), of the month the story is in, and
    /// the day a span of days ends on (`17日至21日`).
    DayOfMonth(u32, Option<u32>),
}

/// A date expression of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// What it says.
    pub written: Written,
    /// Byte range of the whole expression.
    pub range: std::ops::Range<usize>,
    /// Where the date itself ends (bytes): before a time that follows it.
    pub date_end: usize,
}

fn number<T: std::str::FromStr>(caps: &Captures<'_>, name: &str) -> Option<T> {
    caps.name(name)?.as_str().parse().ok()
}

fn valid(month: u32, day: u32) -> bool {
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

fn zone(text: &str) -> Option<i64> {
    if text == "Z" {
        return Some(0);
    }
    let sign = if text.starts_with('-') { -1 } else { 1 };
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let (h, m): (i64, i64) = (
        digits.get(0..2)?.parse().ok()?,
        digits.get(2..4)?.parse().ok()?,
    );
    Some(sign * (h * 3600 + m * 60))
}

fn value_of(list: &xinwen_chinese::WordList, word: &str) -> Option<i64> {
    list.value(word)?.parse().ok()
}

/// A calendar date of `caps`, with its time (or the time run into it from before).
fn calendar(caps: &Captures<'_>, text: &str, words: &Lexicon) -> Option<Written> {
    let whole = caps.get(0)?;
    let numeral = |name: &str| {
        let value = chinese_number(words, caps.name(name)?.as_str())?;
        u32::try_from(value as i64).ok()
    };
    let (year, month, day) = match (number::<i64>(caps, "year"), caps.name("cn_year")) {
        (Some(y), _) => (Some(y), number(caps, "month")?, number(caps, "day")?),
        (None, Some(y)) => (
            Some(digit_by_digit(words, y.as_str())?),
            numeral("cn_month")?,
            numeral("cn_day")?,
        ),
        (None, None) => match number::<i64>(caps, "dmy_year") {
            Some(y) => {
                let (first, second) = (number(caps, "dmy_first")?, number(caps, "dmy_second")?);
                let (month, day) = if second > 12 {
                    (first, second)
                } else {
                    (second, first)
                };
                (Some(y), month, day)
            }
            None => (None, number(caps, "md_month")?, number(caps, "md_day")?),
        },
    };
    if !valid(month, day) {
        return None;
    }
    let mut time = match (number::<u32>(caps, "hour"), number::<u32>(caps, "minute")) {
        (Some(h), Some(m)) if h < 24 && m < 60 => Some((
            h,
            m,
            number::<u32>(caps, "second")
                .filter(|s| *s < 60)
                .unwrap_or(0),
        )),
        _ => None,
    };
    if time.is_none() && year.is_some() {
        let before = text.get(..whole.start()).unwrap_or("");
        time = (words.time_before.captures(before))
            .and_then(|c| {
                Some((
                    c.get(1)?.as_str().parse().ok()?,
                    c.get(2)?.as_str().parse().ok()?,
                    0,
                ))
            })
            .filter(|(h, m, _)| *h < 24 && *m < 60);
    }
    let found = FoundDate {
        year,
        month,
        day,
        time,
        offset: caps.name("zone").and_then(|z| zone(z.as_str())),
        start: whole.start(),
        end: whole.end(),
    };
    let until = number::<u32>(caps, "end_day").map(|d| (number::<u32>(caps, "end_month"), d));
    Some(Written::Calendar(found, until))
}

/// A day of the month written alone, unless the words around it make it a count of
/// days or a day of every month (`连续5日`, `7日内`, `每月1日`).
fn day_of_month(caps: &Captures<'_>, text: &str, words: &Lexicon) -> Option<Written> {
    let whole = caps.get(0)?;
    let (before, after) = (text.get(..whole.start())?, text.get(whole.end()..)?);
    if words.dates.not_before_day.ends(before) || words.dates.day_count_ends.starts(after) {
        return None;
    }
    let (day, until): (u32, Option<u32>) =
        (number(caps, "day_only")?, number(caps, "day_only_end"));
    let days = 1..=31;
    (days.contains(&day) && until.is_none_or(|u| u > day && days.contains(&u)))
        .then_some(Written::DayOfMonth(day, until))
}

/// Every date expression of `text` (best in simplified script), in order.
pub fn find_dates(text: &str, words: &Lexicon) -> Vec<DateMatch> {
    let mut found = Vec::new();
    for caps in words.date.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        let written = if caps.name("date").is_some() {
            calendar(&caps, text, words)
        } else if let Some(word) = caps.name("day_word") {
            let word = word.as_str();
            match value_of(&words.dates.days_from_publication, word) {
                Some(days) => {
                    let time = (number(&caps, "word_hour").zip(number(&caps, "word_minute")))
                        .filter(|(h, m): &(u32, u32)| *h < 24 && *m < 60);
                    Some(Written::FromPublication(days, time))
                }
                None => value_of(&words.dates.days_after_last, word).map(Written::AfterLast),
            }
        } else if caps.name("day_only").is_some() {
            day_of_month(&caps, text, words)
        } else if let Some(n) = number::<i64>(&caps, "ago") {
            let unit = caps.name("ago_unit").map_or("", |u| u.as_str());
            let seconds = value_of(&words.dates.ago_units, unit);
            seconds.and_then(|s| n.checked_mul(s)).map(Written::Ago)
        } else {
            caps.name("now").map(|_| Written::Ago(0))
        };
        let Some(written) = written else { continue };
        let until = caps.name("until").or_else(|| caps.name("days_until"));
        let date_end = match (until, caps.name("date"), caps.name("day_word")) {
            (Some(until), _, _) => until.end(),
            (None, Some(date), _) | (None, None, Some(date)) => date.end(),
            _ => whole.end(),
        };
        found.push(DateMatch {
            written,
            range: whole.range(),
            date_end,
        });
    }
    found
}

/// The first calendar date with a year in `text` (with its time when written next to
/// it).
pub fn find_full_date(text: &str, words: &Lexicon) -> Option<FoundDate> {
    find_dates(text, words)
        .into_iter()
        .find_map(|m| match m.written {
            Written::Calendar(d, _) if d.year.is_some() => Some(d),
            _ => None,
        })
}

/// The first full date in `text`, else the first month-day date.
pub fn find_date(text: &str, words: &Lexicon) -> Option<FoundDate> {
    let calendar: Vec<FoundDate> = (find_dates(text, words).into_iter())
        .filter_map(|m| match m.written {
            Written::Calendar(d, _) => Some(d),
            _ => None,
        })
        .collect();
    (calendar.iter().find(|d| d.year.is_some()))
        .or(calendar.first())
        .copied()
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;
    use xinwen_core::Article;

    use super::find_full_date;
    use crate::cases::{case_table, dated_page};

    fn line_date(line: &str) -> Vec<String> {
        let resources = Resources::global();
        let simple = resources.converter().unwrap().to_simplified(line);
        find_full_date(&simple, resources.lexicon().unwrap())
            .map(|d| d.iso())
            .into_iter()
            .collect()
    }

    fn published(article: &Article) -> Vec<String> {
        article.published.clone().into_iter().collect()
    }

    case_table!(
        published_table,
        "published.txt",
        line_date,
        dated_page,
        published
    );
}
