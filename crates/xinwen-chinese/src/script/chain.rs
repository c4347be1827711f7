//! A conversion the way OpenCC runs one: normalization, segmentation, then a chain of
//! stages, each a group of tables of which the first that matches wins.
//!
//! | step | what it does |
//! |---|---|
//! | normalization | compatibility ideographs to their unified forms, over the whole text |
//! | segmentation | the text cut into the phrases of one group (longest first) and the runs between them |
//! | stages | each segment converted by each stage in turn: at every position the longest key of the group's first table that has one, else the character as it is |
//!
//! The conversions themselves, which tables in which order, are [`Conversion::plan`].

use xinwen_core::Error;

use super::table::Table;

/// The conversions between scripts that xinwen offers, named as OpenCC names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Conversion {
    /// Traditional (OpenCC standard) → simplified.
    T2s,
    /// Traditional as written in Taiwan → simplified.
    Tw2s,
    /// Traditional as written in Hong Kong → simplified.
    Hk2s,
    /// Traditional of any region → simplified: Taiwan and Hong Kong variants both read.
    AnyToSimplified,
    /// Simplified → traditional (OpenCC standard).
    S2t,
    /// Simplified → traditional as written in Taiwan.
    S2tw,
    /// Simplified → traditional as written in Hong Kong.
    S2hk,
}

/// The tables of one conversion: names of OpenCC's tables, each stage a group.
struct Plan {
    normalize: &'static [&'static str],
    segment: &'static [&'static str],
    stages: &'static [&'static [&'static str]],
}

const NORMALIZE: &[&str] = &["CJK_Compatibility_Ideographs"];
const TO_SIMPLIFIED: &[&str] = &["TSPhrases", "TSCharactersExt", "TSCharacters"];
const TO_TRADITIONAL: &[&str] = &["STPhrases", "STCharacters"];

impl Conversion {
    /// Every conversion, in declaration order.
    pub const ALL: [Conversion; 7] = [
        Conversion::T2s,
        Conversion::Tw2s,
        Conversion::Hk2s,
        Conversion::AnyToSimplified,
        Conversion::S2t,
        Conversion::S2tw,
        Conversion::S2hk,
    ];

    /// The name OpenCC gives the conversion (`t2s`, `tw2s`, …; `any2s` for the
    /// conversion that reads both regions' variants).
    pub fn name(self) -> &'static str {
        match self {
            Conversion::T2s => "t2s",
            Conversion::Tw2s => "tw2s",
            Conversion::Hk2s => "hk2s",
            Conversion::AnyToSimplified => "any2s",
            Conversion::S2t => "s2t",
            Conversion::S2tw => "s2tw",
            Conversion::S2hk => "s2hk",
        }
    }

    /// The conversion called `name` (see [`name`](Conversion::name)).
    pub fn from_name(name: &str) -> Option<Conversion> {
        Conversion::ALL.into_iter().find(|c| c.name() == name)
    }

    fn plan(self) -> Plan {
        let (segment, stages): (&[&str], &[&[&str]]) = match self {
            Conversion::T2s => (&[], &[TO_SIMPLIFIED]),
            Conversion::Tw2s => (
                &["TSPhrases"],
                &[&["TWVariantsRevPhrases", "TWVariantsRev"], TO_SIMPLIFIED],
            ),
            Conversion::Hk2s => (
                &["TSPhrases"],
                &[&["HKVariantsRevPhrases", "HKVariantsRev"], TO_SIMPLIFIED],
            ),
            Conversion::AnyToSimplified => (
                &["TSPhrases"],
                &[
                    &[
                        "TWVariantsRevPhrases",
                        "HKVariantsRevPhrases",
                        "TWVariantsRev",
                        "HKVariantsRev",
                    ],
                    TO_SIMPLIFIED,
                ],
            ),
            Conversion::S2t => (&[], &[TO_TRADITIONAL]),
            Conversion::S2tw => (
                &["STPhrases"],
                &[TO_TRADITIONAL, &["TWVariantsPhrases", "TWVariants"]],
            ),
            Conversion::S2hk => (
                &["STPhrases"],
                &[TO_TRADITIONAL, &["HKVariantsPhrases", "HKVariants"]],
            ),
        };
        Plan {
            normalize: NORMALIZE,
            segment,
            stages,
        }
    }
}

