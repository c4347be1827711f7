//! Publication dates as timestamps.

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn num(s: &str, range: std::ops::Range<usize>) -> Option<i64> {
    s.get(range)?.parse().ok()
}

/// The Unix timestamp of an ISO 8601 date or date-time as xinwen writes `published`
/// (`2020-02-07T18:25:00+08:00`, `2021-12-30` taken as midnight Beijing time); `None`
/// for a date without year (`--01-25`) or anything unreadable.
pub fn published_timestamp(iso: &str) -> Option<i64> {
    let (year, month, day) = (num(iso, 0..4)?, num(iso, 5..7)?, num(iso, 8..10)?);
    if iso.get(4..5) != Some("-") || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let days = days_from_civil(year, month, day);
    let (mut seconds, mut offset) = (0, 8 * 3600);
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

/// The timestamp of a `--since`/`--until` bound: a date, a date-time, or a year-month.
pub fn bound_timestamp(text: &str) -> Option<i64> {
    let text = text.trim();
    match text.len() {
        4 => published_timestamp(&format!("{text}-01-01")),
        7 => published_timestamp(&format!("{text}-01")),
        _ => published_timestamp(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert_eq!(published_timestamp("1970-01-01T08:00:00+08:00"), Some(0));
        assert_eq!(
            published_timestamp("2020-02-07T18:25:00+08:00"),
            Some(1_581_071_100)
        );
        assert_eq!(published_timestamp("2021-12-30"), Some(1_640_793_600));
        assert_eq!(
            published_timestamp("2021-12-30T00:00:00Z"),
            Some(1_640_822_400)
        );
        assert_eq!(published_timestamp("--01-25"), None);
        assert_eq!(bound_timestamp("2021"), published_timestamp("2021-01-01"));
    }
}
