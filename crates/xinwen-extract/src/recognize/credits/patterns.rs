//! Credits of set patterns: where a story was filed from (`王煌忠／台中报导`), who took
//! a photograph (`王栋 摄`), who posted it (`小河流水 发表于 2020-2-1`).

use xinwen_core::{Byline, Role};

use super::found::Credits;
use super::reader::Reader;

/// Credits of the patterns: where a story was filed from, who took a photograph, who
/// posted it. Each pattern needs a word of its list and runs only where one occurs.
pub(super) fn pattern_credits(reader: &Reader<'_>, simple: &str, found: &mut Credits) {
    let char_at = |byte: usize| simple.get(..byte).map_or(0, |s| s.chars().count());
    let words = reader.words;
    let filed = words.filed_words.occurs_in(simple);
    let filed_caps = filed.then(|| words.filed_from.captures_iter(simple));
    for caps in filed_caps.into_iter().flatten() {
        let (Some(whole), Some(name)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let name_start = char_at(name.start());
        let range = name_start..char_at(whole.end());
        let glued_role = (0..=name_start)
            .rev()
            .take(5)
            .any(|k| reader.role_word_at(k).is_some());
        if reader.surnames.is_full_name(name.as_str()) && !glued_role {
            let written = reader.original(name_start..name_start + name.as_str().chars().count());
            found.push(Byline::new(Role::Reporter, written), range);
        } else {
            found.covered.push(range);
        }
    }
    // a handle, not only a Chinese name: forum and blog posters name themselves
    let sentence = simple.contains(['。', '，', '；']);
    let posted = !sentence && words.posted_words.occurs_in(simple);
    let poster = (posted.then(|| words.posted_by.captures(simple)).flatten())
        .and_then(|c| c.get(1))
        .filter(|name| !words.not_posters.contains(name.as_str()));
    if let Some(name) = poster {
        let (start, end) = (char_at(name.start()), char_at(name.end()));
        found.push(
            Byline::new(Role::Author, reader.original(start..end)),
            start..end,
        );
    }
    let shot = words.shot_words.occurs_in(simple);
    let shot_caps = shot.then(|| words.shot_by.captures_iter(simple));
    for caps in shot_caps.into_iter().flatten() {
        let (Some(whole), Some(name)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        if reader.surnames.is_full_name(name.as_str()) {
            let name_start = char_at(name.start());
            let written = reader.original(name_start..name_start + name.as_str().chars().count());
            let range = char_at(whole.start())..char_at(whole.end());
            found.push(Byline::new(Role::Photographer, written), range);
        }
    }
}
