//! Linked data (`<script type="application/ld+json">`): the headline, the publication
//! time and the authors a page declares there, read as `<meta>` pairs named `ld:…`.

use serde_json::Value;

/// How deep into nested objects the reader goes (`@graph` lists, `mainEntity`, …).
const MAX_DEPTH: usize = 6;

/// The properties read, and the `<meta>` name each becomes.
const PROPERTIES: &[(&str, &str)] = &[
    ("headline", "ld:headline"),
    ("datePublished", "ld:datepublished"),
    ("dateCreated", "ld:datecreated"),
    ("dateModified", "ld:datemodified"),
    ("author", "ld:author"),
];

/// The `ld:` pairs a JSON-LD script declares; nothing when it is not JSON.
pub(super) fn read(script: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    // `serde_json` reads nested input with a recursion limit: a hostile page fails to
    // parse, it does not overflow the stack
    if let Ok(value) = serde_json::from_str::<Value>(script.trim()) {
        collect(&value, 0, &mut found);
    }
    found
}

fn collect(value: &Value, depth: usize, found: &mut Vec<(String, String)>) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect(v, depth + 1, found)),
        Value::Object(object) => {
            for (property, name) in PROPERTIES {
                let Some(v) = object.get(*property) else {
                    continue;
                };
                for text in texts(v) {
                    found.push(((*name).to_string(), text));
                }
            }
            (object.iter())
                .filter(|(k, _)| !PROPERTIES.iter().any(|(p, _)| p == k))
                .for_each(|(_, v)| collect(v, depth + 1, found));
        }
        _ => {}
    }
}

/// The texts a property holds: a string, the `name` of an object, each of a list.
fn texts(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => vec![s.trim().to_string()],
        Value::Object(o) => o.get("name").map(texts).unwrap_or_default(),
        Value::Array(items) => items.iter().take(16).flat_map(texts).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::read;

    #[test]
    fn reads_headline_date_and_authors_from_a_graph() {
        let script = r#"{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
            "headline":"為實現碳中和 航空業改用廢食用油","datePublished":"2023-01-12T16:24:00+09:00",
            "author":[{"@type":"Person","name":"関谷智"},{"name":"王小明"}]}]}"#;
        let pairs = read(script);
        let get = |n: &str| -> Vec<&str> {
            (pairs.iter().filter(|(k, _)| k == n))
                .map(|(_, v)| v.as_str())
                .collect()
        };
        assert_eq!(get("ld:headline"), ["為實現碳中和 航空業改用廢食用油"]);
        assert_eq!(get("ld:datepublished"), ["2023-01-12T16:24:00+09:00"]);
        assert_eq!(get("ld:author"), ["関谷智", "王小明"]);
    }

    #[test]
    fn broken_or_deep_scripts_give_nothing() {
        assert!(read("{\"headline\": ").is_empty());
        assert!(read("not json").is_empty());
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        assert!(read(&deep).is_empty());
    }
}
