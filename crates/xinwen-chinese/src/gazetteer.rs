//! Places of China: provinces down to villages, with their administrative levels.

use fst::Map;
use xinwen_core::{Error, PlaceLevel};

use crate::name_starts::{SINGLE_BITS, pair_bit, single_bit};
use crate::{Lexicon, ScriptConverter};

/// The place table (`data/gazetteer.tsv.zst`, made by `scripts/gen_gazetteer.py`:
/// `name<TAB>levels<TAB>alias-of`) as the finite-state map `build.rs` compiles it into.
const TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.fst"));

/// The full names short names stand for, indexed by the map's values.
const ALIASES: &str = include_str!(concat!(env!("OUT_DIR"), "/gazetteer_aliases.txt"));

/// How names start (`name_starts`), written at build time.
static STARTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer_starts.bin"));

/// Level bits of the table.
const LEVELS: &[(u64, PlaceLevel)] = &[
    (1, PlaceLevel::Province),
    (2, PlaceLevel::Prefecture),
    (4, PlaceLevel::County),
    (8, PlaceLevel::Township),
    (16, PlaceLevel::Village),
    (32, PlaceLevel::Community),
];

/// The longest place name in the table, in characters.
pub const LONGEST_NAME: usize = 16;

/// What the gazetteer knows of a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceInfo {
    /// The administrative level of the place (when a name exists at several levels,
    /// the one its ending points to, else the highest).
    pub level: PlaceLevel,
    /// For a short name (`延吉`), the full name it stands for (`延吉市`).
    pub alias_of: Option<String>,
}

/// The administrative divisions of China (NBS 2023 and jionlp tables): 346,000 names
/// of provinces, prefectures, counties, townships, villages and communities, and the
/// short names of the higher ones. Lookups take either script.
pub struct Gazetteer {
    map: Map<&'static [u8]>,
    aliases: Vec<String>,
    /// Endings of names and their levels (`places/level_endings` of the lexicon).
    endings: Vec<(String, PlaceLevel)>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gazetteer({} names)", self.map.len())
    }
}

/// The level a name's ending points to (`…村` village, `…街道` township, `…自治区`
/// province), by the longest ending of `places/level_endings` in the lexicon.
///
/// ```
/// use xinwen_chinese::{Resources, level_of_ending};
/// use xinwen_core::PlaceLevel;
///
/// let lexicon = Resources::global().lexicon().unwrap();
/// assert_eq!(level_of_ending("河龙村", lexicon), Some(PlaceLevel::Village));
/// assert_eq!(level_of_ending("广西壮族自治区", lexicon), Some(PlaceLevel::Province));
/// assert_eq!(level_of_ending("疫情防控", lexicon), None);
/// ```
pub fn level_of_ending(name: &str, lexicon: &Lexicon) -> Option<PlaceLevel> {
    let ending = lexicon.place_level_endings.suffix_of(name)?;
    PlaceLevel::from_name(lexicon.place_level_endings.value(ending)?)
}

impl Gazetteer {
    /// Loads the table, compiled into the binary at build time (`build.rs`). Prefer
    /// [`Resources::global`](crate::Resources::global).
    pub fn new(lexicon: &Lexicon) -> Result<Self, Error> {
        let map = Map::new(TABLE)
            .map_err(|e| Error::Resource(format!("cannot read the gazetteer: {e}")))?;
        let aliases = ALIASES.split('\n').map(str::to_string).collect();
        let endings = (lexicon.place_level_endings.entries())
            .filter_map(|(e, level)| Some((e.to_string(), PlaceLevel::from_name(level?)?)))
            .collect();
        Ok(Gazetteer {
            map,
            aliases,
            endings,
        })
    }

    /// How many names the table holds.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when the table is empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// What the gazetteer knows of `name` (simplified script).
    pub fn lookup_simplified(&self, name: &str) -> Option<PlaceInfo> {
        let value = self.map.get(name)?;
        self.info(name, value)
    }

    /// The lengths in characters of the names that `chars` (simplified) starts with,
    /// shortest first, in one walk down the table: what a scan for names at every
    /// position of a text asks.
    pub fn prefix_lengths(&self, chars: &[char]) -> Vec<usize> {
        let has = |bit: usize| {
            STARTS
                .get(bit / 8)
                .is_some_and(|b| b & (1 << (bit % 8)) != 0)
        };
        // no longer name starts here: a name of one character, or none
        if let [a, b, ..] = chars
            && !has(SINGLE_BITS + pair_bit(*a, *b))
        {
            return match single_bit(*a) {
                Some(bit) if !has(bit) => Vec::new(),
                _ => self.walk(&chars[..1]),
            };
        }
        self.walk(chars)
    }

