"""Beyond one machine: `extract_arrow` under Ray Data and PySpark gives the records
`xinwen.extract` gives, over the example corpus and 400 real CCTV pages; `open_many`
answers as one index (docs/scaling.md)."""

from __future__ import annotations

import io
import os
import sys
import tarfile
from pathlib import Path

import pyarrow as pa
import pytest
import xinwen

CCTV_PAGES = 400
FIELDS = ["title", "published", "text", "error"]


@pytest.fixture(scope="module")
def pages(shared: Path, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> pa.Table:
    """The example corpus and the first 400 CCTV pages, as a table of bytes with their
    names, also written out as files under `pages.dir`."""
    import zstandard

    names, contents = [], []
    for page in sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".html")):
        names.append(page.name)
        contents.append(page.read_bytes())
    with open(shared / "bench" / "cctv_pages_4000.tar.zst", "rb") as packed:
        data = zstandard.ZstdDecompressor().stream_reader(packed).read()
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        members = [m for m in archive.getmembers() if m.isfile()][:CCTV_PAGES]
        for member in members:
            names.append(Path(member.name).name)
            contents.append(archive.extractfile(member).read())  # type: ignore[union-attr]
    folder = tmp_path_factory.mktemp("pages")
    for name, content in zip(names, contents):
        (folder / name).write_bytes(content)
    table = pa.table({"html": pa.array(contents, pa.binary()), "name": names})
    return table.replace_schema_metadata({"dir": str(folder)})


@pytest.fixture(scope="module")
def expected(pages: pa.Table) -> dict[str, tuple[object, ...]]:
    """What `xinwen.extract` gives for each page, by file name."""
    folder = pages.schema.metadata[b"dir"].decode()
    articles = xinwen.extract(folder, progress=False)
    assert len(articles) == pages.num_rows
    return {Path(a.path or "").name: tuple(getattr(a, f) for f in FIELDS) for a in articles}


def by_name(table: pa.Table) -> dict[str, tuple[object, ...]]:
    rows = table.select(["name", *FIELDS]).to_pylist()
    return {row["name"]: tuple(row[f] for f in FIELDS) for row in rows}


def test_extract_arrow_gives_the_records_of_extract(pages: pa.Table, expected: dict[str, tuple[object, ...]]) -> None:
    out = xinwen.extract_arrow(pages)
    assert out.schema.names[: len(xinwen.to_arrow([]).schema)] == xinwen.to_arrow([]).schema.names
    assert out.schema.field("people").type == xinwen.to_arrow([]).schema.field("people").type
    assert out.column("name").to_pylist() == pages.column("name").to_pylist(), "rows in input order"
    assert by_name(out) == expected
    assert sum(1 for row in expected.values() if row[0]) >= CCTV_PAGES, "titles found"

    batch = xinwen.extract_arrow(pages.slice(0, 20).to_batches()[0], workers=1)
    assert isinstance(batch, pa.RecordBatch) and batch.num_rows == 20
    frame = xinwen.extract_arrow(pages.slice(0, 3).to_pandas())
    assert list(frame["title"]) == [expected[n][0] for n in frame["name"]]


def test_extract_arrow_text_urls_missing_pages_and_name_clashes() -> None:
    page = "青禾市召开防汛工作会议\n\n2024年6月14日 10:00\n\n6月14日上午，青禾市召开防汛工作会议，部署全市防汛工作。"
    table = pa.table(
        {
            "content": [page, None, ""],
            "url": ["https://news.example.cn/2024/0614/a.html", None, "https://news.example.cn/b.html"],
            "id": [1, 2, 3],
        }
    )
    out = xinwen.extract_arrow(table, column="content", url_column="url", script="simplified")
    assert out.column("title").to_pylist()[0] == "青禾市召开防汛工作会议"
    assert out.column("url").to_pylist() == ["https://news.example.cn/2024/0614/a.html", None, "https://news.example.cn/b.html"]
    errors = out.column("error").to_pylist()
    assert errors[0] is None and "null" in errors[1], "a missing page is a row with its error"
    assert errors[2] is None and out.column("text").to_pylist()[2] == "", "an empty page, an empty record (as a file)"
    assert out.column("input_id").to_pylist() == [1, 2, 3], "an input column named like a field is kept aside"
    assert "content" not in out.column_names
    with pytest.raises(TypeError):
        xinwen.extract_arrow(pa.table({"html": [1, 2]}))
    with pytest.raises(KeyError):
        xinwen.extract_arrow(table)
    assert xinwen.extract_arrow(table.slice(0, 0), column="content").num_rows == 0