/// Which matched keys a conversion applies (`None`: all).
pub(crate) type Accept<'f> = Option<&'f dyn Fn(&str) -> bool>;

/// Tables tried in order; the first one with a key at a position converts it.
#[derive(Debug)]
pub(crate) struct Group(Vec<&'static Table>);

impl Group {
    fn new(names: &[&str]) -> Result<Group, Error> {
        (names.iter())
            .map(|n| {
                Table::shared(n).ok_or_else(|| {
                    Error::Resource(format!("no conversion table {n} in this build"))
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Group)
    }

    /// The longest key at the start of `text` in the first table that has one.
    fn longest_prefix(&self, text: &str) -> Option<(usize, &'static str)> {
        self.0.iter().find_map(|t| t.longest_prefix(text))
    }

    /// Appends `text` converted by this group to `out`, converting only the keys that
    /// `accept` takes.
    fn convert_into(&self, text: &str, out: &mut String, accept: Accept) {
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            let found = (self.longest_prefix(rest))
                .filter(|&(len, _)| accept.is_none_or(|f| rest.get(..len).is_some_and(f)));
            match found {
                Some((len, value)) => {
                    out.push_str(value);
                    rest = rest.get(len..).unwrap_or("");
                }
                None => {
                    out.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
    }

    /// The tables of this group.
    pub(crate) fn tables(&self) -> &[&'static Table] {
        &self.0
    }
}

/// A conversion ready to run: its groups of tables loaded.
#[derive(Debug)]
pub(crate) struct Chain {
    normalize: Group,
    segment: Option<Group>,
    stages: Vec<Group>,
}

impl Chain {
    pub(crate) fn new(conversion: Conversion) -> Result<Chain, Error> {
        let plan = conversion.plan();
        Ok(Chain {
            normalize: Group::new(plan.normalize)?,
            segment: match plan.segment {
                [] => None,
                names => Some(Group::new(names)?),
            },
            stages: plan
                .stages
                .iter()
                .map(|s| Group::new(s))
                .collect::<Result<_, _>>()?,
        })
    }

    /// The groups of the stages, in order.
    pub(crate) fn stages(&self) -> &[Group] {
        &self.stages
    }

    /// `text` converted. The result has as many characters as `text`.
    pub(crate) fn convert(&self, text: &str) -> String {
        self.convert_accepting(text, None)
    }

    /// `text` converted where the stages' keys are ones `accept` takes (normalization
    /// always applies). The result has as many characters as `text`.
    pub(crate) fn convert_accepting(&self, text: &str, accept: Accept) -> String {
        let mut normalized = String::with_capacity(text.len());
        self.normalize.convert_into(text, &mut normalized, None);
        let mut out = String::with_capacity(text.len());
        let mut current = String::new();
        let mut next = String::new();
        for segment in self.segments(&normalized) {
            current.clear();
            current.push_str(segment);
            for stage in &self.stages {
                next.clear();
                stage.convert_into(&current, &mut next, accept);
                std::mem::swap(&mut current, &mut next);
            }
            out.push_str(&current);
        }
        out
    }

    /// The segments of `text`: the phrases of the segmentation group, longest first
    /// from left to right, and the runs between them; the whole text without one.
    fn segments<'t>(&self, text: &'t str) -> Vec<&'t str> {
        let Some(group) = &self.segment else {
            return vec![text];
        };
        let mut segments = Vec::new();
        let (mut run_start, mut i) = (0, 0);
        while let Some(c) = text.get(i..).and_then(|r| r.chars().next()) {
            match group.longest_prefix(&text[i..]) {
                Some((len, _)) => {
                    if run_start < i {
                        segments.push(&text[run_start..i]);
                    }
                    segments.push(&text[i..i + len]);
                    i += len;
                    run_start = i;
                }
                None => i += c.len_utf8(),
            }
        }
        if run_start < text.len() {
            segments.push(&text[run_start..]);
        }
        segments
    }
}
