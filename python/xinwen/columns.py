"""Pages in Arrow batches: the function to hand to Ray Data, Spark and Dask.

The pages of a ``pyarrow`` column go to Rust as the column's buffers, are extracted in
parallel without the GIL, and come back as one Arrow table read by pyarrow's JSON
reader: no Python object is made per page or per article."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Optional, Sequence, TypeVar

from xinwen import _xinwen
from xinwen._schema import record_schema

if TYPE_CHECKING:
    import pyarrow

Batch = TypeVar("Batch")


def extract_arrow(
    batch: Batch,
    column: str = "html",
    url_column: Optional[str] = None,
    *,
    metadata_columns: Sequence[str] = (),
    workers: Optional[int] = None,
    entities: bool = True,
    keywords: bool = True,
    script: str = "original",
    crawl_date: Optional[str] = None,
    max_page_mb: int = 32,
) -> Batch:
    """Extracts the page in ``column`` of every row of ``batch`` (a ``pyarrow.Table``,
    a ``pyarrow.RecordBatch`` or a pandas DataFrame) and returns the same kind of
    batch: one row per input row, in order, with the record's columns (the schema of
    :func:`xinwen.to_arrow`) followed by the other columns of the input. An input
    column whose name is a record field (``id``, say) is carried as ``input_id``.

    ``column`` holds bytes (any encoding, detected) or text; ``url_column`` names a
    column of URLs; ``metadata_columns`` are given to extraction as each page's
    metadata, as the other keys of a JSON line are (a ``title`` or a publication-time
    column is evidence for those fields) and recorded in ``metadata``. A page that fails, or a missing one, gives a row whose ``error``
    is set. Pages are extracted on ``workers`` threads (all cores by default) with the
    GIL released; the language resources load once per process. The other options
    are those of :func:`xinwen.read`.

    >>> import pyarrow as pa, xinwen
    >>> pages = pa.table({
    ...     "html": ["<html><head><title>青禾市召开防汛会议_青禾新闻</title></head><body>"
    ...              "<h1>青禾市召开防汛会议</h1><p>6月14日上午，青禾市召开防汛工作会议，部署全市防汛工作。</p>"
    ...              "</body></html>", None],
    ...     "crawl_id": [7, 8],
    ... })
    >>> out = xinwen.extract_arrow(pages)
    >>> out.column("title").to_pylist(), out.column("crawl_id").to_pylist()
    (['青禾市召开防汛会议', None], [7, 8])
    >>> out.column("error").to_pylist()[1] is not None
    True
    """
    import pyarrow as pa

    if isinstance(batch, pa.RecordBatch):
        table = pa.Table.from_batches([batch])
    elif isinstance(batch, pa.Table):
        table = batch
    elif type(batch).__module__.startswith("pandas"):
        table = pa.Table.from_pandas(batch, preserve_index=False)
    else:
        raise TypeError(f"extract_arrow() takes a pyarrow Table or RecordBatch or a pandas DataFrame, not {type(batch)}")
    if column not in table.column_names:
        raise KeyError(f"no column {column!r} in the batch (columns: {', '.join(table.column_names)})")
    if url_column is not None and url_column not in table.column_names:
        raise KeyError(f"no column {url_column!r} in the batch")
    pages, text = _values(table.column(column), f"column {column!r}")
    options: dict[str, Any] = dict(
        workers=workers,
        entities=entities,
        keywords=keywords,
        script=script,
        crawl_date=crawl_date,
        max_page_mb=max_page_mb,
    )
    if url_column is not None:
        urls, _ = _values(table.column(url_column), f"column {url_column!r}", text=True)
        options.update(url_offsets=urls[0], url_data=urls[1], url_first=urls[2])
    for name in metadata_columns:
        if name not in table.column_names:
            raise KeyError(f"no column {name!r} in the batch")
    metadata = [(name, *_values(table.column(name).cast(pa.string()), name, text=True)[0]) for name in metadata_columns]
    missing = _missing(table.column(column))
    lines, longest = _xinwen.extract_column_buffers(
        pages[0], pages[1], pages[2], table.num_rows, text=text, missing=missing, metadata=metadata, **options
    )
    records = _records(lines, longest)
    carried = [name for name in table.column_names if name != column and not (name == url_column == "url")]
    fields = set(records.column_names)
    for name in carried:
        records = records.append_column(f"input_{name}" if name in fields else name, table.column(name))
    if isinstance(batch, pa.RecordBatch):
        return _one_batch(records)  # type: ignore[return-value]
    if isinstance(batch, pa.Table):
        return records  # type: ignore[return-value]
    return records.to_pandas()  # type: ignore[no-any-return]


def _values(column: pyarrow.ChunkedArray, what: str, text: Optional[bool] = None) -> tuple[tuple[bytes, bytes, int], bool]:
    """The offsets and data buffers (as bytes) and first row of a column of bytes or
    text, and whether it is text; missing values are empty."""
    import pyarrow as pa
    import pyarrow.compute as pc

    kind = column.type
    views = getattr(pa.types, "is_string_view", None), getattr(pa.types, "is_binary_view", None)  # pyarrow >= 16
    is_text = pa.types.is_string(kind) or pa.types.is_large_string(kind) or bool(views[0] and views[0](kind))
    is_bytes = pa.types.is_binary(kind) or pa.types.is_large_binary(kind) or bool(views[1] and views[1](kind))
    if not (is_text or is_bytes):
        raise TypeError(f"{what} holds {kind}, not pages as bytes or text")
    if text is not None:
        is_text = text
    wide = pa.large_string() if is_text else pa.large_binary()
    array = _one_array(column.cast(wide))
    if array.null_count:
        array = pc.fill_null(array, pa.scalar("" if is_text else b"", type=wide))
    _, offsets, data = array.buffers()
    return (offsets.to_pybytes(), data.to_pybytes() if data is not None else b"", array.offset), is_text


def _one_array(column: pyarrow.ChunkedArray) -> pyarrow.Array:
    """The column as one array, copied only when it is in several chunks."""
    return column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()


def _missing(column: pyarrow.ChunkedArray) -> Optional[bytes]:
    """A byte per row, 1 where the column holds no page; ``None`` when none is missing."""
    import pyarrow as pa

    if column.null_count == 0:
        return None
    flags = column.is_null().cast(pa.uint8()).combine_chunks()
    return flags.buffers()[1].to_pybytes()[flags.offset :]


@lru_cache(maxsize=1)
def _json_schema() -> pyarrow.Schema:
    """The record schema as pyarrow's JSON reader can read it: spans as plain lists,
    ``metadata`` as a list of ``{key, value}``."""
    import pyarrow as pa

    def readable(kind: pyarrow.DataType) -> pyarrow.DataType:
        if pa.types.is_fixed_size_list(kind) or pa.types.is_list(kind):
            return pa.list_(readable(kind.value_type))
        if pa.types.is_map(kind):
            return pa.list_(pa.struct([("key", kind.key_type), ("value", kind.item_type)]))
        if pa.types.is_struct(kind):
            return pa.struct([pa.field(f.name, readable(f.type)) for f in kind])
        return kind

    return pa.schema([pa.field(f.name, readable(f.type)) for f in record_schema()])


def _records(lines: bytes, longest: int) -> pyarrow.Table:
    """The records of JSON lines, the longest ``longest`` bytes, as a table of the
    record schema. pyarrow reads blocks of lines on its threads; a block must hold the
    longest line whole."""
    import pyarrow as pa
    import pyarrow.json as pj

    schema = record_schema()
    if not lines:
        return schema.empty_table()
    read = pj.ReadOptions(block_size=max(1 << 20, longest + 1))
    parse = pj.ParseOptions(explicit_schema=_json_schema(), unexpected_field_behavior="ignore")
    table = pj.read_json(pa.BufferReader(lines), read_options=read, parse_options=parse)
    columns = []
    for field in schema:
        values = _one_array(table.column(field.name))
        if pa.types.is_map(field.type):
            pairs = values.values
            values = pa.MapArray.from_arrays(values.offsets, pairs.field("key"), pairs.field("value"))
        columns.append(values.cast(field.type))
    return pa.Table.from_arrays(columns, schema=schema)


def _one_batch(table: pyarrow.Table) -> pyarrow.RecordBatch:
    import pyarrow as pa

    batches = table.combine_chunks().to_batches()
    if batches:
        return batches[0]
    return pa.RecordBatch.from_arrays([pa.array([], type=f.type) for f in table.schema], schema=table.schema)
