"""Section 1b of `make bench`: article extraction from HTML pages beside trafilatura.

The CCTV pages of section 1, one core each, side by side in one run:

- `xinwen extract -j 1 --no-entities --no-keywords` (the record fields: title, date,
  bylines, source, body; what trafilatura extracts), records to /dev/null, start-up
  included;
- trafilatura (`bare_extraction` with metadata and its extensive date search, in the
  .venv-bench virtualenv, never a project dependency) in one worker process
  (bench/compare_extractors.py's), import included, its records read back as JSON.

Each is timed as a child process: wall seconds, and CPU seconds (user + sys, from
wait4), since xinwen's one worker thread has a reader and a writer beside it. MB = bytes
of the HTML files. Goal: xinwen at 30x trafilatura's pages per second or more.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import compare_extractors

HEAD = ["run (CCTV pages, 1 core each)", "pages", "wall s", "CPU s", "pages/s", "MB/s",
        "x trafilatura (wall)", "x trafilatura (CPU)"]
TITLE = ("1b. Article extraction beside trafilatura: xinwen extract -j 1 --no-entities "
         "--no-keywords and trafilatura.bare_extraction on the same pages (goal: >= 30x)")


def timed(cmd: list[str], stdin: str | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of a child (its output discarded)."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin is not None else None,
                                stdout=null, stderr=subprocess.DEVNULL)
        if proc.stdin is not None:
            proc.stdin.write((stdin or "").encode())
            proc.stdin.close()
        _, status, ru = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd[:3])} … failed")
    return time.perf_counter() - start, ru.ru_utime + ru.ru_stime


def rows(pages_dir: Path, mb: float) -> list[list[str]]:
    """xinwen's and trafilatura's rows over the pages of `pages_dir` (`mb` MB of HTML)."""
    compare_extractors.ensure_venv()
    pages = [str(p) for p in sorted(pages_dir.rglob("*")) if p.is_file()]
    xinwen = [str(compare_extractors.XINWEN), "extract", "--no-entities", "--no-keywords",
              "-q", "-j", "1", str(pages_dir)]
    worker = [str(compare_extractors.VPY), compare_extractors.__file__, "--worker", "trafilatura"]
    runs = {"xinwen": timed(xinwen),
            "trafilatura": timed(worker, json.dumps([[p, None] for p in pages]))}
    slow_wall, slow_cpu = runs["trafilatura"]
    return [[tool, f"{len(pages):,}", f"{wall:.1f}", f"{cpu:.1f}", f"{len(pages) / wall:,.0f}",
             f"{mb / wall:.1f}", f"{slow_wall / wall:.1f}", f"{slow_cpu / cpu:.1f}"]
            for tool, (wall, cpu) in runs.items()]
