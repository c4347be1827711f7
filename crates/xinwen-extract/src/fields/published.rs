//! Dates and times as pages write them.

use std::sync::LazyLock;

use regex::Regex;

/// A date (and maybe time) found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    /// The year, when the text gives one.
    pub year: Option<i32>,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
    /// Hour and minute, when given.
    pub time: Option<(u32, u32, u32)>,
    /// Byte range of the match in the text.
    pub start: usize,
    /// End of the match (bytes).
    pub end: usize,
}

impl FoundDate {
    /// ISO 8601: `2020-02-07T18:25:00+08:00`, `2021-12-30`, or `--01-25` without a
    /// year. Pages of Chinese sites give Beijing time.
    pub fn iso(&self) -> String {
        match (self.year, self.time) {
            (Some(y), Some((h, m, s))) => {
                format!(
                    "{y:04}-{:02}-{:02}T{h:02}:{m:02}:{s:02}+08:00",
                    self.month, self.day
                )
            }
            (Some(y), None) => format!("{y:04}-{:02}-{:02}", self.month, self.day),
            (None, _) => format!("--{:02}-{:02}", self.month, self.day),
        }
    }
}

static FULL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2})\s*[:：时時点點]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?",
    )
    .ok()
});

static NO_YEAR: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日").ok());

fn number<T: std::str::FromStr>(caps: &regex::Captures<'_>, i: usize) -> Option<T> {
    caps.get(i)?.as_str().parse().ok()
}

fn valid(month: u32, day: u32) -> bool {
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// The first full date (with year) in `text`, else the first month-day date.
pub fn find_date(text: &str) -> Option<FoundDate> {
    if let Some(re) = FULL.as_ref() {
        for caps in re.captures_iter(text) {
            let (Some(year), Some(month), Some(day)) =
                (number(&caps, 1), number(&caps, 2), number(&caps, 3))
            else {
                continue;
            };
            if !valid(month, day) {
                continue;
            }
            let time = match (number::<u32>(&caps, 4), number::<u32>(&caps, 5)) {
                (Some(h), Some(m)) if h < 24 && m < 60 => Some((
                    h,
                    m,
                    number::<u32>(&caps, 6).filter(|s| *s < 60).unwrap_or(0),
                )),
                _ => None,
            };
            let whole = caps.get(0)?;
            return Some(FoundDate {
                year: Some(year),
                month,
                day,
                time,
                start: whole.start(),
                end: whole.end(),
            });
        }
    }
    let caps = NO_YEAR.as_ref()?.captures_iter(text).find(|c| {
        let (m, d) = (number(c, 1).unwrap_or(0), number(c, 2).unwrap_or(0));
        valid(m, d)
    })?;
    let whole = caps.get(0)?;
    Some(FoundDate {
        year: None,
        month: number(&caps, 1)?,
        day: number(&caps, 2)?,
        time: None,
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
        assert_eq!(iso("2020-02-19").as_deref(), Some("2020-02-19"));
        assert_eq!(iso("延吉新聞網12月30日訊").as_deref(), Some("--12-30"));
        assert_eq!(iso("第2020-13-45號"), None);
        assert_eq!(iso("沒有日期"), None);
    }
}
