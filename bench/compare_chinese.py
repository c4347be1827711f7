#!/usr/bin/env python3
"""Compares xinwen's Chinese language layer with the Python tools people use for it,
side by side on the same data, and prints one table per part with ratios.

1. Script conversion: `xinwen.to_simplified(region="standard")` against OpenCC `t2s`
   and the default `xinwen.to_simplified` against OpenCC `tw2s` on the DRCD dev
   paragraphs (traditional script of Taiwan), `xinwen.to_traditional` against OpenCC
   `s2t` on the CMRC dev paragraphs (simplified). One call per paragraph, best of
   --repeat timed passes after an untimed warm-up. Agreement: the share of output
   characters that are the same in both outputs (position by position when both outputs
   keep the input's length, else through a character diff), and the ten most frequent
   disagreements with an example, so a reader can judge who is right. xinwen converts
   with OpenCC's own tables (1.4.2, compiled at build time) the way OpenCC does, so the
   two should agree everywhere.
2. Word segmentation, on the same lines for every tool: a strided sample of the xwlb
   news items (`content` stripped of tags, spread over 2012-2026) plus the DRCD
   paragraphs converted to simplified (by xinwen in part 1; the jieba dictionary is
   simplified), one call per line.
   a. `xinwen.segment(text)` (jieba-rs, through the Python binding) against
      `jieba.cut(text)` (HMM on in both): MB/s, words/s, and agreement of word
      boundaries (F1 of the positions between words, and of whole words). (An older
      build of the binding without `segment` gets a row saying so.)
   b. Tagging: `xinwen entities --method jieba` (the CLI: jieba-rs
      part-of-speech tags, nr/ns/nt words of 2+ characters kept as people, places and
      organizations, one JSON line per input line; RAYON_NUM_THREADS=1) against the same
      rule over `jieba.posseg.cut` (the Python jieba tagger). The CLI's time includes
      process start and loading its tables (measured apart on a one-line input and
      subtracted for the throughput) and writing JSON. Agreement: F1 of the entity spans.
      This is tagging, not bare segmentation: Python's posseg is several times slower
      than its cut, and it cuts unknown words with its own tagging HMM.

Units: MB = 10^6 bytes of UTF-8 input; chars = Unicode characters of input; ratio =
xinwen's throughput / the other tool's (above 1: xinwen is faster). Every tool runs on
one core. Data: shared/data/retrieval/{drcd,cmrc}_dev.json and
shared/bench/xwlb_2012_2026.jsonl.zst (needs the `zstd` command), never copied.

OpenCC (PyPI `opencc`, the official binding) and jieba are never project dependencies:
they live in .venv-bench at the repo root (shared with compare_extractors.py, made or
extended on first use; this script's marker is .venv-bench/.installed-chinese) and run
there by this same file in worker mode. The xinwen side runs in the project's own .venv
(`make develop`; override with $XINWEN_PYTHON), so it always measures the extension
built from this checkout, and the CLI is target/release/xinwen ($XINWEN_CLI).

Usage: python3 bench/compare_chinese.py [--quick] [--repeat N] [--xwlb-mb MB] [--json FILE]
"""

from __future__ import annotations

import argparse
import difflib
import gc
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any, Callable

import bench_venv

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XINWEN_SHARED", ROOT.parent / "shared"))
XINWEN = Path(os.environ.get("XINWEN_CLI", ROOT / "target" / "release" / "xinwen"))
XPY = Path(os.environ.get("XINWEN_PYTHON", ROOT / ".venv" / "bin" / "python"))
VENV = bench_venv.VENV
VPY = bench_venv.PYTHON
MARKER = VENV / ".installed-chinese"
# Pinned so the numbers are reproducible; both install from wheels/sdists on Python 3.11
# without a compiler (opencc ships manylinux wheels with its own data; jieba is pure Python).
REQUIREMENTS = ["opencc==1.4.2", "jieba==0.42.1"]
DRCD = SHARED / "data" / "retrieval" / "drcd_dev.json"
CMRC = SHARED / "data" / "retrieval" / "cmrc_dev.json"
XWLB = SHARED / "bench" / "xwlb_2012_2026.jsonl.zst"
QUICK_PARAGRAPHS = 250  # --quick: the first paragraphs of DRCD and CMRC, in file order
ENTITY_KINDS = {"nr": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "organization"}

