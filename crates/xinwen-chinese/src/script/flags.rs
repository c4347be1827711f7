//! What a character is to the converter (a key of the →simplified tables, a character of
//! one script only, outside GB 2312), read with one table lookup for the characters
//! pages are made of: script detection and conversion read every character of a page.

use crate::charset::CharSet;

/// A key of the →simplified tables: a line without any stays as it is.
pub(super) const CONVERTIBLE: u8 = 1;
/// Written differently in simplified script (`導`).
pub(super) const TRADITIONAL: u8 = 2;
/// Exists only in simplified script (`导`).
pub(super) const SIMPLIFIED: u8 = 4;
/// Traditional and outside GB 2312: simplified script cannot hold it.
pub(super) const OUTSIDE_GB2312: u8 = 8;

/// The range the table covers: CJK punctuation, extension A and the unified ideographs.
const FROM: u32 = 0x3000;
const TO: u32 = 0xA000;

/// The character sets of the converter, and their flags tabled for `FROM..TO`.
pub(super) struct ScriptSets {
    convertible: CharSet,
    traditional_only: CharSet,
    simplified_only: CharSet,
    /// Traditional characters outside GB 2312.
    outside_gb2312: CharSet,
    table: Vec<u8>,
}

impl std::fmt::Debug for ScriptSets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScriptSets")
            .field("traditional_only", &self.traditional_only)
            .field("simplified_only", &self.simplified_only)
            .finish()
    }
}

/// What one pass over a text found.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Scan {
    /// The flags of its characters, or-ed.
    pub(super) any: u8,
    /// How many characters only traditional script uses.
    pub(super) traditional: usize,
    /// How many characters only simplified script uses.
    pub(super) simplified: usize,
}

fn flag(set: &CharSet, c: char, flag: u8) -> u8 {
    if set.contains(c) { flag } else { 0 }
}

impl ScriptSets {
    /// The sets, and the table of their flags.
    pub(super) fn new(
        convertible: CharSet,
        traditional_only: CharSet,
        simplified_only: CharSet,
        gb2312: &CharSet,
    ) -> ScriptSets {
        let outside_gb2312 = (FROM..0x3_2400)
            .filter_map(char::from_u32)
            .filter(|&c| traditional_only.contains(c) && !gb2312.contains(c))
            .collect();
        let mut sets = ScriptSets {
            convertible,
            traditional_only,
            simplified_only,
            outside_gb2312,
            table: Vec::new(),
        };
        sets.table = (FROM..TO)
            .map(|code| char::from_u32(code).map_or(0, |c| sets.flags_from_sets(c)))
            .collect();
        sets
    }

    /// The flags of `c` from the sets (what the table holds).
    pub(super) fn flags_from_sets(&self, c: char) -> u8 {
        flag(&self.convertible, c, CONVERTIBLE)
            | flag(&self.traditional_only, c, TRADITIONAL)
            | flag(&self.simplified_only, c, SIMPLIFIED)
            | flag(&self.outside_gb2312, c, OUTSIDE_GB2312)
    }

    /// The flags of `c`.
    #[inline]
    pub(super) fn flags(&self, c: char) -> u8 {
        let code = u32::from(c);
        if code < FROM {
            // ASCII, Latin, punctuation: nobody's character
            if code < 0x2E80 {
                return 0;
            }
        } else if let Some(&f) = self.table.get((code - FROM) as usize) {
            return f;
        }
        self.flags_from_sets(c)
    }

    /// One pass over `text`, over its bytes: ASCII is skipped a byte at a time, and the
    /// characters of the table (`U+3000..U+A000`, three bytes led by `E3`…`E9`) are read
    /// straight from their bytes; any other character is decoded and looked up.
    pub(super) fn scan(&self, text: &str) -> Scan {
        let mut scan = Scan::default();
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&lead) = bytes.get(i) {
            let f = if lead < 0x80 {
                i += 1;
                continue;
            } else if let (0xE3..=0xE9, Some(&b1), Some(&b2)) =
                (lead, bytes.get(i + 1), bytes.get(i + 2))
            {
                i += 3;
                let code = (u32::from(lead & 0x0F) << 12)
                    | (u32::from(b1 & 0x3F) << 6)
                    | u32::from(b2 & 0x3F);
                (self.table.get((code - FROM) as usize)).map_or(0, |&f| f)
            } else {
                let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                i += c.len_utf8();
                self.flags(c)
            };
            scan.any |= f;
            scan.traditional += usize::from(f & TRADITIONAL != 0);
            scan.simplified += usize::from(f & SIMPLIFIED != 0);
        }
        scan
    }
}
