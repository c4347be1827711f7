//! Dates and times as pages write them.

use std::sync::LazyLock;

use regex::{Captures, Regex};
use xinwen_core::time::{BEIJING_OFFSET, civil_from_days, days_from_civil, iso_beijing};

/// A date (and maybe time) found in a text.
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
    /// ISO 8601 in Beijing time: `2020-02-07T18:25:00+08:00`, `2021-12-30`, or `--01-25`
    /// without a year. A time stated in another zone is converted.
    pub fn iso(&self) -> String {
        match (self.year, self.time) {
            (Some(y), Some((h, m, s))) => match self.offset.filter(|o| *o != BEIJING_OFFSET) {
                Some(offset) => {
                    let local = days_from_civil(y, self.month, self.day) * 86_400
                        + i64::from(h * 3600 + m * 60 + s);
                    iso_beijing(local - offset)
                }
                None => format!(
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

static FULL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2})\s*[:：时時点點]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?",
    )
    .ok()
});

/// A time written just before its date, as some pages run them together (`15:312018/09/16`).
static TIME_BEFORE: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(\d{1,2})[:：](\d{2})\s*$").ok());

static NO_YEAR: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]").ok());

static RELATIVE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(\d+)\s*(分钟|分鐘|小时|小時|天)前|(刚刚|剛剛)|(今天|昨天|前天)\s*(?:(\d{1,2})[:：](\d{2}))?").ok()
});

