#!/usr/bin/env python3
"""xinwen beside trafilatura and GNE on shared/pages/dev (50 pages from 25 sites, with
gold), scored by the acceptance scorer shared/tools/score_pages.py: xinwen on the HTML
pages and on their text dumps, trafilatura and GNE on the HTML pages (they read HTML).

The other tools run in .venv-bench (see bench/compare_extractors.py, whose workers this
script reuses); their author lists are scored as bylines, and they give no source.
Records are written to a temp dir; `--keep DIR` keeps them there.

Usage: python3 bench/compare_dev_pages.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import compare_extractors as ce

DEV = ce.SHARED / "pages" / "dev"
SCORER = ce.SHARED / "tools" / "score_pages.py"
FIELDS = ["title", "date", "minute", "bylines", "source", "first_last", "clean"]


def xinwen_records(form: str) -> list[dict]:
    cmd = [str(ce.XINWEN), "extract", "--no-entities", "--no-keywords", "-q", str(DEV / form)]
    lines = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()
    return [json.loads(line) for line in lines]


def tool_records(tool: str) -> list[dict]:
    pages = [(p, None) for p in sorted((DEV / "html").rglob("*.html"))]
    recs, _ = ce.extract(tool, pages)
    return [
        {
            "path": path,
            "title": r.get("title"),
            "published": r.get("date"),
            "bylines": [{"role": "author", "name": n} for n in r.get("authors", [])],
            "source": None,
            "text": r.get("text") or "",
        }
        for path, r in recs.items()
    ]


def score(records: list[dict], out: Path) -> dict:
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    cmd = [sys.executable, str(SCORER), str(DEV / "gold.json"), str(out)]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--keep", type=Path, help="write the records of each run to this directory")
    args = ap.parse_args()
    if not (DEV / "gold.json").exists():
        print(f"missing {DEV}/gold.json (../shared beside the checkout)", file=sys.stderr)
        return 1
    ce.ensure_venv()
    runs = [
        ("xinwen, HTML", lambda: xinwen_records("html")),
        ("xinwen, text dump", lambda: xinwen_records("text")),
        ("trafilatura, HTML", lambda: tool_records("trafilatura")),
        ("GNE, HTML", lambda: tool_records("gne")),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        where = args.keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        print(f"shared/pages/dev: {len(json.loads((DEV / 'gold.json').read_text()))} pages, "
              "scored by shared/tools/score_pages.py")
        print(f"  {'run':<20}" + "".join(f"{f:>12}" for f in FIELDS))
        for label, records in runs:
            name = label.split(",")[0].lower() + "_" + label.split()[-1].lower()
            figures = score(records(), where / f"{name}.jsonl")
            print(f"  {label:<20}" + "".join(f"{figures.get(f, '-'):>12}" for f in FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
