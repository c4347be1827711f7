//! Times relative to when the page was fetched: `3小时前`, `昨天 10:30`, `刚刚`.

use xinwen_chinese::Lexicon;
use xinwen_core::time::{BEIJING_OFFSET, civil_from_days};

use super::dates::{FoundDate, Written, find_dates};

/// Where `text` writes a time relative to when the page was fetched: so long ago
/// (`3小时前`, `刚刚`), or a day word with a time (`今天 10:22`); a day word alone is
/// too common in prose to date a page.
pub fn relative_span(text: &str, words: &Lexicon) -> Option<std::ops::Range<usize>> {
    find_dates(text, words)
        .into_iter()
        .find(|m| {
            matches!(
                m.written,
                Written::Ago(_) | Written::FromPublication(_, Some(_))
            )
        })
        .map(|m| m.range)
}

/// The longest time ago a relative date may say: a century.
const MAX_AGO_SECONDS: i64 = 100 * 366 * 86_400;

/// A time relative to `reference` (a Unix timestamp) in `text`: `3小时前`, `昨天 10:30`,
/// `刚刚`.
pub fn find_relative(text: &str, reference: i64, words: &Lexicon) -> Option<FoundDate> {
    let (written, range) = find_dates(text, words)
        .into_iter()
        .find_map(|m| match m.written {
            w @ (Written::Ago(_) | Written::FromPublication(..)) => Some((w, m.range.clone())),
            _ => None,
        })?;
    let moment = match written {
        // more than a century ago is no date a page means (`12481460529779325小时前`)
        Written::Ago(seconds) if (0..=MAX_AGO_SECONDS).contains(&seconds) => reference - seconds,
        Written::FromPublication(days, time) => {
            let local = reference + BEIJING_OFFSET;
            let midnight = local.div_euclid(86_400) * 86_400 + days * 86_400;
            let clock = match time {
                Some((h, m)) => i64::from(h * 3600 + m * 60),
                None => local.rem_euclid(86_400),
            };
            midnight + clock - BEIJING_OFFSET
        }
        _ => return None,
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
        start: range.start,
        end: range.end,
    })
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;

    #[test]
    fn times_ago_and_days_from_publication() {
        let words = Resources::global().lexicon().unwrap();
        // 2020-02-07T18:25:00+08:00
        let now = 1_581_071_100;
        let rel = |t: &str| super::find_relative(t, now, words).map(|d| d.iso());
        assert_eq!(rel("3小时前").as_deref(), Some("2020-02-07T15:25:00+08:00"));
        assert_eq!(
            rel("昨天 10:30").as_deref(),
            Some("2020-02-06T10:30:00+08:00")
        );
        assert_eq!(rel("2天前").as_deref(), Some("2020-02-05T18:25:00+08:00"));
        assert_eq!(rel("刚刚").as_deref(), Some("2020-02-07T18:25:00+08:00"));
        assert_eq!(rel("没有"), None);
        // found by the `dates` fuzz target: a number of hours that overflows
        assert_eq!(rel("00000000000012481460529779325小时前"), None);
        assert_eq!(rel("1000年前"), None);
    }
}
