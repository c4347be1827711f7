//! Traditional ⇄ simplified conversion and script detection.

use std::borrow::Cow;
use std::collections::HashMap;

use xinwen_core::{Error, Script};

use crate::charset::CharSet;

mod chain;
mod chars;
#[cfg(test)]
mod derive;
mod flags;
mod table;

use chain::Chain;
pub use chain::Conversion;
use chars::ScriptChars;
use flags::{CONVERTIBLE, OUTSIDE_GB2312, SIMPLIFIED, ScriptSets, TRADITIONAL};

/// The 6,763 characters of GB 2312 (build.rs decodes them from their codes).
const GB2312: &str = include_str!(concat!(env!("OUT_DIR"), "/gb2312.txt"));

/// Converts between traditional and simplified Chinese and tells which script a text
/// is written in.
///
/// Conversion runs OpenCC's own tables (version 1.4.2: phrases, characters, the variants
/// of Taiwan and Hong Kong) the way OpenCC runs them ([`Conversion`]); the tables are
/// compiled into finite-state maps at build time, so building a converter costs next
/// to nothing. Every table keeps the number of characters (the build checks it), so a
/// converted text shares its character offsets with the original: a span found in the
/// simplified view is the same span in the text as written.
pub struct ScriptConverter {
    chains: HashMap<Conversion, Chain>,
    /// What each character is to the converter.
    sets: ScriptSets,
    char_t2s: HashMap<char, char>,
    /// The pairs of `char_t2s` as (simplified, traditional), sorted.
    char_s2t: Vec<(char, char)>,
}

impl std::fmt::Debug for ScriptConverter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScriptConverter")
            .field("sets", &self.sets)
            .finish()
    }
}

/// The single characters among the keys of a chain's stages.
fn char_keys(chain: &Chain) -> Vec<char> {
    let mut chars: Vec<char> = (chain.stages().iter())
        .flat_map(|stage| stage.tables())
        .flat_map(|table| table.single_chars())
        .collect();
    chars.sort_unstable();
    chars.dedup();
    chars
}

impl ScriptConverter {
    /// Loads the conversion tables. Prefer [`Resources::global`](crate::Resources::global),
    /// which does this once per process.
    pub fn new() -> Result<Self, Error> {
        let chains = (Conversion::ALL.into_iter())
            .map(|c| Chain::new(c).map(|chain| (c, chain)))
            .collect::<Result<HashMap<_, _>, _>>()?;
        let chain = |c| {
            chains
                .get(&c)
                .ok_or_else(|| Error::Resource(format!("no {c:?} conversion")))
        };
        let to_simplified = chain(Conversion::AnyToSimplified)?;
        let convertible: CharSet = char_keys(to_simplified).into_iter().collect();
        let gb2312: CharSet = GB2312.chars().collect();
        // which characters one script only uses: derived from the chains once, shipped
        // as a table (`chars.rs`)
        let chars = ScriptChars::shipped()?;
        let traditional_only: CharSet = chars.traditional.iter().map(|(t, _)| *t).collect();
        let char_t2s: HashMap<char, char> = chars.traditional.iter().copied().collect();
        let simplified_only: CharSet = chars.simplified.iter().copied().collect();
        Ok(ScriptConverter {
            chains,
            sets: ScriptSets::new(convertible, traditional_only, simplified_only, &gb2312),
            char_s2t: {
                let mut pairs: Vec<(char, char)> = char_t2s.iter().map(|(t, s)| (*s, *t)).collect();
                pairs.sort_unstable();
                pairs
            },
            char_t2s,
        })
    }

    /// `text` converted by `conversion`, with exactly as many characters as `text`.
    ///
    /// ```
    /// use xinwen_chinese::{Conversion, Resources};
    ///
    /// let converter = Resources::global().converter().unwrap();
    /// assert_eq!(converter.convert("滑鼠裡面", Conversion::Tw2s), "滑鼠里面");
    /// assert_eq!(converter.convert("鼠标里面", Conversion::S2tw), "鼠標裡面");
    /// ```
    pub fn convert(&self, text: &str, conversion: Conversion) -> String {
        match self.chains.get(&conversion) {
            Some(chain) => chain.convert(text),
            None => text.to_string(),
        }
    }

