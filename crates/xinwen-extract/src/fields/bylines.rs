//! Credited people: reporters, editors, photographers.

use std::sync::LazyLock;

use regex::Regex;
use xinwen_core::{Byline, Role};

/// A name: two to four Chinese characters, or a name with a middle dot.
const NAME: &str = r"[\p{Han}·]{2,4}";

/// A bracket that opens with a role word: `(記者 付楊)`, `（记者 李可 通讯员 王芳）`.
static CREDIT_BRACKET: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"[(（]\s*((?:本報|本报|新華社|新华社)?(?:記者|记者|通訊員|通讯员)[^()（）]{2,60})[)）]",
    )
    .ok()
});

/// Role words inside a credit bracket, and the role of the names after them.
const ROLE_WORDS: &[(&str, Role)] = &[
    ("記者", Role::Reporter),
    ("记者", Role::Reporter),
    ("通訊員", Role::Correspondent),
    ("通讯员", Role::Correspondent),
    ("實習生", Role::Correspondent),
    ("实习生", Role::Correspondent),
];

static EDITORS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:責任編輯|责任编辑|責編|责编|編輯|编辑)\s*[:：]?\s*({NAME})"
    ))
    .ok()
});

/// Adds `byline` unless an equal one is there.
pub fn push_unique(bylines: &mut Vec<Byline>, byline: Byline) {
    if !bylines.contains(&byline) {
        bylines.push(byline);
    }
}

/// Reporters and correspondents named in a bracket: `(記者 付楊)`,
/// `（记者 李可 通讯员 王芳 张伟）`.
pub fn reporters(text: &str) -> Vec<Byline> {
    let Some(re) = CREDIT_BRACKET.as_ref() else {
        return Vec::new();
    };
    let mut bylines = Vec::new();
    for caps in re.captures_iter(text) {
        let Some(inner) = caps.get(1) else { continue };
        let mut role = Role::Reporter;
        for token in inner
            .as_str()
            .split([' ', '、', ',', '，', '\u{3000}'])
            .filter(|t| !t.is_empty())
        {
            let mut rest = ["本報", "本报", "新華社", "新华社"]
                .iter()
                .find_map(|p| token.strip_prefix(p))
                .unwrap_or(token);
            // a role word, possibly glued to the first name: `记者李可`
            while let Some((word, r)) = ROLE_WORDS.iter().find(|(w, _)| rest.starts_with(*w)) {
                role = *r;
                rest = &rest[word.len()..];
            }
            let chars = rest.chars().count();
            if (2..=4).contains(&chars)
                && rest
                    .chars()
                    .all(|c| c == '·' || ('\u{4E00}'..='\u{9FFF}').contains(&c))
            {
                push_unique(&mut bylines, Byline::new(role, rest));
            }
        }
    }
    bylines
}

/// The editor of an editor line: `【責編 王春榮】`, `责任编辑：孔德明`.
pub fn editor(text: &str) -> Option<Byline> {
    let caps = EDITORS.as_ref()?.captures(text)?;
    Some(Byline::new(Role::Editor, caps.get(1)?.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(
            reporters("延吉新聞網12月30日訊(記者 付楊)12月30日下午"),
            [Byline::new(Role::Reporter, "付楊")]
        );
        assert_eq!(
            reporters("本報訊(記者 蓋曉宇)1月25日"),
            [Byline::new(Role::Reporter, "蓋曉宇")]
        );
        assert_eq!(
            reporters("本报讯（记者 李可 通讯员 王芳 张伟）"),
            [
                Byline::new(Role::Reporter, "李可"),
                Byline::new(Role::Correspondent, "王芳"),
                Byline::new(Role::Correspondent, "张伟")
            ]
        );
        assert_eq!(reporters("八個县(市)、(AI)"), []);
        assert_eq!(
            editor("【責編 王春榮】"),
            Some(Byline::new(Role::Editor, "王春榮"))
        );
        assert_eq!(
            editor("责任编辑：孔德明"),
            Some(Byline::new(Role::Editor, "孔德明"))
        );
    }
}
