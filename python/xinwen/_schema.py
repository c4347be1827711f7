"""The Arrow schema of the article record (``../spec/article.md``), so that tables of any
size, even empty ones, have the same column types."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow


def record_schema() -> pyarrow.Schema:
    """One field per record field, nested fields as lists of structs."""
    import pyarrow as pa

    text, flag = pa.string(), pa.bool_()
    span = pa.list_(pa.int64(), 2)

    def items(*fields: tuple[str, pyarrow.DataType]) -> pyarrow.DataType:
        return pa.list_(pa.struct(list(fields)))

    mentions = ("mentions", pa.list_(span))
    return pa.schema(
        [
            ("id", text),
            ("path", text),
            ("url", text),
            ("encoding", text),
            ("script", text),
            ("title", text),
            ("subtitle", text),
            ("published", text),
            ("published_year_inferred", flag),
            ("site", text),
            ("source", text),
            ("column", text),
            ("bylines", items(("role", text), ("name", text))),
            ("tags", pa.list_(text)),
            ("summary", text),
            ("paragraphs", pa.list_(text)),
            ("text", text),
            ("captions", items(("text", text), ("credit", text))),
            ("removed", items(("kind", text), ("text", text))),
            ("flags", items(("kind", text), ("start", pa.int64()), ("end", pa.int64()), ("text", text))),
            ("people", items(("name", text), ("titles", pa.list_(text)), mentions)),
            ("places", items(("name", text), ("level", text), mentions)),
            ("organizations", items(("name", text), ("kind", text), mentions)),
            (
                "dates",
                items(
                    ("text", text),
                    ("value", text),
                    ("start", pa.int64()),
                    ("end", pa.int64()),
                    ("part_of_day", text),
                ),
            ),
            (
                "keywords",
                items(("word", text), ("weight", pa.float64()), ("tfidf", pa.float64()), ("textrank", pa.float64())),
            ),
            (
                "events",
                items(
                    ("actor", text),
                    ("titles", pa.list_(text)),
                    ("action", text),
                    ("target", text),
                    ("place", text),
                    ("date", text),
                    ("sentence", text),
                ),
            ),
            (
                "quantities",
                items(
                    ("text", text),
                    ("value", pa.float64()),
                    ("unit", text),
                    ("start", pa.int64()),
                    ("end", pa.int64()),
                ),
            ),
            ("quotes", items(("text", text), ("start", pa.int64()), ("end", pa.int64()))),
            ("documents", items(("text", text), ("start", pa.int64()), ("end", pa.int64()))),
            ("meetings", items(("text", text), ("start", pa.int64()), ("end", pa.int64()))),
            ("metadata", pa.map_(text, text)),
            ("error", text),
        ]
    )
