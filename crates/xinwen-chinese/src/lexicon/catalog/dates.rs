//! The lists of the date grammar (`data/lexicon/dates/`).

super::super::declare::lexicon! {
    /// The word lists of dates and times.
    pub struct DateWords;
    lists {
        /// Characters of a month and day (`月`, `日`).
        date_marks: "dates/date_marks",
        /// Parts of the day written after a date (`上午`).
        parts_of_day: "dates/parts_of_day",
        /// Words for the day of the last date written (`当日`, `次日`).
        days_after_last: "dates/days_after_last",
        /// Words for a day counted from publication (`昨天`).
        days_from_publication: "dates/days_from_publication",
        /// Units of a time ago, with their length in seconds.
        ago_units: "dates/ago_units",
        /// Words for the moment a page was written (`刚刚`).
        just_now: "dates/just_now",
        /// Words of publishing, before the date they label.
        publishing: "dates/publishing",
        /// Words that say a date or a time follows (`日期`).
        date_or_time: "dates/date_or_time",
        /// Words that look ahead to the next year (`元旦`).
        next_year_words: "dates/next_year_words",
        /// Days of the week beside a date (`星期二`).
        weekdays: "dates/weekdays",
        /// Words right before `N日` that make it no day of the month (`每月|1日`, `第|3日`).
        not_before_day: "dates/not_before_day",
        /// Words right after `N日` that make it a count of days (`7日|内`).
        day_count_ends: "dates/day_count_ends",
    }
    patterns {}
}