# ---------------------------------------------------------------- workers (one per venv)


def timed_passes(fn: Callable[[str], Any], items: list[str], repeat: int) -> tuple[list[Any], float]:
    """fn over every item, `repeat` times; the outputs of the last pass and the best wall time."""
    best = float("inf")
    out: list[Any] = []
    for _ in range(max(1, repeat)):
        gc.collect()
        start = time.perf_counter()
        out = [fn(x) for x in items]
        best = min(best, time.perf_counter() - start)
    return out, best


def lengths(words: list[str], line: str) -> list[int] | None:
    """The words as character lengths, or None when they do not spell the line."""
    return [len(w) for w in words] if "".join(words) == line else None


def posseg_entities(line: str, pairs: list[tuple[str, str]]) -> list[list[Any]]:
    """The rule of `xinwen entities --method jieba` over Python jieba's tags."""
    spans, pos = [], 0
    for word, flag in pairs:
        kind = ENTITY_KINDS.get(flag)
        if kind and len(word) >= 2:
            spans.append([kind, pos, pos + len(word)])
        pos += len(word)
    return spans if pos == len(line) else [["misaligned", 0, 0]]


def worker(tool: str, task: str, data_path: str, out_path: str, repeat: int) -> None:
    data = json.loads(Path(data_path).read_text(encoding="utf-8"))
    res: dict[str, Any] = {"python": sys.version.split()[0]}
    if tool == "xinwen":
        import xinwen

        res["version"] = xinwen.__version__
        res["module"] = str(Path(xinwen.__file__).parent)
        if task == "convert":
            start = time.perf_counter()
            xinwen.to_simplified("檢查指導")  # loads the tables (once per process)
            xinwen.to_traditional("检查指导")
            res["init_s"] = time.perf_counter() - start
            def t2s(text: str) -> str:
                return xinwen.to_simplified(text, region="standard")

            res["t2s"], res["t2s_s"] = timed_passes(t2s, data["t2s"], repeat)
            res["tw2s"], res["tw2s_s"] = timed_passes(xinwen.to_simplified, data["t2s"], repeat)
            res["s2t"], res["s2t_s"] = timed_passes(xinwen.to_traditional, data["s2t"], repeat)
        else:
            segment = getattr(xinwen, "segment", None)  # absent from builds before 0.1.0
            res["segment"] = segment is not None
            if segment is not None:
                start = time.perf_counter()
                segment("中共中央总书记胡锦涛在讲话")
                res["init_s"] = time.perf_counter() - start
                words, res["cut_s"] = timed_passes(segment, data["lines"], repeat)
                res["cut"] = [lengths(w, line) for w, line in zip(words, data["lines"])]
    elif tool == "opencc":
        from importlib.metadata import version

        import opencc

        res["version"] = version("opencc")
        start = time.perf_counter()
        t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
        t2s.convert("檢查指導")
        s2t.convert("检查指导")
        res["init_s"] = time.perf_counter() - start
        res["t2s"], res["t2s_s"] = timed_passes(t2s.convert, data["t2s"], repeat)
        tw2s = opencc.OpenCC("tw2s")
        res["tw2s"], res["tw2s_s"] = timed_passes(tw2s.convert, data["t2s"], repeat)
        res["s2t"], res["s2t_s"] = timed_passes(s2t.convert, data["s2t"], repeat)
    elif tool == "jieba":
        import logging

        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        res["version"] = jieba.__version__
        start = time.perf_counter()
        jieba.initialize()
        list(jieba.cut("中共中央总书记胡锦涛在讲话"))
        list(jieba.posseg.cut("中共中央总书记胡锦涛在讲话"))
        res["init_s"] = time.perf_counter() - start
        lines = data["lines"]
        words, res["cut_s"] = timed_passes(lambda s: list(jieba.cut(s)), lines, repeat)
        res["cut"] = [lengths(w, line) for w, line in zip(words, lines)]
        pairs, res["tag_s"] = timed_passes(lambda s: [tuple(p) for p in jieba.posseg.cut(s)], lines, repeat)
        res["tag"] = [posseg_entities(line, p) for line, p in zip(lines, pairs)]
    Path(out_path).write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")


# ---------------------------------------------------------------- driver (plain python3)


