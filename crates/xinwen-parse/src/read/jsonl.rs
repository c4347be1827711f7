//! JSON-lines collections: one page per line.

use std::collections::BTreeMap;
use std::io::{BufRead, Read};

use serde_json::Value;
use xinwen_core::Error;

use super::page::{Content, Failed, RawPage, ReadItem, ReadOptions};

/// Fields tried, in order, for the page when no field is named.
const CONTENT_FIELDS: &[&str] = &["html", "content", "text", "body", "raw"];

/// The pages of a JSONL stream, read one line at a time.
pub struct JsonLines {
    reader: Box<dyn BufRead + Send>,
    path: String,
    field: Option<String>,
    line_number: usize,
    line: Vec<u8>,
    max_line: usize,
}

impl JsonLines {
    /// Pages from `reader`, which reads the file `path`.
    pub fn new(reader: Box<dyn BufRead + Send>, path: &str, options: &ReadOptions) -> Self {
        JsonLines {
            reader,
            path: path.to_string(),
            field: options.field.clone(),
            line_number: 0,
            line: Vec::new(),
            max_line: options.max_page_bytes,
        }
    }

    fn failed(&self, message: String) -> ReadItem {
        Err(Failed {
            path: Some(self.path.clone()),
            error: Error::Decode(format!(
                "{} line {}: {message}",
                self.path, self.line_number
            )),
            line: Some(self.line_number),
        })
    }

    fn page(&self, value: Value) -> ReadItem {
        let Value::Object(object) = value else {
            return self.failed("not a JSON object".into());
        };
        let field = match &self.field {
            Some(f) => object.contains_key(f.as_str()).then_some(f.as_str()),
            None => (CONTENT_FIELDS.iter().copied()).find(|f| object.contains_key(*f)),
        };
        let Some(field) = field else {
            let wanted = self
                .field
                .clone()
                .unwrap_or_else(|| CONTENT_FIELDS.join("/"));
            return self.failed(format!("no field {wanted}"));
        };
        let mut text = None;
        let mut url = None;
        let mut metadata = BTreeMap::new();
        metadata.insert("line".to_string(), self.line_number.to_string());
        for (key, value) in object {
            match (key.as_str(), value) {
                (k, Value::String(s)) if k == field => text = Some(s),
                ("url", Value::String(s)) => url = Some(s),
                (_, Value::String(s)) => {
                    metadata.insert(key, s);
                }
                (_, Value::Null) => {}
                (_, other) => {
                    metadata.insert(key, other.to_string());
                }
            }
        }
        let Some(text) = text else {
            return self.failed(format!("field {field} is not a string"));
        };
        Ok(RawPage {
            content: Content::Text(text),
            path: Some(self.path.clone()),
            url,
            metadata,
        })
    }
}

impl Iterator for JsonLines {
    type Item = ReadItem;

    fn next(&mut self) -> Option<ReadItem> {
        loop {
            self.line.clear();
            self.line_number += 1;
            // at most the size limit of a line is held: a longer one is skipped
            let limit = u64::try_from(self.max_line).unwrap_or(u64::MAX);
            let read = (&mut self.reader)
                .take(limit.saturating_add(1))
                .read_until(b'\n', &mut self.line);
            let error = match read {
                Ok(0) => return None,
                Ok(_) if self.line.len() > self.max_line && self.line.last() != Some(&b'\n') => {
                    let skipped = self.reader.skip_until(b'\n');
                    let at = format!("{} line {}", self.path, self.line_number);
                    skipped.err().map_or_else(
                        || super::open::too_large(&at, self.max_line),
                        |e| Error::io(at.as_str(), e),
                    )
                }
                // checked first by the vectorized validator, then by the standard
                // library only for its error message
                Ok(_) => match simdutf8::basic::from_utf8(&self.line)
                    .or_else(|_| std::str::from_utf8(&self.line))
                {
                    Ok(line) if line.trim().is_empty() => continue,
                    Ok(line) => {
                        return Some(match serde_json::from_str::<Value>(line.trim()) {
                            Ok(value) => self.page(value),
                            Err(e) => self.failed(format!("invalid JSON: {e}")),
                        });
                    }
                    Err(e) => return Some(self.failed(format!("not UTF-8: {e}"))),
                },
                Err(e) => Error::io(format!("{} line {}", self.path, self.line_number), e),
            };
            return Some(Err(Failed {
                path: Some(self.path.clone()),
                error,
                line: Some(self.line_number),
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages(input: &str, field: Option<&str>) -> Vec<ReadItem> {
        let options = ReadOptions {
            field: field.map(String::from),
            ..ReadOptions::default()
        };
        let reader = Box::new(std::io::Cursor::new(input.as_bytes().to_vec()));
        JsonLines::new(reader, "x.jsonl", &options).collect()
    }

    #[test]
    fn reads_pages_and_keeps_other_fields() {
        let input = "{\"id\": \"V1\", \"url\": \"https://a/1\", \"content\": \"<p>新闻</p>\", \"n\": 3}\n\nnot json\n{\"title\": \"x\"}\n";
        let items = pages(input, None);
        assert_eq!(items.len(), 3);
        let page = items[0].as_ref().unwrap();
        assert_eq!(page.content, Content::Text("<p>新闻</p>".into()));
        assert_eq!(page.url.as_deref(), Some("https://a/1"));
        assert_eq!(page.metadata["id"], "V1");
        assert_eq!(page.metadata["n"], "3");
        assert_eq!(page.metadata["line"], "1");
        assert!(items[1].is_err());
        assert!(items[2].is_err());
    }

    /// A line over the size limit is a failed item, read no further; the next is read.
    #[test]
    fn a_line_over_the_limit() {
        let options = ReadOptions {
            max_page_bytes: 64,
            ..ReadOptions::default()
        };
        let long = format!("{{\"content\": \"{}\"}}\n", "新".repeat(100));
        let input = format!("{long}{{\"content\": \"短\"}}\n{long}");
        let reader = Box::new(std::io::Cursor::new(input.into_bytes()));
        let items: Vec<ReadItem> = JsonLines::new(reader, "x.jsonl", &options).collect();
        assert_eq!(items.len(), 3);
        let error = items[0].as_ref().unwrap_err();
        assert!(
            error.error.to_string().contains("larger than 64"),
            "{}",
            error.error
        );
        assert_eq!(error.line, Some(1));
        assert_eq!(
            items[1].as_ref().unwrap().content,
            Content::Text("短".into())
        );
        assert!(items[2].is_err());
    }

    #[test]
    fn a_named_field() {
        let items = pages(
            "{\"title\": \"标题\", \"content\": \"正文\"}",
            Some("title"),
        );
        let page = items[0].as_ref().unwrap();
        assert_eq!(page.content, Content::Text("标题".into()));
        assert_eq!(page.metadata["content"], "正文");
    }
}