fn number<T: std::str::FromStr>(caps: &Captures<'_>, i: usize) -> Option<T> {
    caps.get(i)?.as_str().parse().ok()
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

/// The first date with a year in `text` (with its time when written next to it).
pub fn find_full_date(text: &str) -> Option<FoundDate> {
    let re = FULL.as_ref()?;
    for caps in re.captures_iter(text) {
        let (Some(year), Some(month), Some(day)) =
            (number(&caps, 1), number(&caps, 2), number(&caps, 3))
        else {
            continue;
        };
        if !valid(month, day) {
            continue;
        }
        let whole = caps.get(0)?;
        let mut time = match (number::<u32>(&caps, 4), number::<u32>(&caps, 5)) {
            (Some(h), Some(m)) if h < 24 && m < 60 => Some((
                h,
                m,
                number::<u32>(&caps, 6).filter(|s| *s < 60).unwrap_or(0),
            )),
            _ => None,
        };
        if time.is_none() {
            let before = text.get(..whole.start()).unwrap_or("");
            time = (TIME_BEFORE.as_ref().and_then(|re| re.captures(before)))
                .and_then(|c| Some((number::<u32>(&c, 1)?, number::<u32>(&c, 2)?, 0)))
                .filter(|(h, m, _)| *h < 24 && *m < 60);
        }
        return Some(FoundDate {
            year: Some(year),
            month,
            day,
            time,
            offset: caps.get(7).and_then(|z| zone(z.as_str())),
            start: whole.start(),
            end: whole.end(),
        });
    }
    None
}

/// The first month-day date in `text` (`12月30日`), without year.
pub fn find_month_day(text: &str) -> Option<FoundDate> {
    let caps = NO_YEAR
        .as_ref()?
        .captures_iter(text)
        .find(|c| valid(number(c, 1).unwrap_or(0), number(c, 2).unwrap_or(0)))?;
    let whole = caps.get(0)?;
    Some(FoundDate {
        year: None,
        month: number(&caps, 1)?,
        day: number(&caps, 2)?,
        time: None,
        offset: None,
        start: whole.start(),
        end: whole.end(),
    })
}

/// The first full date in `text`, else the first month-day date.
pub fn find_date(text: &str) -> Option<FoundDate> {
    find_full_date(text).or_else(|| find_month_day(text))
}

/// A relative date (`3小时前`, `昨天 10:30`, `刚刚`) resolved against `reference` (a
/// Unix timestamp).
pub fn find_relative(text: &str, reference: i64) -> Option<FoundDate> {
    let caps = RELATIVE.as_ref()?.captures(text)?;
    let whole = caps.get(0)?;
    let moment = if let (Some(n), Some(unit)) = (number::<i64>(&caps, 1), caps.get(2)) {
        let seconds = match unit.as_str() {
            "分钟" | "分鐘" => 60,
            "小时" | "小時" => 3600,
            _ => 86_400,
        };
        reference - n * seconds
    } else if caps.get(3).is_some() {
        reference
    } else {
        let days_back = match caps.get(4).map(|m| m.as_str()) {
            Some("昨天") => 1,
            Some("前天") => 2,
            _ => 0,
        };
        let local = reference + BEIJING_OFFSET;
        let midnight = local.div_euclid(86_400) * 86_400 - days_back * 86_400;
        let clock = match (number::<i64>(&caps, 5), number::<i64>(&caps, 6)) {
            (Some(h), Some(m)) => h * 3600 + m * 60,
            _ => local.rem_euclid(86_400),
        };
        midnight + clock - BEIJING_OFFSET
    };
    let local = moment + BEIJING_OFFSET;
    let (year, month, day) = civil_from_days(local.div_euclid(86_400));
    let s = local.rem_euclid(86_400);
    Some(FoundDate {
        year: Some(year),
        month,
        day,
        time: Some(((s / 3600) as u32, (s % 3600 / 60) as u32, (s % 60) as u32)),
        offset: None,
        start: whole.start(),
        end: whole.end(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> Option<String> {
        find_date(text).map(|d| d.iso())
    }

    #[test]
    fn forms() {
        assert_eq!(
            iso("2020年02月07日 18:25").as_deref(),
            Some("2020-02-07T18:25:00+08:00")
        );
        assert_eq!(
            iso("2020-2-1 12:00| 發布者: admin").as_deref(),
            Some("2020-02-01T12:00:00+08:00")
        );
        assert_eq!(
            iso("2021年01月21日 07:06 来源: 延边发布").as_deref(),
            Some("2021-01-21T07:06:00+08:00")
        );
        assert_eq!(
            iso("发布时间：2019-03-18 23:59:08").as_deref(),
            Some("2019-03-18T23:59:08+08:00")
        );
        assert_eq!(
            iso("最新更新：2016/03/19 10:48").as_deref(),
            Some("2016-03-19T10:48:00+08:00")
        );
        assert_eq!(
            iso("15:312018/09/16").as_deref(),
            Some("2018-09-16T15:31:00+08:00")
        );
        assert_eq!(
            iso("2018-02-21T18:03:00").as_deref(),
            Some("2018-02-21T18:03:00+08:00")
        );
        assert_eq!(
            iso("2020-02-19T12:29:58Z").as_deref(),
            Some("2020-02-19T20:29:58+08:00")
        );
        assert_eq!(
            iso("2020-02-19T23:29:58+09:00").as_deref(),
            Some("2020-02-19T22:29:58+08:00")
        );
        assert_eq!(iso("2020-02-19").as_deref(), Some("2020-02-19"));
        assert_eq!(iso("延吉新聞網12月30日訊").as_deref(), Some("--12-30"));
        assert_eq!(iso("第2020-13-45號"), None);
        assert_eq!(iso("沒有日期"), None);
    }

    #[test]
    fn relative_forms() {
        // 2020-02-07T18:25:00+08:00
        let now = 1_581_071_100;
        let rel = |t: &str| find_relative(t, now).map(|d| d.iso());
        assert_eq!(rel("3小时前").as_deref(), Some("2020-02-07T15:25:00+08:00"));
        assert_eq!(
            rel("昨天 10:30").as_deref(),
            Some("2020-02-06T10:30:00+08:00")
        );
        assert_eq!(rel("2天前").as_deref(), Some("2020-02-05T18:25:00+08:00"));
        assert_eq!(rel("刚刚").as_deref(), Some("2020-02-07T18:25:00+08:00"));
        assert_eq!(rel("沒有"), None);
    }
}
