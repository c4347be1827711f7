//! The macro that declares the lexicon's lists and patterns (used once, in the catalog).

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

            /// The list read from `data/lexicon/<name>.txt`.
            pub fn list(&self, name: &str) -> Option<&$crate::lexicon::WordList> {
                self.lists().into_iter().find(|l| l.name() == name)
            }
        }
    };
}
pub(crate) use lexicon;
