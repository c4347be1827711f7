"""Throughput of xinwen on a local Ray (2 workers) and a local Spark (`local[2]`) beside
`xinwen.extract` on the same 2 cores and the same CCTV pages (issue 16's figure).

    .venv/bin/python bench/bench_scaling.py [--pages 4000]

Times exclude starting Ray or Spark (paid once per cluster, not per job) and include
everything from the table of pages to the table of records in the driver.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import xinwen
import zstandard

SHARED = Path(os.environ.get("XINWEN_SHARED", Path(__file__).resolve().parents[2] / "shared"))
KEPT = ["name", "title", "published", "text", "error"]


def cctv_pages(count: int) -> pa.Table:
    with open(SHARED / "bench" / "cctv_pages_4000.tar.zst", "rb") as packed:
        data = zstandard.ZstdDecompressor().stream_reader(packed).read()
    names, contents = [], []
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        for member in [m for m in archive.getmembers() if m.isfile()][:count]:
            names.append(Path(member.name).name)
            contents.append(archive.extractfile(member).read())  # type: ignore[union-attr]
    return pa.table({"html": pa.array(contents, pa.binary()), "name": names})


def timed(what: str, run) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    rows = run()
    seconds = time.perf_counter() - start
    print(f"{what:<44} {seconds:7.2f} s  {rows / seconds:7.1f} pages/s", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=4000)
    args = parser.parse_args()
    pages = cctv_pages(args.pages)
    megabytes = sum(len(v.as_py()) for v in pages.column("html")) / 1e6
    print(f"{pages.num_rows} CCTV pages, {megabytes:.1f} MB, 2 cores")
    xinwen.parse("预热")  # the language resources, loaded once per process

    with tempfile.TemporaryDirectory() as folder:
        for name, html in zip(pages.column("name").to_pylist(), pages.column("html").to_pylist()):
            (Path(folder) / name).write_bytes(html)
        base = timed("xinwen.extract (files, 2 threads)", lambda: len(xinwen.extract(folder, workers=2, progress=False)))
    timed("xinwen.extract_arrow (table, 2 threads)", lambda: xinwen.extract_arrow(pages, workers=2).num_rows)

    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ray.data.DataContext.get_current().enable_progress_bars = False

    def on_ray() -> int:
        dataset = ray.data.from_arrow(pages).repartition(16)
        out = dataset.map_batches(xinwen.extract_arrow, batch_format="pyarrow", fn_kwargs={"workers": 1})
        return sum(t.num_rows for t in ray.get(out.to_arrow_refs()))

    on_ray()  # workers start and load the resources once
    ray_seconds = timed("Ray Data map_batches (2 workers x 1 thread)", on_ray)
    ray.shutdown()

    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    frame = spark.createDataFrame(pages).repartition(16).cache()
    frame.count()

    def extract(batches):  # type: ignore[no-untyped-def]
        import xinwen

        for batch in batches:
            yield xinwen.extract_arrow(batch, workers=1).select(KEPT)

    schema = "name string, title string, published string, text string, error string"
    frame.mapInArrow(extract, schema).count()  # the Python workers start
    spark_seconds = timed("Spark mapInArrow (local[2])", lambda: frame.mapInArrow(extract, schema).toArrow().num_rows)
    spark.stop()
    print(f"Ray / xinwen.extract throughput: {base / ray_seconds:.2f}x; Spark: {base / spark_seconds:.2f}x")


if __name__ == "__main__":
    main()
