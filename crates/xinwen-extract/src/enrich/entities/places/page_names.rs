//! The gazetteer names of one page: which names start at each character, found in one
//! walk per character and shared by every scan of the page (the organizations' heads,
//! the places, the full names a short name needs beside it).

use std::cell::OnceCell;
use std::collections::HashSet;

use xinwen_chinese::Gazetteer;

use crate::enrich::analysis::Analysis;

/// The lengths of the gazetteer names starting at each character, found when a scan
/// first asks.
pub(crate) struct PageNames<'t> {
    text: &'t Analysis<'t>,
    gazetteer: &'t Gazetteer,
    /// `lengths[first[i]..first[i + 1]]`: the names at character `i`, shortest first.
    table: OnceCell<(Vec<u32>, Vec<u8>)>,
    /// Every name of the page, as written in its simplified view.
    names: OnceCell<HashSet<&'t str>>,
}

impl<'t> PageNames<'t> {
    /// The names of `text`, none found yet.
    pub(crate) fn new(text: &'t Analysis<'t>, gazetteer: &'t Gazetteer) -> Self {
        PageNames {
            text,
            gazetteer,
            table: OnceCell::new(),
            names: OnceCell::new(),
        }
    }

    /// The lengths of the names starting at character `i`, shortest first (what
    /// [`Gazetteer::prefix_lengths`] gives there).
    pub(crate) fn lengths_at(&self, i: usize) -> impl DoubleEndedIterator<Item = usize> + '_ {
        let (first, lengths) = self.table.get_or_init(|| self.walk());
        let at = |k: usize| first.get(k).map_or(0, |&f| f as usize);
        let span = lengths.get(at(i)..at(i + 1)).unwrap_or_default();
        span.iter().map(|&len| usize::from(len))
    }

    /// True when the page holds the name `name` (simplified) somewhere.
    pub(crate) fn contains(&self, name: &str) -> bool {
        let names = self.names.get_or_init(|| {
            let chars = self.text.simplified.len();
            (0..chars)
                .flat_map(|i| self.lengths_at(i).map(move |len| i..i + len))
                .map(|range| self.text.simple_slice(range))
                .collect()
        });
        names.contains(name)
    }

    fn walk(&self) -> (Vec<u32>, Vec<u8>) {
        let chars = &self.text.simplified;
        let mut first = Vec::with_capacity(chars.len() + 1);
        let mut lengths = Vec::new();
        for i in 0..chars.len() {
            first.push(lengths.len() as u32);
            let found = self.gazetteer.prefix_lengths(&chars[i..]);
            lengths.extend(found.into_iter().map(|len| len.min(255) as u8));
        }
        first.push(lengths.len() as u32);
        (first, lengths)
    }
}