    /// Every traditional character with its one-character simplified form.
    pub fn char_pairs(&self) -> impl Iterator<Item = (char, char)> + '_ {
        self.char_t2s.iter().map(|(t, s)| (*t, *s))
    }

    /// Every traditional character whose one-character simplified form is
    /// `simplified` (`检` → `檢`, `撿`), found without going through the whole table.
    pub fn traditional_chars(&self, simplified: char) -> impl Iterator<Item = char> + '_ {
        let from = self.char_s2t.partition_point(|(s, _)| *s < simplified);
        (self.char_s2t.get(from..).unwrap_or_default().iter())
            .take_while(move |(s, _)| *s == simplified)
            .map(|(_, t)| *t)
    }

    /// True when `c` is written differently in simplified script (`導`, `區`).
    #[inline]
    pub fn is_traditional_only(&self, c: char) -> bool {
        self.sets.flags(c) & TRADITIONAL != 0
    }

    /// True when `c` exists only in simplified script (`导`, `区`).
    #[inline]
    pub fn is_simplified_only(&self, c: char) -> bool {
        self.sets.flags(c) & SIMPLIFIED != 0
    }

    /// The simplified form of `text`, with exactly as many characters as `text`.
    /// Borrows `text` when nothing needs converting.
    ///
    /// Pages mix scripts, so each line is read on its own. A line written mostly in
    /// traditional script is converted as OpenCC converts traditional text of any region
    /// ([`Conversion::AnyToSimplified`]: `t2s` reading the variants of Taiwan and Hong
    /// Kong too). In any other line only what simplified script cannot hold changes
    /// (`t2s`, taking the keys that hold a character outside GB 2312), so that
    /// simplified text stays as written: 著作, 什么, 乾县, 坏 are not touched there.
    ///
    /// ```
    /// use xinwen_chinese::Resources;
    ///
    /// let converter = Resources::global().converter().unwrap();
    /// assert_eq!(converter.to_simplified("在床裡面睡著"), "在床里面睡着");
    /// assert_eq!(converter.to_simplified("他在乾县说什么\n乾乾淨淨"), "他在乾县说什么\n干干净净");
    /// ```
    pub fn to_simplified<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.to_simplified_detecting(text).0
    }

    /// The simplified form of `text` ([`to_simplified`](Self::to_simplified)) and the
    /// script it is written in ([`detect`](Self::detect)), from one reading of it.
    ///
    /// ```
    /// use xinwen_chinese::Resources;
    /// use xinwen_core::Script;
    ///
    /// let converter = Resources::global().converter().unwrap();
    /// let (simple, script) = converter.to_simplified_detecting("檢查指導");
    /// assert_eq!((simple.as_ref(), script), ("检查指导", Script::Traditional));
    /// ```
    pub fn to_simplified_detecting<'a>(&self, text: &'a str) -> (Cow<'a, str>, Script) {
        let mut counts = (0, 0);
        let outside_gb2312 = |key: &str| {
            key.chars()
                .any(|c| self.sets.flags(c) & OUTSIDE_GB2312 != 0)
        };
        let any_to_simplified = self.chains.get(&Conversion::AnyToSimplified);
        let t2s = self.chains.get(&Conversion::T2s);
        // `None` while every line so far stays as written
        let mut out: Option<String> = None;
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            let scan = self.sets.scan(line);
            let (traditional, simplified) = (scan.traditional, scan.simplified);
            counts = (counts.0 + traditional, counts.1 + simplified);
            // a line mostly simplified changes only at characters simplified script
            // cannot hold: none, nothing to convert
            let stays = scan.any & CONVERTIBLE == 0
                || (traditional <= simplified && scan.any & OUTSIDE_GB2312 == 0);
            let converted = match (traditional > simplified, any_to_simplified, t2s) {
                _ if stays => None,
                (true, Some(chain), _) => Some(chain.convert(line)),
                (false, _, Some(chain)) => {
                    Some(chain.convert_accepting(line, Some(&outside_gb2312)))
                }
                _ => None,
            };
            match (&mut out, converted.filter(|c| c != line)) {
                (Some(out), Some(c)) => out.push_str(&c),
                (Some(out), None) => out.push_str(line),
                (None, Some(c)) => {
                    let mut o = String::with_capacity(text.len());
                    o.push_str(text.get(..start).unwrap_or_default());
                    o.push_str(&c);
                    out = Some(o);
                }
                (None, None) => {}
            }
            start += line.len();
        }
        let script = script_of(counts.0, counts.1);
        (out.map_or(Cow::Borrowed(text), Cow::Owned), script)
    }

    /// The traditional form of `text` (OpenCC `s2t`), with as many characters as `text`.
    pub fn to_traditional(&self, text: &str) -> String {
        self.convert(text, Conversion::S2t)
    }

    /// Counts the characters of `text` that only traditional and only simplified
    /// script use, in that order.
    pub fn count_script_chars(&self, text: &str) -> (usize, usize) {
        let scan = self.sets.scan(text);
        (scan.traditional, scan.simplified)
    }

    /// The script `text` is written in: `Traditional` or `Simplified` when nine in ten
    /// of its script-specific characters belong to one script, `Mixed` otherwise. A
    /// text with no script-specific character counts as simplified.
    pub fn detect(&self, text: &str) -> Script {
        let (traditional, simplified) = self.count_script_chars(text);
        script_of(traditional, simplified)
    }
}

/// The script of a text with `traditional` and `simplified` script-specific characters
/// (see [`ScriptConverter::detect`]).
fn script_of(traditional: usize, simplified: usize) -> Script {
    let total = traditional + simplified;
    if traditional * 10 >= total * 9 && traditional > 0 {
        Script::Traditional
    } else if simplified * 10 >= total * 9 {
        Script::Simplified
    } else {
        Script::Mixed
    }
}

#[cfg(test)]
mod tests;
