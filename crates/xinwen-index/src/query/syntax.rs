//! The query syntax: what users type, split into pieces.

/// One piece of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Piece {
    /// Plain words.
    Words(String),
    /// An `"exact phrase"`.
    Phrase(String),
    /// `field:value`.
    Field(String, String),
    /// `OR` between alternatives.
    Or,
}

/// Splits a query into pieces, each marked `true` when excluded (`-word`, `NOT word`).
pub(super) fn pieces(query: &str) -> Vec<(bool, Piece)> {
    let mut out = Vec::new();
    let mut rest = query.trim();
    let mut negate_next = false;
    while !rest.is_empty() {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let mut negated = std::mem::take(&mut negate_next);
        if let Some(r) = rest.strip_prefix('-') {
            negated = true;
            rest = r;
        }
        if let Some(r) = rest.strip_prefix(['"', '“', '”', '「']) {
            let end = r.find(['"', '“', '”', '」']).unwrap_or(r.len());
            out.push((negated, Piece::Phrase(r[..end].to_string())));
            rest = r
                .get(end..)
                .map(|s| s.trim_start_matches(['"', '“', '”', '」']))
                .unwrap_or("");
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..end];
        rest = &rest[end..];
        match word {
            "OR" | "|" => out.push((false, Piece::Or)),
            "AND" | "&&" => {}
            "NOT" => negate_next = true,
            _ => match word.split_once([':', '：']) {
                Some((field, value)) if !field.is_empty() && !value.is_empty() => out.push((
                    negated,
                    Piece::Field(field.to_ascii_lowercase(), value.to_string()),
                )),
                _ => out.push((negated, Piece::Words(word.to_string()))),
            },
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_queries() {
        assert_eq!(
            pieces(r#"疫情 "防控 工作" -延吉 person:洪慶 OR x"#),
            [
                (false, Piece::Words("疫情".into())),
                (false, Piece::Phrase("防控 工作".into())),
                (true, Piece::Words("延吉".into())),
                (false, Piece::Field("person".into(), "洪慶".into())),
                (false, Piece::Or),
                (false, Piece::Words("x".into())),
            ]
        );
        assert_eq!(
            pieces("\"unclosed"),
            [(false, Piece::Phrase("unclosed".into()))]
        );
        assert_eq!(pieces("a: :b NOT c").len(), 3);
        assert_eq!(pieces("「防控」 -“延吉”").len(), 2);
    }
}
