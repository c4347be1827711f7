//! Derives the table of `chars.rs` from the conversion chains (the generator of
//! `data/script_chars.tsv`, run by the tests).

use std::collections::HashMap;

use xinwen_core::Error;

use super::chain::{Chain, Conversion};
use super::chars::ScriptChars;
use crate::charset::CharSet;

/// Characters that a simplified→traditional converter would change but that traditional
/// text uses as they are (后 in 皇后, 干 in 干戈, 台 in 台灣, …). They say nothing about
/// the script of a text, so they are no simplified-only characters.
const IN_BOTH_SCRIPTS: &str = include_str!("../../data/in_both_scripts.txt");

/// The characters of `IN_BOTH_SCRIPTS`.
pub(super) fn in_both() -> CharSet {
    (IN_BOTH_SCRIPTS.lines())
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::chars)
        .collect()
}

impl ScriptChars {
    /// The table as the data file holds it.
    pub(super) fn to_text(&self) -> String {
        let mut text = String::from(
            "# Characters of one script only, derived from the OpenCC tables of the crate:\n\
             # `t` traditional-only character, its simplified form; `s` simplified-only.\n\
             # Generated: XINWEN_WRITE_SCRIPT_CHARS=1 cargo test -p xinwen-chinese script_chars\n",
        );
        for (t, s) in &self.traditional {
            text.push_str(&format!("t\t{t}\t{s}\n"));
        }
        for s in &self.simplified {
            text.push_str(&format!("s\t{s}\n"));
        }
        text
    }
}

/// Derives the table from the conversion chains, character by character.
///
/// A character is traditional when t2s changes it, or when only the variants of Taiwan
/// or Hong Kong do and simplified script has no such character (裡, but not 么 or 著).
/// A character is simplified when every traditional standard writes it otherwise (床 is
/// not: Taiwan writes 床 where OpenCC's standard has 牀), unless `in_both` holds it.
pub(super) fn derive(
    chains: &HashMap<Conversion, Chain>,
    gb2312: &CharSet,
    in_both: &CharSet,
) -> Result<ScriptChars, Error> {
    let chain = |c| {
        chains
            .get(&c)
            .ok_or_else(|| Error::Resource(format!("no {c:?} conversion")))
    };
    let to_simplified = chain(Conversion::AnyToSimplified)?;
    let t2s = chain(Conversion::T2s)?;
    let mut buf = [0u8; 4];
    let mut chars = ScriptChars::default();
    let mut traditional_only = CharSet::new();
    for c in super::char_keys(to_simplified) {
        let text = c.encode_utf8(&mut buf);
        let out = match t2s.convert(text) {
            same if same == *text && gb2312.contains(c) => continue,
            same if same == *text => to_simplified.convert(text),
            out => out,
        };
        let mut it = out.chars();
        if let (Some(s), None) = (it.next(), it.next())
            && s != c
        {
            traditional_only.insert(c);
            chars.traditional.push((c, s));
        }
    }
    let to_traditional = chain(Conversion::S2t)?;
    let regional = [chain(Conversion::S2tw)?, chain(Conversion::S2hk)?];
    for c in super::char_keys(to_traditional) {
        let text = c.encode_utf8(&mut buf);
        let changed = to_traditional.convert(text).chars().ne([c])
            && regional.iter().all(|r| r.convert(text).chars().ne([c]));
        if changed && !traditional_only.contains(c) && !in_both.contains(c) {
            chars.simplified.push(c);
        }
    }
    chars.traditional.sort_unstable();
    chars.simplified.sort_unstable();
    Ok(chars)
}
