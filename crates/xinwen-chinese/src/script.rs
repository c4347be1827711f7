//! Traditional ⇄ simplified conversion and script detection.

use std::borrow::Cow;
use std::collections::HashMap;

use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;
use xinwen_core::{Error, Script};

use crate::charset::CharSet;

/// Characters that a simplified→traditional converter would change but that traditional
/// text uses as they are (后 in 皇后, 干 in 干戈, 台 in 台灣, …). They say nothing about
/// the script of a text, so detection ignores them.
const IN_BOTH_SCRIPTS: &str = include_str!("../data/in_both_scripts.txt");

/// The Unicode blocks that hold the characters OpenCC converts.
const HAN_RANGES: &[(u32, u32)] = &[
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x2_0000, 0x2_A6DF),
];

/// Converts between traditional and simplified Chinese and tells which script a text
/// is written in.
///
/// Conversion uses OpenCC's phrase and character tables (`t2s`, `s2t`). The
/// traditional→simplified direction never changes the number of characters, so a
/// simplified view of a text shares its character offsets: a span found in the
/// simplified view is the same span in the original.
pub struct ScriptConverter {
    t2s: OpenCC,
    s2t: OpenCC,
    traditional_only: CharSet,
    simplified_only: CharSet,
    char_t2s: HashMap<char, char>,
}

impl std::fmt::Debug for ScriptConverter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScriptConverter")
            .field("traditional_only", &self.traditional_only)
            .field("simplified_only", &self.simplified_only)
            .finish()
    }
}

fn opencc(config: BuiltinConfig) -> Result<OpenCC, Error> {
    OpenCC::from_config(config)
        .map_err(|e| Error::Resource(format!("cannot load OpenCC table {config:?}: {e}")))
}

/// Converts every Han character on its own and returns the pairs that change.
fn changed_chars(converter: &OpenCC) -> Vec<(char, String)> {
    let mut all = String::with_capacity(400_000);
    let mut chars = Vec::with_capacity(100_000);
    for &(lo, hi) in HAN_RANGES {
        for c in (lo..=hi).filter_map(char::from_u32) {
            all.push(c);
            all.push('\n');
            chars.push(c);
        }
    }
    let converted = converter.convert(&all);
    (chars.into_iter())
        .zip(converted.split('\n'))
        .filter(|(c, out)| out.chars().ne(std::iter::once(*c)))
        .map(|(c, out)| (c, out.to_string()))
        .collect()
}

impl ScriptConverter {
    /// Loads the conversion tables. Prefer [`Resources::global`](crate::Resources::global),
    /// which does this once per process.
    pub fn new() -> Result<Self, Error> {
        let t2s = opencc(BuiltinConfig::T2s)?;
        let s2t = opencc(BuiltinConfig::S2t)?;
        let mut traditional_only = CharSet::new();
        let mut char_t2s = HashMap::new();
        for (c, out) in changed_chars(&t2s) {
            traditional_only.insert(c);
            let mut it = out.chars();
            if let (Some(s), None) = (it.next(), it.next()) {
                char_t2s.insert(c, s);
            }
        }
        let in_both: CharSet = (IN_BOTH_SCRIPTS.lines())
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::chars)
            .collect();
        let mut simplified_only = CharSet::new();
        for (c, _) in changed_chars(&s2t) {
            if !traditional_only.contains(c) && !in_both.contains(c) {
                simplified_only.insert(c);
            }
        }
        Ok(ScriptConverter {
            t2s,
            s2t,
            traditional_only,
            simplified_only,
            char_t2s,
        })
    }

    /// Every traditional character with its one-character simplified form.
    pub fn char_pairs(&self) -> impl Iterator<Item = (char, char)> + '_ {
        self.char_t2s.iter().map(|(t, s)| (*t, *s))
    }

    /// True when `c` is written differently in simplified script (`導`, `區`).
    pub fn is_traditional_only(&self, c: char) -> bool {
        self.traditional_only.contains(c)
    }

    /// True when `c` exists only in simplified script (`导`, `区`).
    pub fn is_simplified_only(&self, c: char) -> bool {
        self.simplified_only.contains(c)
    }

    /// The simplified form of `text`, with exactly as many characters as `text`.
    /// Borrows `text` when nothing needs converting.
    pub fn to_simplified<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if !text.chars().any(|c| self.traditional_only.contains(c)) {
            return Cow::Borrowed(text);
        }
        let converted = self.t2s.convert(text);
        if converted.chars().count() == text.chars().count() {
            return Cow::Owned(converted);
        }
        // OpenCC's t2s tables keep lengths; should a table ever change that, fall back
        // to character-by-character conversion so offsets stay valid.
        Cow::Owned(
            text.chars()
                .map(|c| self.char_t2s.get(&c).copied().unwrap_or(c))
                .collect(),
        )
    }

    /// The traditional form of `text` (OpenCC `s2t`).
    pub fn to_traditional(&self, text: &str) -> String {
        self.s2t.convert(text)
    }

    /// Counts the characters of `text` that only traditional and only simplified
    /// script use, in that order.
    pub fn count_script_chars(&self, text: &str) -> (usize, usize) {
        let mut traditional = 0;
        let mut simplified = 0;
        for c in text.chars() {
            if self.traditional_only.contains(c) {
                traditional += 1;
            } else if self.simplified_only.contains(c) {
                simplified += 1;
            }
        }
        (traditional, simplified)
    }

    /// The script `text` is written in: `Traditional` or `Simplified` when nine in ten
    /// of its script-specific characters belong to one script, `Mixed` otherwise. A
    /// text with no script-specific character counts as simplified.
    pub fn detect(&self, text: &str) -> Script {
        let (traditional, simplified) = self.count_script_chars(text);
        let total = traditional + simplified;
        if traditional * 10 >= total * 9 && traditional > 0 {
            Script::Traditional
        } else if simplified * 10 >= total * 9 {
            Script::Simplified
        } else {
            Script::Mixed
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn converter() -> &'static ScriptConverter {
        crate::Resources::global().converter().unwrap()
    }

    #[test]
    fn converts_and_keeps_length() {
        let c = converter();
        let text = "洪慶檢查指導(dǎo)全市疫情防控工作,乾隆皇后著名";
        let simplified = c.to_simplified(text);
        assert_eq!(simplified.chars().count(), text.chars().count());
        assert!(simplified.starts_with("洪庆检查指导"));
        assert!(matches!(c.to_simplified("检查指导"), Cow::Borrowed(_)));
        assert_eq!(c.to_traditional("检查指导"), "檢查指導");
    }

    #[test]
    fn detects_scripts() {
        let c = converter();
        assert_eq!(
            c.detect("洪慶檢查指導全市疫情防控工作"),
            Script::Traditional
        );
        assert_eq!(
            c.detect("田锦尘主持召开州疫情防控领导小组会议"),
            Script::Simplified
        );
        assert_eq!(c.detect("确认后将第一时间删除"), Script::Simplified);
        // 皇后, 台 and 并 appear in traditional text as they are.
        assert_eq!(c.detect("臺灣皇后並確認后"), Script::Traditional);
        assert_eq!(c.detect("检查指导 檢查指導"), Script::Mixed);
        assert_eq!(c.detect("2020 COVID"), Script::Simplified);
    }
}
