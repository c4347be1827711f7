//! How a query is read: the query each tier of a mode runs, shown without an index.

use tantivy::schema::Schema;

use crate::query::{QueryBuilder, QueryMode};
use crate::{ChineseTokenizer, IndexError, schema, simplify};

/// How `query` is read in `mode`: for each tier the mode tries in turn (see
/// [`QueryMode`]), the query it runs against the index as a tree of terms (`None` when
/// the tier has nothing to search). Terms are simplified and cut as the index cuts them.
///
/// ```
/// use xinwen_index::{explain_query, QueryMode};
///
/// let tiers = explain_query("檢查指導 -會議", QueryMode::AllWords).unwrap();
/// assert_eq!(tiers.len(), 1);
/// assert!(tiers[0].contains("检查") && tiers[0].contains("MustNot"), "{}", tiers[0]);
/// assert!(tiers[0].contains("field=title,"), "fields by name: {}", tiers[0]);
/// assert_eq!(explain_query("哪个县的农村公路正在改建？", QueryMode::MostWords).unwrap().len(), 2);
/// ```
pub fn explain_query(query: &str, mode: QueryMode) -> Result<Vec<String>, IndexError> {
    let (schema, fields) = schema::schema();
    let builder = QueryBuilder::new(&fields, ChineseTokenizer::new()?, &simplify);
    Ok((mode.tiers().iter())
        .map(|tier| match builder.build_with(query, *tier) {
            Some(q) => named_fields(&format!("{q:?}"), &schema),
            None => "None".to_string(),
        })
        .collect())
}

/// `tree` with the numbers of fields (`field=1,`, `Field(1)`) replaced by their names,
/// in one pass over it.
fn named_fields(tree: &str, schema: &Schema) -> String {
    let mut out = String::with_capacity(tree.len() + tree.len() / 4);
    let mut at = 0;
    while let Some(found) = tree.get(at..).and_then(|rest| rest.find("ield")) {
        let start = at + found;
        // `field=N,` or `Field(N)`: the letter before "ield", then the separator
        let opening = match (
            start.checked_sub(1).map(|i| tree.as_bytes()[i]),
            tree.as_bytes().get(start + 4),
        ) {
            (Some(b'f'), Some(b'=')) => Some(","),
            (Some(b'F'), Some(b'(')) => Some(")"),
            _ => None,
        };
        let digits_from = start + 5;
        let digits = (tree.get(digits_from..).unwrap_or(""))
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        let closes = opening.is_some_and(|close| {
            tree.get(digits_from + digits..)
                .is_some_and(|r| r.starts_with(close))
        });
        let name = (tree.get(digits_from..digits_from + digits))
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|_| closes && digits > 0)
            .and_then(|n| {
                schema
                    .fields()
                    .nth(n as usize)
                    .filter(|(f, _)| f.field_id() == n)
            })
            .map(|(_, entry)| entry.name());
        match name {
            Some(name) => {
                out.push_str(&tree[at..digits_from]);
                out.push_str(name);
                at = digits_from + digits;
            }
            None => {
                out.push_str(&tree[at..start + 4]);
                at = start + 4;
            }
        }
    }
    out.push_str(tree.get(at..).unwrap_or(""));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_every_field_and_keeps_the_rest() {
        let (schema, _) = schema::schema();
        let name = |n: u32| schema.get_field_name(tantivy::schema::Field::from_field_id(n));
        let tree =
            "Term(field=1, type=Str, \"ield\"), Field(2), field=x, Field(99999), Fie, field=3";
        let want = format!(
            "Term(field={}, type=Str, \"ield\"), Field({}), field=x, Field(99999), Fie, field=3",
            name(1),
            name(2)
        );
        assert_eq!(named_fields(tree, &schema), want);
        assert_eq!(named_fields("", &schema), "");
        assert_eq!(named_fields("ield", &schema), "ield");
        assert_eq!(
            named_fields("汉字field=0,字", &schema),
            format!("汉字field={},字", name(0))
        );
    }
}
