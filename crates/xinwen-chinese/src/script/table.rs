//! One conversion table of OpenCC, compiled into a finite-state map by build.rs: a key
//! (a character or a phrase) and the value OpenCC prefers for it.

use std::sync::OnceLock;

use fst::Map;

use crate::charset::CharSet;

include!(concat!(env!("OUT_DIR"), "/opencc_tables.rs"));

/// The values of every table, back to back; a map's output locates its value here.
const VALUES: &str = include_str!(concat!(env!("OUT_DIR"), "/opencc_values.txt"));

/// A table of keys and their converted forms, queried by the longest key that begins a
/// text. Keys and values have the same number of characters (build.rs checks it).
pub(crate) struct Table {
    name: &'static str,
    map: Map<&'static [u8]>,
    /// The characters keys begin with: no lookup starts elsewhere.
    starts: CharSet,
    /// The keys of one character, in order.
    singles: &'static str,
}

impl std::fmt::Debug for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Table({}, {} keys)", self.name, self.map.len())
    }
}

impl Table {
    /// The table called `name` (OpenCC's file name without extension), or `None` when
    /// the build shipped no such table.
    pub(crate) fn named(name: &str) -> Option<Table> {
        let &(name, bytes, starts, singles) = TABLES.iter().find(|t| t.0 == name)?;
        Some(Table {
            name,
            map: Map::new(bytes).ok()?,
            starts: starts.chars().collect(),
            singles,
        })
    }

    /// The table called `name`, built once for every conversion that uses it.
    pub(crate) fn shared(name: &str) -> Option<&'static Table> {
        static ALL: OnceLock<Vec<Table>> = OnceLock::new();
        let all = ALL.get_or_init(|| TABLES.iter().filter_map(|t| Table::named(t.0)).collect());
        all.iter().find(|t| t.name == name)
    }

    /// The longest key that `text` begins with: its length in bytes and its value.
    pub(crate) fn longest_prefix(&self, text: &str) -> Option<(usize, &'static str)> {
        if !text.chars().next().is_some_and(|c| self.starts.contains(c)) {
            return None;
        }
        let fst = self.map.as_fst();
        let mut node = fst.root();
        let mut output = fst::raw::Output::zero();
        let mut best = None;
        for (i, &byte) in text.as_bytes().iter().enumerate() {
            let Some(t) = node.find_input(byte) else {
                break;
            };
            let transition = node.transition(t);
            output = output.cat(transition.out);
            node = fst.node(transition.addr);
            if node.is_final() {
                best = Some((i + 1, output.cat(node.final_output()).value()));
            }
        }
        let (len, packed) = best?;
        let (start, value_len) = ((packed >> 8) as usize, (packed & 0xff) as usize);
        Some((len, VALUES.get(start..start + value_len)?))
    }

    /// The keys of one character.
    pub(crate) fn single_chars(&self) -> impl Iterator<Item = char> + '_ {
        self.singles.chars()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_longest_key() {
        let phrases = Table::named("TSPhrases").unwrap();
        assert_eq!(
            phrases.longest_prefix("乾隆，"),
            Some(("乾隆".len(), "乾隆"))
        );
        assert_eq!(
            phrases.longest_prefix("乾安縣城"),
            Some(("乾安縣".len(), "乾安县"))
        );
        assert_eq!(phrases.longest_prefix("中文"), None);
        let chars = Table::named("TSCharacters").unwrap();
        assert_eq!(chars.longest_prefix("導師"), Some(("導".len(), "导")));
        assert!(Table::named("NoSuchTable").is_none());
    }
}
