"""Section 0 of `make bench`: what xinwen's analysis costs against segmentation alone.

On the first 5,000 xwlb items, one core each, side by side in one run:

- jieba-rs `cut` through rjieba (in the .venv-bench virtualenv, never a project
  dependency), timed inside its worker after the dictionary is loaded, over the text of
  each item's `content` with tags stripped;
- `xinwen extract -j 1 --field content` with the record fields only (`--no-entities
  --no-keywords`), with keywords (`--no-entities`), and with everything, start-up
  included.

MB = UTF-8 bytes of the `content` values for every row, so the ratios are ratios of
items per second. Every run is timed five times and the fastest counts, on both sides.
A stage's cost is the difference of two runs: keywords = `--no-entities` minus the
record fields, entities and events = everything minus `--no-entities`.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path
from typing import Callable

import bench_venv

ITEMS = 5000
# Each run is timed this many times and the fastest counts, `cut` as well: the record
# fields of 5,000 items take a third of a second, which a busy machine's noise can
# stretch by a third.
REPEATS = 5
RJIEBA = ["rjieba==0.2.2"]

# The segmentation baseline's worker: texts one a line, seconds of cutting them all.
CUT_WORKER = """
import sys, time, rjieba
texts = open(sys.argv[1], encoding="utf-8").read().split("\\n")
rjieba.cut("预热一下词典")
start = time.perf_counter()
for text in texts:
    rjieba.cut(text)
print(time.perf_counter() - start)
"""


def items_of(xwlb: Path, tmp: Path) -> tuple[Path, Path, float]:
    """The first ITEMS items as JSONL and as plain texts (one a line), and their MB."""
    lines = []
    proc = subprocess.Popen(["zstd", "-dc", str(xwlb)], stdout=subprocess.PIPE, text=True,
                            encoding="utf-8")
    assert proc.stdout is not None
    for line in proc.stdout:
        if '"content"' in line:
            lines.append(line)
            if len(lines) == ITEMS:
                break
    proc.kill()
    proc.wait()
    contents = [json.loads(line).get("content") or "" for line in lines]
    items, texts = tmp / "xwlb-analysis.jsonl", tmp / "xwlb-analysis.txt"
    items.write_text("".join(lines), encoding="utf-8")
    plain = (" ".join(html.unescape(re.sub(r"<[^>]+>", " ", c)).split()) for c in contents)
    texts.write_text("\n".join(plain), encoding="utf-8")
    return items, texts, sum(len(c.encode()) for c in contents) / 1e6


def rows(xinwen: str, xwlb: Path, tmp: Path, run: Callable[[list[str]], dict]) -> list[list[str]]:
    """The rows of the table: MB/s on one core and the share of jieba-rs `cut`'s."""
    items, texts, mb = items_of(xwlb, tmp)
    python = bench_venv.ensure(RJIEBA, ".installed-rjieba")
    cuts = []
    for _ in range(REPEATS):
        out = subprocess.run([str(python), "-c", CUT_WORKER, str(texts)], check=True,
                             capture_output=True, text=True).stdout
        cuts.append(float(out.strip().splitlines()[-1]))
    cut = min(cuts)
    base = ["extract", "-q", "-j", "1", "--field", "content"]

    def best(cmd: list[str]) -> dict:
        return min((run(cmd) for _ in range(REPEATS)), key=lambda r: r["wall"])

    runs = {
        "record fields only": best([xinwen, *base, "--no-entities", "--no-keywords", str(items)]),
        "+ keywords (--no-entities)": best([xinwen, *base, "--no-entities", str(items)]),
        "everything (entities, events, keywords)": best([xinwen, *base, str(items)]),
    }
    table = [["jieba-rs cut (rjieba)", f"{mb / cut:.2f}", "1", "", ""]]
    for label, r in runs.items():
        table.append([label, f"{mb / r['wall']:.2f}", f"{cut / r['wall']:.3f}",
                      f"{r['wall']:.1f}", f"{r['rss']:,.0f}"])
    walls = [r["wall"] for r in runs.values()]
    full = walls[2]
    table.append(["share of a full run: fields / keywords / entities+events",
                  f"{walls[0] / full:.0%} / {(walls[1] - walls[0]) / full:.0%} / "
                  f"{(walls[2] - walls[1]) / full:.0%}", "", "", ""])
    return table


HEAD = ["run (first 5,000 xwlb items, 1 core)", "MB/s", "share of cut", "wall s",
        "peak RSS MB"]
TITLE = ("0. Analysis against segmentation: xinwen extract -j 1 beside jieba-rs cut "
         "(MB: UTF-8 bytes of `content`; goals: record fields >= 1.0, everything >= 0.25)")
