//! Which characters belong to one script only, read from `data/script_chars.tsv`.
//!
//! The table is derived from the conversion tables by `derive.rs`: each key character
//! is converted on its own, through several chains. That is work for every start-up if
//! done there, so it is done once, written to the data file and committed; a test
//! derives the table again and fails, with the command that rewrites it, when the file
//! no longer matches the conversion tables.

use xinwen_core::Error;

/// The derived table: `t`, a traditional-only character and its simplified form;
/// `s`, a simplified-only character.
const SCRIPT_CHARS: &str = include_str!("../../data/script_chars.tsv");

/// The characters only one script uses.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct ScriptChars {
    /// Traditional-only characters and their simplified forms, sorted.
    pub(super) traditional: Vec<(char, char)>,
    /// Simplified-only characters, sorted.
    pub(super) simplified: Vec<char>,
}

impl ScriptChars {
    /// The table shipped in the crate.
    pub(super) fn shipped() -> Result<Self, Error> {
        Self::parse(SCRIPT_CHARS)
    }

    /// Reads the table's text (`#` lines are comments).
    pub(super) fn parse(text: &str) -> Result<Self, Error> {
        let mut chars = ScriptChars::default();
        // the one character of a field, if it holds exactly one
        let one = |field: Option<&str>| {
            let mut chars = field?.chars();
            chars.next().filter(|_| chars.next().is_none())
        };
        for line in text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let mut fields = line.split('\t');
            let kind = fields.next();
            let (first, second, rest) = (one(fields.next()), fields.next(), fields.next());
            match (kind, first, second.map(|s| one(Some(s))), rest) {
                (Some("t"), Some(t), Some(Some(s)), None) => chars.traditional.push((t, s)),
                (Some("s"), Some(s), None, None) => chars.simplified.push(s),
                _ => {
                    return Err(Error::Resource(format!(
                        "script_chars.tsv: bad line {line:?}"
                    )));
                }
            }
        }
        chars.traditional.sort_unstable();
        chars.simplified.sort_unstable();
        Ok(chars)
    }
}