def test_extract_arrow_reads_records_longer_than_a_block() -> None:
    # the records come back as JSON lines read by pyarrow in blocks of 1 MB or more: a
    # record longer than a block, between short ones, is read whole and in its row
    long = "\n".join(f"第{n}段：青禾市召开防汛工作会议，部署全市防汛工作。" for n in range(50_000))
    table = pa.table({"content": ["柳塘镇召开森林防火工作会议。", long, "青禾市召开防汛工作会议。"] * 2, "row": range(6)})
    out = xinwen.extract_arrow(table, column="content", entities=False, keywords=False)
    assert out.column("row").to_pylist() == list(range(6))
    lengths = [len(text) for text in out.column("text").to_pylist()]
    assert lengths[1] == lengths[4] > 1_000_000 and max(lengths[0], lengths[2]) < 20, lengths
    assert out.column("error").null_count == 6


def test_ray_data_map_batches(pages: pa.Table, expected: dict[str, tuple[object, ...]]) -> None:
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        ray.data.DataContext.get_current().enable_progress_bars = False
        dataset = ray.data.from_arrow(pages).repartition(8)
        out = dataset.map_batches(xinwen.extract_arrow, batch_format="pyarrow", fn_kwargs={"workers": 1})
        table = pa.concat_tables(ray.get(out.to_arrow_refs()))
    finally:
        ray.shutdown()
    assert table.num_rows == pages.num_rows
    assert by_name(table) == expected


def test_spark_map_in_arrow(pages: pa.Table, expected: dict[str, tuple[object, ...]]) -> None:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "100")
        .getOrCreate()
    )
    try:
        frame = spark.createDataFrame(pages.select(["name", "html"]))

        def extract(batches):  # type: ignore[no-untyped-def]
            import xinwen

            for batch in batches:
                yield xinwen.extract_arrow(batch, workers=1).select(["name", *FIELDS])

        schema = "name string, title string, published string, text string, error string"
        rows = frame.repartition(4).mapInArrow(extract, schema).toArrow()
    finally:
        spark.stop()
    assert rows.num_rows == pages.num_rows
    assert by_name(rows) == expected


def test_extract_arrow_reads_a_json_lines_crawl_as_xinwen_extract_does(shared: Path, tmp_path: Path) -> None:
    """The first 300 news-broadcast items as a JSONL file and as an Arrow table of the
    same lines: the table's other columns, given as metadata, are the same evidence as
    the other keys of a JSON line."""
    import pyarrow.json as pj
    import zstandard

    lines = []
    with open(shared / "bench" / "xwlb_2012_2026.jsonl.zst", "rb") as packed:
        reader = io.TextIOWrapper(zstandard.ZstdDecompressor().stream_reader(packed), encoding="utf-8")
        for line in reader:
            lines.append(line)
            if len(lines) == 300:
                break
    crawl = tmp_path / "items.jsonl"
    crawl.write_text("".join(lines), encoding="utf-8")
    expected = [(a.title, a.published, a.text) for a in xinwen.extract(crawl, field="content", progress=False)]
    table = pj.read_json(crawl)
    others = [c for c in table.column_names if c not in ("content", "url")]
    out = xinwen.extract_arrow(table, column="content", url_column="url", metadata_columns=others)
    got = list(zip(out.column("title").to_pylist(), out.column("published").to_pylist(), out.column("text").to_pylist()))
    assert got == expected
    assert dict(out.column("metadata").to_pylist()[0])["title"] == table.column("title")[0].as_py()
