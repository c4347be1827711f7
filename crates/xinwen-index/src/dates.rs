//! Publication dates as timestamps.

pub use xinwen_core::time::published_timestamp;

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
