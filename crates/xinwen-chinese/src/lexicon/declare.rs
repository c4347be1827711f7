//! The macro that declares the lexicon's lists and patterns (used by the catalog).

/// Declares a struct of lists and patterns of the lexicon: one field each, read from
/// `data/lexicon/<name>.txt` (lists) and `data/lexicon/<name>.re` (patterns), plus
/// groups of lists declared by another use of the macro (their lists count as the
/// struct's own: patterns may use them, `lists()` yields them).
macro_rules! lexicon {
    (
        $(#[doc = $sdoc:expr])*
        pub struct $name:ident;
        $( groups { $( $(#[doc = $gdoc:expr])* $group:ident: $gty:ident, )* } )?
        lists { $( $(#[doc = $ldoc:expr])* $list:ident: $lfile:literal, )* }
        patterns { $( $(#[doc = $pdoc:expr])* $pattern:ident: $pfile:literal, )* }
    ) => {
        $(#[doc = $sdoc])*
        #[derive(Debug)]
        pub struct $name {
            $( $( $(#[doc = $gdoc])* pub $group: $gty, )* )?
            $( $(#[doc = $ldoc])* pub $list: $crate::lexicon::WordList, )*
            $( $(#[doc = $pdoc])* pub $pattern: $crate::lexicon::Pattern, )*
        }

        impl $name {
            /// Reads every list and compiles every pattern. Prefer
            /// [`Resources::lexicon`](crate::Resources::lexicon), which does it once.
            pub fn new() -> Result<Self, xinwen_core::Error> {
                $( $( let $group = $gty::new()?; )* )?
                $(
                    let $list = $crate::lexicon::WordList::parse(
                        $lfile,
                        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/lexicon/", $lfile, ".txt")),
                    );
                )*
                #[allow(unused_mut)]
                let mut by_name: std::collections::HashMap<&str, &$crate::lexicon::WordList> =
                    [$( ($lfile, &$list) ),*].into_iter().collect();
                $( $( by_name.extend($group.lists().into_iter().map(|l| (l.name(), l))); )* )?
                $(
                    let $pattern = $crate::lexicon::Pattern::compile(
                        $pfile,
                        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/lexicon/", $pfile, ".re")),
                        &by_name,
                    )?;
                )*
                drop(by_name);
                Ok($name { $( $( $group, )* )? $( $list, )* $( $pattern, )* })
            }

            /// Every word list, in catalog order (a group's after the struct's own).
            pub fn lists(&self) -> Vec<&$crate::lexicon::WordList> {
                #[allow(unused_mut)]
                let mut lists = vec![$( &self.$list ),*];
                $( $( lists.extend(self.$group.lists()); )* )?
                lists
            }

            /// Every pattern, in catalog order (a group's after the struct's own).
            pub fn patterns(&self) -> Vec<&$crate::lexicon::Pattern> {
                #[allow(unused_mut)]
                let mut patterns: Vec<&$crate::lexicon::Pattern> = vec![$( &self.$pattern ),*];
                $( $( patterns.extend(self.$group.patterns()); )* )?
                patterns
            }

            /// The list read from `data/lexicon/<name>.txt`.
            pub fn list(&self, name: &str) -> Option<&$crate::lexicon::WordList> {
                self.lists().into_iter().find(|l| l.name() == name)
            }
        }
    };
}
pub(crate) use lexicon;
