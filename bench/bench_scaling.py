"""Throughput of xinwen on a local Ray (2 workers) and a local Spark (`local[2]`) beside
`xinwen.extract` on the same 2 cores and the same CCTV pages (issue 16's figure).

    .venv/bin/python bench/bench_scaling.py [--pages 4000]

Times exclude starting Ray or Spark and their workers (paid once per cluster, not per
job) and include everything from the table of pages to the table of records in the
driver; the last column is the throughput against `xinwen.extract`.
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
from typing import Callable

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


def blocks(pages: pa.Table, count: int) -> list[pa.Table]:
    """`pages` cut into `count` slices (Ray's blocks; no shuffle)."""
    n = pages.num_rows
    return [pages.slice(i * n // count, (i + 1) * n // count - i * n // count) for i in range(count)]


def best_of(rounds: int, runs: dict[str, Callable[[], int]], pages: int) -> dict[str, float]:
    """The best time of each run over `rounds` rounds, the runs interleaved so that a
    slow moment of a shared machine does not fall on one of them only."""
    best = {name: float("inf") for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            start = time.perf_counter()
            rows = run()
            best[name] = min(best[name], time.perf_counter() - start)
            assert rows == pages, (name, rows)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=4000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--blocks", type=int, default=4, help="Ray blocks (tasks) of the pages: about 1,000 pages each")
    parser.add_argument("--no-spark", action="store_true", help="leave Spark out")
    args = parser.parse_args()
    pages = cctv_pages(args.pages)
    megabytes = sum(len(v.as_py()) for v in pages.column("html")) / 1e6
    print(f"{pages.num_rows} CCTV pages, {megabytes:.1f} MB, 2 cores, best of {args.rounds} interleaved rounds")
    xinwen.parse("预热")  # the language resources, loaded once per process

    with tempfile.TemporaryDirectory() as folder:
        for name, html in zip(pages.column("name").to_pylist(), pages.column("html").to_pylist()):
            (Path(folder) / name).write_bytes(html)
        local: dict[str, Callable[[], int]] = {
            "xinwen.extract (files, 2 threads)": lambda: len(xinwen.extract(folder, workers=2, progress=False)),
            "xinwen.extract_arrow (a table, 2 threads)": lambda: int(xinwen.extract_arrow(pages, workers=2).num_rows),
        }
        report("nothing else running", best_of(args.rounds, local, pages.num_rows), pages.num_rows)
        report("a local Ray running", best_of(args.rounds, {**local, "Ray Data map_batches (2 CPUs)": on_ray(pages, args.blocks)}, pages.num_rows), pages.num_rows)
        if args.no_spark:
            return
        report("a local Spark running", best_of(args.rounds, {**local, "Spark mapInArrow (local[2])": on_spark(pages)}, pages.num_rows), pages.num_rows)


def report(title: str, best: dict[str, float], pages: int) -> None:
    print(f"-- {title}")
    base = next(iter(best.values()))
    for name, seconds in best.items():
        print(f"{name:<44} {seconds:6.2f} s  {pages / seconds:6.1f} pages/s  {base / seconds:5.2f}x", flush=True)


def on_ray(pages: pa.Table, count: int) -> Callable[[], int]:
    """A local Ray on 2 CPUs, started (and its workers warmed up) before it is timed;
    the pages in `count` blocks (Ray's tasks)."""
    import atexit

    import ray

    ray.shutdown()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False, logging_level="ERROR")
    atexit.register(ray.shutdown)
    ray.data.DataContext.get_current().enable_progress_bars = False
    parts = blocks(pages, count)

    def run() -> int:
        # one task per core, each on 2 threads: a thread waiting on Ray leaves the core to the other
        out = ray.data.from_arrow(parts).map_batches(
            xinwen.extract_arrow, batch_format="pyarrow", batch_size=None, fn_kwargs={"workers": 2}
        )
        return sum(t.num_rows for t in ray.get(out.to_arrow_refs()))

    run()
    return run


def on_spark(pages: pa.Table) -> Callable[[], int]:
    """A local Spark session (`local[2]`), Ray stopped, warmed up before it is timed."""
    import ray

    ray.shutdown()
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    frame = spark.createDataFrame(pages).repartition(8).cache()
    frame.count()

    def extract(batches):  # type: ignore[no-untyped-def]
        import xinwen

        for batch in batches:
            yield xinwen.extract_arrow(batch, workers=2).select(KEPT)

    schema = "name string, title string, published string, text string, error string"

    def run() -> int:
        return int(frame.mapInArrow(extract, schema).toArrow().num_rows)

    run()
    return run

if __name__ == "__main__":
    main()
