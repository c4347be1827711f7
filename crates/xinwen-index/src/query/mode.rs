//! How the plain words of a query combine: a mode is a list of tiers, each a search; the
//! hits of a tier come before those of the next.

use crate::IndexError;

/// How the plain words of a query combine.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum QueryMode {
    /// Articles with every word first; when they are fewer than asked for, then articles
    /// with only some of the words, those missing the commonest words ranked first
    /// (BM25 weighs words by rarity). Function words and question words (`的`, `是`,
    /// `哪些`) are not required. A search never comes back empty while some word
    /// matches: what a search box means, for keywords and questions alike (the default).
    #[default]
    MostWords,
    /// Every word must match, function words too; nothing else is returned.
    AllWords,
    /// Any word may match, and articles with more and rarer words rank first (BM25);
    /// function words and question words are left out. For questions and other
    /// natural-language text.
    AnyWords,
}

/// How the plain words combine in one search, one tier of a mode. Phrases, field
/// filters and exclusions hold in every tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tier {
    /// Every word of a plain cut.
    Every,
    /// Every word of a plain cut that is not a function word.
    EveryContent,
    /// Any word, sub-word or pair that is not a function word.
    Any,
}

impl QueryMode {
    /// The searches of this mode, in the order their hits come.
    pub(crate) fn tiers(self) -> &'static [Tier] {
        match self {
            QueryMode::MostWords => &[Tier::EveryContent, Tier::Any],
            QueryMode::AllWords => &[Tier::Every],
            QueryMode::AnyWords => &[Tier::Any],
        }
    }

    /// Its name, as [`str::parse`] takes it.
    pub fn name(self) -> &'static str {
        match self {
            QueryMode::MostWords => "most",
            QueryMode::AllWords => "all",
            QueryMode::AnyWords => "any",
        }
    }
}

impl std::str::FromStr for QueryMode {
    type Err = IndexError;

    /// `most`, `all` or `any`.
    fn from_str(mode: &str) -> Result<Self, IndexError> {
        match mode.trim().to_ascii_lowercase().as_str() {
            "most" => Ok(QueryMode::MostWords),
            "all" => Ok(QueryMode::AllWords),
            "any" => Ok(QueryMode::AnyWords),
            _ => Err(IndexError::Query {
                query: mode.to_string(),
                reason: "the query mode is \"most\", \"all\" or \"any\"".to_string(),
            }),
        }
    }
}
