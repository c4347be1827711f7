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

/// `tree` with the numbers of fields (`field=1,`, `Field(1)`) replaced by their names.
fn named_fields(tree: &str, schema: &Schema) -> String {
    let mut out = tree.to_string();
    for (field, entry) in schema.fields() {
        let n = field.field_id();
        out = (out.replace(&format!("field={n},"), &format!("field={},", entry.name())))
            .replace(&format!("Field({n})"), &format!("Field({})", entry.name()));
    }
    out
}
