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
    fn bounds() {
        // `published_timestamp` itself is tested in xinwen-core
        assert_eq!(bound_timestamp("2021"), published_timestamp("2021-01-01"));
        assert_eq!(
            bound_timestamp("2021-12"),
            published_timestamp("2021-12-01")
        );
        assert_eq!(bound_timestamp(" 2021-12-30 "), Some(1_640_793_600));
    }
}
