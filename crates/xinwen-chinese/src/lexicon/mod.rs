//! The lexicon: the words xinwen knows, as data.
//!
//! Every word a rule of xinwen looks for lives in a data file under
//! `data/lexicon/` (one folder per subject: `titles/`, `credits/`, `places/`, …), one
//! entry a line, in simplified script; rules match the simplified view of a text, whose
//! character offsets are those of the text as written, so a list never carries
//! traditional duplicates. Regular expressions that put words together are data too
//! (`*.re`, see [`Pattern`]), their words taken from the lists.
//!
//! The files are compiled into the binary; [`Lexicon`] reads them once per process
//! (through [`Resources::lexicon`](crate::Resources::lexicon)) and builds the matchers
//! each list needs on first use.
//!
//! Adding a word is one line in its file (and a case row in the tests of the rule that
//! uses it); adding a list is a file and one line in the catalog (`catalog/mod.rs`, or `catalog/tagger.rs` for the tagger's lists).

mod catalog;
mod declare;
mod pattern;
mod trie;
mod word_list;

pub use catalog::{AddressWords, CandidateWords, EventWords, Lexicon, TaggerWords};
pub use pattern::Pattern;
pub use word_list::WordList;

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::path::{Path, PathBuf};

    use crate::Resources;

    fn files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files(&path, out);
            } else {
                out.push(path);
            }
        }
    }

    #[test]
    fn every_file_is_declared_and_every_pattern_compiles() {
        let lexicon = Resources::global().lexicon().unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
        let mut found = Vec::new();
        files(&root, &mut found);
        let declared: HashSet<String> =
            (lexicon.lists().iter().map(|l| format!("{}.txt", l.name())))
                .chain(
                    lexicon
                        .patterns()
                        .iter()
                        .map(|p| format!("{}.re", p.name())),
                )
                .collect();
        for path in found {
            let rel = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if rel.ends_with(".md") {
                continue;
            }
            assert!(declared.contains(&rel), "{rel} is not in lexicon/catalog/");
        }
    }

    #[test]
    fn lists_are_simplified_without_repeats() {
        let resources = Resources::global();
        let converter = resources.converter().unwrap();
        for list in resources.lexicon().unwrap().lists() {
            let mut seen = HashSet::new();
            assert!(list.builds(), "{}", list.name());
            for word in list.iter() {
                assert!(!word.is_empty(), "{}: an empty entry", list.name());
                assert!(seen.insert(word), "{}: {word} twice", list.name());
                assert_eq!(
                    converter.to_simplified(word),
                    word,
                    "{}: {word} is not in simplified script",
                    list.name()
                );
            }
        }
    }
}
