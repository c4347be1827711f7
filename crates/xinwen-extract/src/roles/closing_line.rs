//! The article's short last sentence (`你期待吗？`), too short to weigh as prose, left
//! out of the body between the body's last paragraph and its credit line.

use super::role::Role;
use crate::recognize::PageFacts;

/// Sentences at most this long may be left out by the body's weighing.
const SHORT_SENTENCE: usize = 30;

/// Makes body of a short sentence right after the body and right before a credit line.
pub fn join(facts: &PageFacts<'_>, roles: &mut [Role]) {
    let Some(last) = roles.iter().rposition(|r| *r == Role::Body) else {
        return;
    };
    let (next, after) = (last + 1, last + 2);
    let sentence = facts.block(next).is_some_and(|b| {
        let text = b.text.trim_end_matches(['”', '」', '’', '"']);
        b.char_len() <= SHORT_SENTENCE
            && b.link_density() < 0.5
            && text.ends_with(['。', '！', '？', '!', '?'])
    });
    if sentence
        && roles.get(next) == Some(&Role::Outside)
        && roles.get(after) == Some(&Role::Credit)
    {
        roles[next] = Role::Body;
    }
}
