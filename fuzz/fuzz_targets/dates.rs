//! Any text through the date grammar (calendar dates, ranges, weekdays, relative days,
//! parts of the day), resolved against a publication date: no panic, and every date's
//! offsets lie inside the text.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let chars = text.chars().count();
    for published in [None, Some("2024-02-29T09:30:00+08:00")] {
        if let Ok(dates) = xinwen_extract::dates_in(&text, published) {
            for date in dates {
                assert!(date.start <= date.end && date.end <= chars, "{date:?} in {text:?}");
            }
        }
    }
});
