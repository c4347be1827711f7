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
//! uses it); adding a list is a file and one line in `catalog.rs`.

mod catalog;
mod pattern;
mod trie;
mod word_list;

use std::collections::HashMap;

pub use catalog::Lexicon;
pub use pattern::Pattern;
pub use word_list::WordList;

/// Declares the lists and patterns of the lexicon: the [`Lexicon`] struct with one field
/// each, read from `data/lexicon/<name>.txt` (lists) and `data/lexicon/<name>.re`
/// (patterns).
macro_rules! lexicon {
    (
        lists { $( $(#[doc = $ldoc:expr])* $list:ident: $lfile:literal, )* }
        patterns { $( $(#[doc = $pdoc:expr])* $pattern:ident: $pfile:literal, )* }
    ) => {
        /// The word lists and patterns of `data/lexicon/`, read once.
        #[derive(Debug)]
        pub struct Lexicon {
            $( $(#[doc = $ldoc])* pub $list: $crate::lexicon::WordList, )*
            $( $(#[doc = $pdoc])* pub $pattern: $crate::lexicon::Pattern, )*
        }

        impl Lexicon {
            /// Reads every list and compiles every pattern. Prefer
            /// [`Resources::lexicon`](crate::Resources::lexicon), which does it once.
            pub fn new() -> Result<Self, xinwen_core::Error> {
                $(
                    let $list = $crate::lexicon::WordList::parse(
                        $lfile,
                        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/lexicon/", $lfile, ".txt")),
                    );
                )*
                let by_name: std::collections::HashMap<&str, &$crate::lexicon::WordList> =
                    [$( ($lfile, &$list) ),*].into_iter().collect();
                $(
                    let $pattern = $crate::lexicon::Pattern::compile(
                        $pfile,
                        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/lexicon/", $pfile, ".re")),
                        &by_name,
                    )?;
                )*
                Ok(Lexicon { $( $list, )* $( $pattern, )* })
            }

            /// Every word list, in catalog order.
            pub fn lists(&self) -> Vec<&$crate::lexicon::WordList> {
                vec![$( &self.$list ),*]
            }

            /// Every pattern, in catalog order.
            pub fn patterns(&self) -> Vec<&$crate::lexicon::Pattern> {
                vec![$( &self.$pattern ),*]
            }
        }
    };
}
pub(crate) use lexicon;

impl Lexicon {
    /// The list read from `data/lexicon/<name>.txt`.
    pub fn list(&self, name: &str) -> Option<&WordList> {
        self.lists().into_iter().find(|l| l.name() == name)
    }

    /// Lists by name, for tools that take a list's name from their input.
    pub fn by_name(&self) -> HashMap<&'static str, &WordList> {
        self.lists().into_iter().map(|l| (l.name(), l)).collect()
    }
}

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
            assert!(
                declared.contains(&rel),
                "{rel} is not in lexicon/catalog.rs"
            );
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
