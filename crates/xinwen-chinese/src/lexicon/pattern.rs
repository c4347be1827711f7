//! Regular expressions of the lexicon: templates whose words come from word lists.

use std::collections::HashMap;

use regex::Regex;
use xinwen_core::Error;

use super::WordList;

/// A regular expression read from a data file of the lexicon (`*.re`), compiled once.
///
/// The file is written in verbose mode (`(?x)`: spaces are ignored, `#` starts a
/// comment; a space to match is `\ ` or `\s`), and `{folder/list}` stands for the
/// entries of that word list, longest first, as one group: the words stay in their
/// list, the pattern only says how they are put together.
#[derive(Debug, Clone)]
pub struct Pattern {
    name: &'static str,
    regex: Regex,
}

impl Pattern {
    /// Compiles the template `text` of pattern `name`, filling in the word lists it
    /// names from `lists`.
    pub fn compile(
        name: &'static str,
        text: &str,
        lists: &HashMap<&str, &WordList>,
    ) -> Result<Self, Error> {
        let mut expanded = String::from("(?x)");
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let (before, after) = rest.split_at(open);
            expanded.push_str(before);
            let close = after.find('}').unwrap_or(after.len());
            let inner = after.get(1..close).unwrap_or("");
            let is_list = !inner.is_empty()
                && inner
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_' || c == '/');
            if is_list {
                let list = lists.get(inner).ok_or_else(|| {
                    Error::Resource(format!("pattern {name}: no word list {inner}"))
                })?;
                expanded.push_str("(?:");
                expanded.push_str(&list.alternation());
                expanded.push(')');
                rest = after.get(close + 1..).unwrap_or("");
            } else {
                expanded.push('{');
                rest = after.get(1..).unwrap_or("");
            }
        }
        expanded.push_str(rest);
        let regex = Regex::new(&expanded)
            .map_err(|e| Error::Resource(format!("pattern {name} does not compile: {e}")))?;
        Ok(Pattern { name, regex })
    }

    /// The data file the pattern came from.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The compiled expression.
    pub fn regex(&self) -> &Regex {
        &self.regex
    }
}

impl std::ops::Deref for Pattern {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        &self.regex
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_in_lists_and_keeps_quantifiers() {
        let roles = WordList::parse("roles", "记者\n本报记者\n");
        let lists: HashMap<&str, &WordList> = [("credits/roles", &roles)].into();
        let p = Pattern::compile(
            "p",
            "^ {credits/roles} \\s* (\\p{Han}{2,3})  # a role and a name\n",
            &lists,
        )
        .unwrap();
        let caps = p.captures("本报记者 王小明").unwrap();
        assert_eq!(&caps[0], "本报记者 王小明");
        assert_eq!(&caps[1], "王小明");
        let missing = Pattern::compile("p", "{credits/none}", &lists);
        assert!(missing.is_err());
        assert!(Pattern::compile("p", "(", &lists).is_err());
    }
}
