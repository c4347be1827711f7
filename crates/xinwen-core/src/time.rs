//! Civil dates and times as xinwen writes them: ISO 8601 in Beijing time (+08:00).

/// Seconds east of UTC of Beijing time, in which xinwen writes dates.
pub const BEIJING_OFFSET: i64 = 8 * 3600;

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let (month, day) = (i64::from(month), i64::from(day));
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month, day) of a day number since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// The number of days of `month` in `year`.
pub fn days_in_month(year: i64, month: u32) -> u32 {
    let next = if month == 12 {
        days_from_civil(year + 1, 1, 1)
    } else {
        days_from_civil(year, month + 1, 1)
    };
    (next - days_from_civil(year, month, 1)) as u32
}

/// ISO 8601 in Beijing time of a Unix timestamp: `2020-02-07T18:25:00+08:00`.
pub fn iso_beijing(timestamp: i64) -> String {
    let local = timestamp + BEIJING_OFFSET;
    let (y, m, d) = civil_from_days(local.div_euclid(86_400));
    let s = local.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}+08:00",
        s / 3600,
        s % 3600 / 60,
        s % 60
    )
}

fn num(s: &str, range: std::ops::Range<usize>) -> Option<i64> {
    s.get(range)?.parse().ok()
}

/// The Unix timestamp of an ISO 8601 date or date-time as xinwen writes `published`
/// (`2020-02-07T18:25:00+08:00`; `2021-12-30` is taken as midnight Beijing time);
/// `None` for a date without year (`--01-25`) or anything unreadable.
///
/// ```
/// use xinwen_core::time::published_timestamp;
/// assert_eq!(published_timestamp("1970-01-01T08:00:00+08:00"), Some(0));
/// assert_eq!(published_timestamp("--01-25"), None);
/// ```
pub fn published_timestamp(iso: &str) -> Option<i64> {
    let (year, month, day) = (num(iso, 0..4)?, num(iso, 5..7)?, num(iso, 8..10)?);
    if iso.get(4..5) != Some("-") || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let days = days_from_civil(year, month as u32, day as u32);
    let (mut seconds, mut offset) = (0, BEIJING_OFFSET);
    if iso.len() >= 16 && iso.get(10..11) == Some("T") {
        seconds = num(iso, 11..13)? * 3600 + num(iso, 14..16)? * 60 + num(iso, 17..19).unwrap_or(0);
        let zone = iso.get(19..).unwrap_or("");
        if zone == "Z" {
            offset = 0;
        } else if let (Some(sign), Some(h), Some(m)) =
            (zone.get(0..1), num(zone, 1..3), num(zone, 4..6))
        {
            offset = (h * 3600 + m * 60) * if sign == "-" { -1 } else { 1 };
        }
    }
    Some(days * 86_400 + seconds - offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for days in [-800_000, -1, 0, 1, 18_000, 19_000, 2_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_in_month(2020, 2), 29);
        assert_eq!(days_in_month(2021, 2), 28);
        assert_eq!(iso_beijing(1_581_071_100), "2020-02-07T18:25:00+08:00");
        assert_eq!(
            published_timestamp("2020-02-07T18:25:00+08:00"),
            Some(1_581_071_100)
        );
        assert_eq!(published_timestamp("2021-12-30"), Some(1_640_793_600));
        assert_eq!(
            published_timestamp("2021-12-30T00:00:00Z"),
            Some(1_640_822_400)
        );
        assert_eq!(published_timestamp("1970-01-01T08:00:00+08:00"), Some(0));
        assert_eq!(published_timestamp("--01-25"), None);
    }
}