def ensure_venv() -> None:
    bench_venv.ensure(REQUIREMENTS, MARKER.name, ("--only-binary", "opencc"))


def run_worker(py: Path, tool: str, task: str, data: Path, tmp: Path, repeat: int) -> dict:
    out = tmp / f"{tool}-{task}.json"
    proc = subprocess.run([str(py), __file__, "--worker", tool, "--task", task, "--data", str(data),
                           "--out", str(out), "--repeat", str(repeat)], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"the {tool} worker ({py}) failed:\n{proc.stderr[-3000:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def paragraphs(path: Path) -> list[str]:
    """The context paragraphs of a SQuAD-style file, in file order."""
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    return [p["context"] for a in data for p in a["paragraphs"]]


def strip_tags(content: str) -> list[str]:
    """The text lines of a light-HTML xwlb `content` value."""
    text = html.unescape(re.sub(r"<[^>]*>", "\n", content))
    return [line.strip(" \t\r\u3000\xa0") for line in text.splitlines() if line.strip(" \t\r\u3000\xa0")]


def xwlb_lines(megabytes: float) -> tuple[list[str], int, int]:
    """Lines of every k-th xwlb item (k fixed by the file and the size asked for, so the
    sample spans 2012-2026), up to `megabytes` of UTF-8: lines, items taken, stride."""
    raw = subprocess.run(["zstd", "-dc", str(XWLB)], check=True, capture_output=True).stdout.splitlines()
    probe = raw[::50]
    mean = sum(len("\n".join(strip_tags(json.loads(r)["content"])).encode()) for r in probe) / len(probe)
    stride = max(1, int(len(raw) * mean / (megabytes * 1e6)))
    lines, size, items = [], 0, 0
    for r in raw[::stride]:
        got = strip_tags(json.loads(r)["content"])
        items += 1
        lines += got
        size += sum(len(s.encode()) + 1 for s in got)
        if size >= megabytes * 1e6:
            break
    return lines, items, stride


def nbytes(texts: list[str]) -> int:
    return sum(len(t.encode()) for t in texts)


def context(text: str, i: int, j: int, width: int = 3) -> str:
    return text[max(0, i - width):j + width].replace("\n", " ")


def conversion_agreement(src: list[str], ours: list[str], theirs: list[str]) -> dict:
    """Same characters in both outputs, disagreements as (source, xinwen, OpenCC) pairs."""
    same = total = changed = changed_same = relen = 0
    pairs: Counter = Counter()
    examples: dict[tuple[str, str, str], str] = {}

    def note(key: tuple[str, str, str], s: str, a: str, b: str, i: int, j: int, k: int, m: int) -> None:
        pairs[key] += 1
        examples.setdefault(key, f"{context(s, i, j)} → {context(a, i, j)} | {context(b, k, m)}")

    for s, a, b in zip(src, ours, theirs):
        total += max(len(a), len(b))
        if len(s) == len(a) == len(b):
            for i, (c, x, y) in enumerate(zip(s, a, b)):
                same += x == y
                if x != c or y != c:
                    changed += 1
                    changed_same += x == y
                if x != y:
                    note((c, x, y), s, a, b, i, i + 1, i, i + 1)
            continue
        relen += 1  # "changed" counts only paragraphs where the outputs keep the length
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if op == "equal":
                same += i2 - i1
            else:
                aligned = len(s) == len(a)
                note((s[i1:i2] if aligned else "?", a[i1:i2], b[j1:j2]), s if aligned else a, a, b, i1, i2, j1, j2)
    return {"same": same, "total": total, "changed": changed, "changed_same": changed_same,
            "length_differs": relen, "top": [[*k, n, examples[k]] for k, n in pairs.most_common(10)],
            "kinds": len(pairs), "disagreements": sum(pairs.values())}


def spans_of(lens: list[int]) -> list[tuple[int, int]]:
    out, pos = [], 0
    for n in lens:
        out.append((pos, pos + n))
        pos += n
    return out


def count_words(lines: list[str], cuts: list) -> int:
    """Words that are not only whitespace, over the lines a tool cut into their own text."""
    return sum(1 for line, lens in zip(lines, cuts) if lens for i, j in spans_of(lens) if line[i:j].strip())


def f1(hit: int, ours: int, theirs: int) -> tuple[float, float, float]:
    p = hit / ours if ours else 1.0
    r = hit / theirs if theirs else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def segmentation_agreement(lines: list[str], ours: list, theirs: list) -> dict:
    """F1 of inner word boundaries and of whole words (jieba as the reference), and the
    most frequent stretches the two cut differently."""
    b_hit = b_ours = b_theirs = w_hit = w_ours = w_theirs = bad = 0
    diffs: Counter = Counter()
    for line, a, b in zip(lines, ours, theirs):
        if a is None or b is None:
            bad += 1
            continue
        sa, sb = spans_of(a), spans_of(b)
        ba, bb = {e for _, e in sa[:-1]}, {e for _, e in sb[:-1]}
        b_hit, b_ours, b_theirs = b_hit + len(ba & bb), b_ours + len(ba), b_theirs + len(bb)
        wa, wb = set(sa), set(sb)
        w_hit, w_ours, w_theirs = w_hit + len(wa & wb), w_ours + len(wa), w_theirs + len(wb)
        # stretches between boundaries both tools share, where their cuts differ
        common = sorted((ba & bb) | {0, len(line)})
        for lo, hi in zip(common, common[1:]):
            cut_a = [line[i:j] for i, j in sa if lo <= i and j <= hi]
            cut_b = [line[i:j] for i, j in sb if lo <= i and j <= hi]
            if cut_a != cut_b:
                diffs[("/".join(cut_a), "/".join(cut_b))] += 1
    return {"boundary": f1(b_hit, b_ours, b_theirs), "word": f1(w_hit, w_ours, w_theirs),
            "unaligned_lines": bad, "top": [[a, b, n] for (a, b), n in diffs.most_common(10)],
            "differing_stretches": sum(diffs.values())}


def entity_agreement(lines: list[str], ours: list[list], theirs: list[list]) -> dict:
    hit = n_ours = n_theirs = span_hit = 0
    only: Counter = Counter()
    for line, a, b in zip(lines, ours, theirs):
        sa, sb = {tuple(x) for x in a}, {tuple(x) for x in b}
        hit, n_ours, n_theirs = hit + len(sa & sb), n_ours + len(sa), n_theirs + len(sb)
        span_hit += len({x[1:] for x in sa} & {x[1:] for x in sb})
        for kind, i, j in sa - sb:
            only[("xinwen", kind, line[i:j])] += 1
        for kind, i, j in sb - sa:
            only[("jieba", kind, line[i:j])] += 1
    return {"exact": f1(hit, n_ours, n_theirs), "span": f1(span_hit, n_ours, n_theirs),
            "ours": n_ours, "theirs": n_theirs,
            "top": [[*k, n] for k, n in only.most_common(10)]}


def run_cli_entities(lines_file: Path, out_file: Path) -> dict:
    """`xinwen entities --method jieba` on one worker thread: wall s, CPU s."""
    env = {**os.environ, "RAYON_NUM_THREADS": "1"}
    start = time.perf_counter()
    with open(lines_file, "rb") as fin, open(out_file, "wb") as fout:
        proc = subprocess.Popen([str(XINWEN), "entities", "--method", "jieba"], stdin=fin, stdout=fout,
                                stderr=subprocess.PIPE, env=env)
        err = proc.stderr.read().decode(errors="replace")  # type: ignore[union-attr]
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"xinwen entities failed: {err[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime}


# ---------------------------------------------------------------- tables


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def table(title: str, head: list[str], rows: list[list[str]], right: set[int] | None = None) -> None:
    """Columns in `right` are right-aligned; CJK characters count two columns."""
    right = right if right is not None else set(range(1, len(head)))
    widths = [max(width(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    print(f"\n{title}")
    for row in [head, ["-" * w for w in widths], *rows]:
        cells = []
        for i, (c, w) in enumerate(zip(row, widths)):
            pad = " " * (w - width(str(c)))
            cells.append(pad + str(c) if i in right else str(c) + pad)
        print("  " + "  ".join(cells).rstrip())
    sys.stdout.flush()


def pct(x: float) -> str:
    return f"{100 * x:.2f}%"


def show(s: str) -> str:
    """A disagreement side, visible even when empty or a space."""
    return "∅" if s == "" else s.replace(" ", "␠").replace("\n", "⏎")


def sh(*cmd: str) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def lock_version(crate: str) -> str:
    m = re.search(rf'name = "{re.escape(crate)}"\nversion = "([^"]+)"', (ROOT / "Cargo.lock").read_text())
    return m.group(1) if m else "?"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help=f"first {QUICK_PARAGRAPHS} DRCD/CMRC paragraphs, 0.5 MB of xwlb, 2 passes")
    ap.add_argument("--repeat", type=int, help="timed conversion passes, best kept (default 5, quick 2)")
    ap.add_argument("--seg-repeat", type=int, default=1, help="timed segmentation passes (default 1)")
    ap.add_argument("--xwlb-mb", type=float, help="MB of xwlb text for segmentation (default 4, quick 0.5)")
    ap.add_argument("--json", metavar="FILE", help="also write the numbers here")
    ap.add_argument("--worker", choices=["xinwen", "opencc", "jieba"], help=argparse.SUPPRESS)
    ap.add_argument("--task", choices=["convert", "segment"], help=argparse.SUPPRESS)
    ap.add_argument("--data", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker, args.task, args.data, args.out, args.repeat)
        return 0
    repeat = args.repeat or (2 if args.quick else 5)
    xwlb_mb = args.xwlb_mb or (0.5 if args.quick else 4.0)
    if not XINWEN.exists():
        sys.exit(f"{XINWEN} is missing: run `make build` first")
    if not XPY.exists() or subprocess.run([str(XPY), "-c", "import xinwen"], capture_output=True).returncode:
        sys.exit(f"{XPY} cannot import xinwen: run `make develop` first")
    ensure_venv()
    t0 = time.perf_counter()
    result: dict[str, Any] = {}

    with tempfile.TemporaryDirectory(prefix="compare-chinese-") as tmpdir:
        tmp = Path(tmpdir)
        # ------------------------------------------------ data
        t2s_in, s2t_in = paragraphs(DRCD), paragraphs(CMRC)
        if args.quick:
            t2s_in, s2t_in = t2s_in[:QUICK_PARAGRAPHS], s2t_in[:QUICK_PARAGRAPHS]
        conv = tmp / "convert.json"
        conv.write_text(json.dumps({"t2s": t2s_in, "s2t": s2t_in}, ensure_ascii=False), encoding="utf-8")

        # ------------------------------------------------ part 1: conversion
        xc = run_worker(XPY, "xinwen", "convert", conv, tmp, repeat)
        oc = run_worker(VPY, "opencc", "convert", conv, tmp, repeat)
        # ------------------------------------------------ part 2: segmentation data
        news, items, stride = xwlb_lines(xwlb_mb)
        drcd_simplified = [line for p in xc["t2s"] for line in p.splitlines() if line.strip()]
        lines = news + drcd_simplified
        seg = tmp / "segment.json"
        seg.write_text(json.dumps({"lines": lines}, ensure_ascii=False), encoding="utf-8")
        (tmp / "lines.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (tmp / "one.txt").write_text(lines[0] + "\n", encoding="utf-8")
        xs = run_worker(XPY, "xinwen", "segment", seg, tmp, args.seg_repeat)
        js = run_worker(VPY, "jieba", "segment", seg, tmp, args.seg_repeat)
        startup = min(run_cli_entities(tmp / "one.txt", tmp / "one.out")["wall"] for _ in range(3))
        cli = run_cli_entities(tmp / "lines.txt", tmp / "lines.out")
        cli_spans = [[[e["kind"], e["start"], e["end"]] for e in json.loads(r)["entities"]]
                     for r in (tmp / "lines.out").read_text(encoding="utf-8").splitlines()]
        if len(cli_spans) != len(lines):
            sys.exit(f"xinwen entities gave {len(cli_spans)} lines for {len(lines)}")

    # ------------------------------------------------ header
    commit = sh("git", "-C", str(ROOT), "log", "-1", "--format=%h %cs")
    dirty = " (uncommitted changes)" if sh("git", "-C", str(ROOT), "status", "--porcelain") else ""
    table("Setup", ["", ""], [
        ["load average", " ".join(Path("/proc/loadavg").read_text().split()[:3])
         + f"  ({len(os.sched_getaffinity(0))} cores; other work on the machine skews every figure)"],
        ["xinwen Python", f"{xc['version']} ({xc['module']}, Python {xc['python']})"],
        ["xinwen CLI", f"{sh(str(XINWEN), '--version')} ({XINWEN})"],
        ["  Rust crates", f"OpenCC 1.4.2 tables (crates/xinwen-chinese/data/opencc.tsv.zst), jieba-rs {lock_version('jieba-rs')} (Cargo.lock)"],
        ["git commit", commit + dirty],
        ["OpenCC", f"opencc {oc['version']} (PyPI, official C++ binding; {VENV.name}, Python {oc['python']})"],
        ["jieba", f"jieba {js['version']} (PyPI, pure Python; {VENV.name})"],
        ["mode", ("--quick" if args.quick else "full") + f"; conversion best of {repeat}, "
         f"segmentation best of {args.seg_repeat}"],
    ], right=set())

    # ------------------------------------------------ part 1 table
    rows, agree = [], {}
    conversions = [("t2s", "DRCD dev (traditional)", "to_simplified(region='standard')", "OpenCC t2s", t2s_in),
                   ("tw2s", "DRCD dev (Taiwan)", "to_simplified()", "OpenCC tw2s", t2s_in),
                   ("s2t", "CMRC dev (simplified)", "to_traditional", "OpenCC s2t", s2t_in)]
    for key, data_name, ours, theirs, src in conversions:
        size, chars = nbytes(src), sum(map(len, src))
        a, b = xc[f"{key}_s"], oc[f"{key}_s"]
        ag = conversion_agreement(src, xc[key], oc[key])
        agree[key] = ag
        rows.append([f"{key}: xinwen.{ours}", f"{len(src)} ¶ {data_name}", f"{size / 1e6:.2f}", f"{chars / 1e3:.0f}k",
                     f"{a:.3f}", f"{chars / a / 1e6:.2f}", f"{size / a / 1e6:.1f}", f"{b / a:.2f}x",
                     pct(ag["same"] / ag["total"]), pct(ag["changed_same"] / ag["changed"] if ag["changed"] else 1)])
        rows.append([f"{key}: {theirs}", "", "", "", f"{b:.3f}", f"{chars / b / 1e6:.2f}", f"{size / b / 1e6:.1f}",
                     "", "", ""])
        result[key] = {"paragraphs": len(src), "bytes": size, "chars": chars, "xinwen_s": a, "opencc_s": b,
                       "ratio": b / a, **{k: v for k, v in ag.items() if k != "top"}, "top": ag["top"]}
    table("1. Script conversion (one call per paragraph, one core; ratio = xinwen speed / OpenCC speed)",
          ["", "data", "MB", "chars", "s", "Mchar/s", "MB/s", "ratio", "same chars", "same where changed"],
          rows, right={2, 3, 4, 5, 6, 7, 8, 9})
    print(f"  (table load, not timed above: xinwen {xc['init_s']:.2f} s, OpenCC {oc['init_s']:.2f} s; "
          "\"same where changed\" = of the characters either tool converted, the share both converted alike)")
    for key, _, _, _, _ in conversions:
        ag = agree[key]
        print(f"  {key}: {ag['disagreements']} differing characters of {ag['total']} ({ag['kinds']} distinct pairs); "
              f"{ag['length_differs']} paragraph(s) where an output changed length (aligned by a diff)")
        if ag["top"]:
            table(f"1{'abc'[[c[0] for c in conversions].index(key)]}. {key}: most frequent disagreements (source → xinwen | OpenCC)",
                  ["source", "xinwen", "OpenCC", "count", "example: source → xinwen | OpenCC"],
                  [[show(s), show(x), show(o), str(n), ex] for s, x, o, n, ex in ag["top"]], right={3})

    # ------------------------------------------------ part 2 table
    size, chars = nbytes(lines), sum(map(len, lines))
    news_mb, drcd_mb = nbytes(news) / 1e6, nbytes(drcd_simplified) / 1e6
    data_note = (f"{len(lines)} lines, {size / 1e6:.2f} MB, {chars / 1e6:.2f}M chars: xwlb {news_mb:.2f} MB "
                 f"({items} items, every {stride}th, {len(news)} lines) + DRCD in simplified {drcd_mb:.2f} MB "
                 f"({len(drcd_simplified)} lines)")
    result["segment_data"] = {"lines": len(lines), "bytes": size, "chars": chars, "xwlb_items": items,
                              "xwlb_stride": stride, "xwlb_bytes": nbytes(news), "drcd_bytes": nbytes(drcd_simplified)}
    words_j = count_words(lines, js["cut"])
    rows = []
    if xs["segment"]:
        words_x = count_words(lines, xs["cut"])
        a, b = xs["cut_s"], js["cut_s"]
        sa = segmentation_agreement(lines, xs["cut"], js["cut"])
        rows.append(["xinwen.segment", f"{a:.2f}", f"{size / a / 1e6:.2f}", f"{words_x / a / 1e3:.0f}k", str(words_x),
                     f"{b / a:.1f}x", f"{sa['boundary'][2]:.4f}", f"{sa['word'][2]:.4f}"])
        result["segment"] = {"xinwen_s": a, "jieba_s": b, "ratio": b / a, "xinwen_words": words_x,
                             "jieba_words": words_j, **sa, "init_s": xs["init_s"]}
    else:
        rows.append(["xinwen.segment", "n/a", "", "", "", "", "", ""])
        result["segment"] = None
    b = js["cut_s"]
    rows.append(["jieba.cut", f"{b:.2f}", f"{size / b / 1e6:.2f}", f"{words_j / b / 1e3:.0f}k", str(words_j),
                 "", "", ""])
    table("2a. Word segmentation (one call per line, one core; ratio = xinwen speed / jieba speed; "
          "F1 with jieba as reference)",
          ["", "s", "MB/s", "words/s", "words", "ratio", "boundary F1", "word F1"], rows)
    print(f"  data: {data_note}")
    print("  words = tokens that are not only whitespace; jieba's dictionary load "
          f"({js['init_s']:.2f} s) is not timed")
    if xs["segment"]:
        sa = result["segment"]
        p, r, _ = sa["boundary"]
        print(f"  boundaries: precision {p:.4f}, recall {r:.4f}; {sa['differing_stretches']} stretches cut differently;"
              f" {sa['unaligned_lines']} line(s) where a tool's words did not spell the line (skipped)")
        if sa["top"]:
            table("2a. most frequent stretches cut differently", ["xinwen", "jieba", "count"],
                  [[a, b, str(n)] for a, b, n in sa["top"]], right={2})
    else:
        print("  xinwen.segment: not in this build of the Python binding (an old build: run `make develop`);\n"
              "  part 2b still compares tagging through the CLI.")

    ea = entity_agreement(lines, cli_spans, js["tag"])
    steady = max(cli["wall"] - startup, 1e-9)
    t = js["tag_s"]
    table("2b. jieba part-of-speech tagging, nr/ns/nt words of 2+ chars kept (through the CLI; "
          "ratio = xinwen speed / jieba speed)",
          ["", "s", "MB/s", "Mchar/s", "ratio", "entities", "exact F1", "span F1"],
          [["xinwen entities --method jieba (CLI, whole run)", f"{cli['wall']:.2f}", f"{size / cli['wall'] / 1e6:.2f}",
            f"{chars / cli['wall'] / 1e6:.2f}", f"{t / cli['wall']:.1f}x", str(ea["ours"]),
            f"{ea['exact'][2]:.4f}", f"{ea['span'][2]:.4f}"],
           [f"  minus start-up and table load ({startup:.2f} s)", f"{steady:.2f}", f"{size / steady / 1e6:.2f}",
            f"{chars / steady / 1e6:.2f}", f"{t / steady:.1f}x", "", "", ""],
           ["jieba.posseg.cut + the same rule", f"{t:.2f}", f"{size / t / 1e6:.2f}", f"{chars / t / 1e6:.2f}", "",
            str(ea["theirs"]), "", ""]])
    print(f"  same data as 2a; CLI on RAYON_NUM_THREADS=1 ({cli['cpu']:.2f} CPU s in {cli['wall']:.2f} s wall), "
          "JSON lines written to a file; exact = same kind and span, span = same span")
    table("2b. most frequent entities only one tool found", ["found by", "kind", "text", "count"],
          [[w, k, s, str(n)] for w, k, s, n in ea["top"]], right={3})
    result["tagging"] = {"cli_wall": cli["wall"], "cli_cpu": cli["cpu"], "cli_startup": startup,
                         "jieba_posseg_s": t, "ratio_whole": t / cli["wall"], "ratio_steady": t / steady, **ea}
    print(f"\n(whole comparison: {time.perf_counter() - t0:.0f} s)")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