    /// The lengths of the names `chars` starts with, walking down the table.
    fn walk(&self, chars: &[char]) -> Vec<usize> {
        let fst = self.map.as_fst();
        let mut node = fst.root();
        let mut lengths = Vec::new();
        let mut buf = [0u8; 4];
        for (i, c) in chars.iter().take(LONGEST_NAME).enumerate() {
            for b in c.encode_utf8(&mut buf).bytes() {
                let Some(t) = node.find_input(b) else {
                    return lengths;
                };
                node = fst.node(node.transition(t).addr);
            }
            if node.is_final() {
                lengths.push(i + 1);
            }
        }
        lengths
    }

    fn info(&self, name: &str, value: u64) -> Option<PlaceInfo> {
        let mask = value & 0xFF;
        let alias = (value >> 8) as usize;
        let levels: Vec<PlaceLevel> = LEVELS
            .iter()
            .filter(|(bit, _)| mask & bit != 0)
            .map(|(_, l)| *l)
            .collect();
        let ending = (self.endings.iter())
            .filter(|(e, _)| name.ends_with(e.as_str()))
            .max_by_key(|(e, _)| e.len())
            .map(|(_, l)| *l)
            .filter(|l| levels.contains(l));
        // 市 names: prefecture or county-level city, as the table says
        let level = ending.or_else(|| levels.first().copied())?;
        Some(PlaceInfo {
            level,
            alias_of: self.aliases.get(alias).filter(|a| !a.is_empty()).cloned(),
        })
    }

    /// What the gazetteer knows of `name`, in either script.
    ///
    /// ```
    /// use xinwen_chinese::Resources;
    /// use xinwen_core::PlaceLevel;
    ///
    /// let resources = Resources::global();
    /// let (gazetteer, converter) = (resources.gazetteer().unwrap(), resources.converter().unwrap());
    /// let yanji = gazetteer.lookup("延吉市", converter).unwrap();
    /// assert_eq!(yanji.level, PlaceLevel::County);
    /// assert_eq!(gazetteer.lookup("延吉", converter).unwrap().alias_of.as_deref(), Some("延吉市"));
    /// assert_eq!(gazetteer.lookup("琿春市", converter).unwrap().level, PlaceLevel::County);
    /// assert!(gazetteer.lookup("青禾市", converter).is_none()); // a town of our examples
    /// ```
    pub fn lookup(&self, name: &str, converter: &ScriptConverter) -> Option<PlaceInfo> {
        self.lookup_simplified(&converter.to_simplified(name))
    }
}

#[cfg(test)]
mod tests {
    use crate::Resources;
    use xinwen_core::PlaceLevel;

    #[test]
    fn places_and_levels() {
        let r = Resources::global();
        let (g, c) = (r.gazetteer().unwrap(), r.converter().unwrap());
        assert!(g.len() > 300_000);
        let level = |n: &str| g.lookup(n, c).map(|i| i.level);
        assert_eq!(level("黑龍江省"), Some(PlaceLevel::Province));
        assert_eq!(level("長春市"), Some(PlaceLevel::Prefecture));
        assert_eq!(level("延吉市"), Some(PlaceLevel::County));
        assert_eq!(level("小營鎮"), Some(PlaceLevel::Township));
        assert_eq!(level("河龍村"), Some(PlaceLevel::Village));
        assert_eq!(level("靖和街道"), Some(PlaceLevel::Township));
        assert_eq!(level("疫情防控"), None);
        assert_eq!(
            g.lookup("延吉", c).and_then(|i| i.alias_of).as_deref(),
            Some("延吉市")
        );
    }

    /// Every name of the table (up to the longest a scan asks for) passes the filter of
    /// how names start.
    #[test]
    fn every_name_starts_where_the_filter_says() {
        use fst::Streamer;
        let g = Resources::global().gazetteer().unwrap();
        let mut names = g.map.stream();
        let mut checked = 0;
        while let Some((key, _)) = names.next() {
            let chars: Vec<char> = String::from_utf8_lossy(key).chars().collect();
            if chars.len() <= super::LONGEST_NAME {
                assert!(g.prefix_lengths(&chars).contains(&chars.len()), "{chars:?}");
                checked += 1;
            }
        }
        assert!(checked > g.len() * 9 / 10, "{checked}");
    }

    #[test]
    fn prefix_lengths_agree_with_lookups() {
        let g = Resources::global().gazetteer().unwrap();
        let text: Vec<char> = "延吉市小营镇河龙村检查".chars().collect();
        for start in 0..text.len() {
            let walked = g.prefix_lengths(&text[start..]);
            let looked: Vec<usize> = (1..=text.len() - start)
                .filter(|&len| {
                    let name: String = text[start..start + len].iter().collect();
                    g.lookup_simplified(&name).is_some()
                })
                .collect();
            assert_eq!(walked, looked, "at {start}");
        }
        assert!(g.prefix_lengths(&text).contains(&3)); // 延吉市
    }
}
