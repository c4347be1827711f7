#!/usr/bin/env python3
"""Compares xinwen with trafilatura and GNE (GeneralNewsExtractor) on the same pages:
shared/pages/twnews, shared/pages/trafilatura and the 4,000 CCTV pages of
shared/bench (title and publish time against their metadata, plus wall time).

trafilatura and GNE are never project dependencies: they live in their own virtualenv
.venv-bench at the repo root, made on first use, and run there by this same file
in worker mode (`--worker TOOL`: a JSON list of [path, url] on stdin, a JSON list of
records on stdout). The scoring rules are those of bench/score_pages.py.

Usage: python3 bench/compare_extractors.py [--skip-cctv] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench_venv

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XINWEN_SHARED", ROOT.parent / "shared"))
XINWEN = Path(os.environ.get("XINWEN_CLI", ROOT / "target" / "release" / "xinwen"))
VENV = bench_venv.VENV
VPY = bench_venv.PYTHON
# Versions pinned so the numbers are reproducible. Both install cleanly on Python 3.11
# with the current lxml (6.x, plus lxml_html_clean pulled in by trafilatura): GNE needs
# no pinned dependencies of its own.
REQUIREMENTS = ["trafilatura==2.3.1", "gne==0.4.3", "lxml_html_clean==0.4.6"]
TOOLS = ["xinwen", "trafilatura", "gne"]

# ---------------------------------------------------------------- worker (in .venv-bench)


def decode(raw: bytes) -> str:
    """The page as text, decoded the same way for both Python tools: a BOM, else the
    charset the page declares, else UTF-8 if it is valid, else charset_normalizer's guess."""
    for bom, enc in [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]:
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc, errors="replace")
    m = re.search(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", raw[:4096], re.I)
    declared = m.group(1).decode("ascii").lower() if m else None
    if declared in ("gb2312", "gbk", "x-gbk"):
        declared = "gb18030"  # the superset: pages labelled gb2312 often use GBK characters
    if declared:
        try:
            return raw.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        return str(best) if best is not None else raw.decode("utf-8", errors="replace")


def split_names(author: str | None) -> list[str]:
    """'A; B' to [A, B] (not on spaces, which may be inside a Latin-script name)."""
    return [n.strip() for n in re.split(r"[;,，；、|]", author or "") if n.strip()]


def gne_time(value: str | None) -> str | None:
    """GNE's publish_time comes as it is written on the page (2020-01-02 10:11,
    2020年1月2日 10时11分, 2020/01/02, a Unix timestamp...): to YYYY-MM-DD[ HH:MM]."""
    value = (value or "").strip()
    if re.fullmatch(r"\d{10}(\d{3})?", value):
        from datetime import datetime, timedelta, timezone

        stamp = int(value[:10])
        return datetime.fromtimestamp(stamp, timezone(timedelta(hours=8))).strftime("%Y-%m-%d %H:%M")
    m = re.search(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\D{0,3}?(\d{1,2})\s*[:：时]\s*(\d{1,2}))?", value)
    if not m:
        return None
    y, mo, d, h, mi = m.groups()
    day = f"{y}-{int(mo):02d}-{int(d):02d}"
    return f"{day} {int(h):02d}:{int(mi):02d}" if h else day


def run_trafilatura(html: str, url: str | None) -> dict:
    from datetime import date

    import trafilatura

    # trafilatura's own date settings, plus the time of day (the CCTV gold is to the minute)
    dates = {"extensive_search": True, "original_date": True, "max_date": date.today().isoformat(),
             "outputformat": "%Y-%m-%d %H:%M"}
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      date_extraction_params=dates)
    if doc is None:
        return {}
    return {"title": doc.title, "date": doc.date, "authors": split_names(doc.author), "text": doc.text or ""}


_GNE = None


def run_gne(html: str, url: str | None) -> dict:
    global _GNE
    if _GNE is None:
        from gne import GeneralNewsExtractor

        _GNE = GeneralNewsExtractor()
    r = _GNE.extract(html)
    return {"title": r.get("title"), "date": gne_time(r.get("publish_time")),
            "authors": split_names(r.get("author")), "text": r.get("content") or ""}


def worker(tool: str) -> None:
    import logging

    logging.disable(logging.CRITICAL)  # trafilatura logs every page it finds thin
    run = {"trafilatura": run_trafilatura, "gne": run_gne}[tool]
    out = []
    for path, url in json.load(sys.stdin):
        try:
            rec = run(decode(Path(path).read_bytes()), url)
        except Exception as e:  # noqa: BLE001 - one page failing is that page wrong
            rec = {"error": f"{type(e).__name__}: {e}"[:300]}
        out.append({"path": path, **rec})
    json.dump(out, sys.stdout, ensure_ascii=False)


# ---------------------------------------------------------------- driver (plain python3)


def ensure_venv() -> None:
    bench_venv.ensure(REQUIREMENTS, ".installed")


def xinwen_authors(rec: dict) -> list[str]:
    for role in ["author", "reporter", "editor"]:
        names = [b["name"] for b in rec.get("bylines", []) if b["role"] == role]
        if names:
            return names
    return []


def extract(tool: str, pages: list[tuple[Path, str | None]]) -> tuple[dict[str, dict], float]:
    """{path: {title, date, authors, text}} for the pages, and the wall seconds taken."""
    start = time.perf_counter()
    if tool == "xinwen":
        # one thread, as the Python tools use one core
        cmd = [str(XINWEN), "extract", "--no-entities", "--no-keywords", "-q", "-j", "1", *[str(p) for p, _ in pages]]
        lines = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()
        recs = []
        for line in lines:
            r = json.loads(line)
            recs.append({"path": r["path"], "title": r.get("title"), "date": r.get("published"),
                         "authors": xinwen_authors(r), "text": r.get("text") or ""})
    else:
        job = json.dumps([[str(p), u] for p, u in pages])
        out = subprocess.run([str(VPY), __file__, "--worker", tool], input=job, check=True,
                             capture_output=True, text=True).stdout
        recs = json.loads(out)
    return {r["path"]: r for r in recs}, time.perf_counter() - start


def squash(text: str | None) -> str:
    return "".join((text or "").split())


def same_time(got: str | None, want: str) -> bool:
    got, want = (got or "").replace("T", " "), want.replace("T", " ")
    n = 16 if len(want) > 10 else 10
    return len(got) >= n and got[:n] == want[:n]


def has_author(rec: dict, want: str) -> bool:
    return squash(want) in [squash(a) for a in rec.get("authors") or []]


def score_gold(group: str, tool: str, failures: dict) -> dict[str, list[int]]:
    """{row: [right, total]} on one shared/pages group."""
    base = SHARED / "pages" / group
    gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
    pages = [(base / name, g.get("url")) for name, g in sorted(gold.items())]
    recs, _ = extract(tool, pages)
    order = ["title", "date", "author", "body sentence", "with snippets", "without snippets"]
    rows: dict[str, list[int]] = {}

    def add(row: str, ok: bool) -> None:
        rows.setdefault(row, [0, 0])
        rows[row][0] += bool(ok)
        rows[row][1] += 1

    for path, _ in pages:
        g, r = gold[path.name], recs.get(str(path), {"error": "no record"})
        if "error" in r:
            failures.setdefault(tool, []).append(f"{group}/{path.name}: {r['error']}")
        body = squash(r.get("text"))
        if g.get("title"):
            add("title", squash(r.get("title")) == squash(g["title"]))
            add("date", same_time(r.get("date"), g["date"]))
            if g.get("author"):  # empty or null: not annotated, not scored
                add("author", has_author(r, g["author"]))
        if "contains" in g:
            add("body sentence", squash(g["contains"]) in body)
        for w in g.get("with", []):
            add("with snippets", squash(w) in body)
        for w in g.get("without", []):
            add("without snippets", squash(w) not in body)
    return {row: rows[row] for row in order if row in rows}


def score_cctv(tool: str, pages_dir: Path, failures: dict) -> dict:
    meta = json.loads((SHARED / "bench" / "cctv_pages_4000.meta.json").read_text(encoding="utf-8"))
    pages = [(p, meta.get(p.name, {}).get("url")) for p in sorted(pages_dir.iterdir())]
    recs, secs = extract(tool, pages)
    title = day = when = 0
    for p, _ in pages:
        r = recs.get(str(p), {"error": "no record"})
        if "error" in r:
            failures.setdefault(tool, []).append(f"cctv/{p.name}: {r['error']}")
        if p.name in meta:
            title += squash(r.get("title")) == squash(meta[p.name]["title"])
            when += same_time(r.get("date"), meta[p.name]["pubtime"])
            day += same_time(r.get("date"), meta[p.name]["pubtime"][:10])
    n = len(meta)
    return {"title": 100 * title / n, "time": 100 * when / n, "day": 100 * day / n,
            "pages": len(pages), "scored": n, "seconds": secs}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--skip-cctv", action="store_true", help="only the small gold sets")
    ap.add_argument("--json", metavar="FILE", help="also write the numbers here")
    ap.add_argument("--worker", choices=["trafilatura", "gne"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker)
        return 0
    if not XINWEN.exists():
        sys.exit(f"{XINWEN} is missing: run `make build` first")
    ensure_venv()
    t0 = time.perf_counter()
    failures: dict[str, list[str]] = {}
    result: dict = {g: {t: score_gold(g, t, failures) for t in TOOLS} for g in ["twnews", "trafilatura"]}
    if not args.skip_cctv:
        with tempfile.TemporaryDirectory(prefix="cctv-") as tmp:
            subprocess.run(f"zstd -dc {SHARED / 'bench' / 'cctv_pages_4000.tar.zst'} | tar x -C {tmp}",
                           shell=True, check=True)
            result["cctv"] = {t: score_cctv(t, Path(tmp), failures) for t in TOOLS}

    table = []
    for group in ["twnews", "trafilatura"]:
        for row in result[group]["xinwen"]:
            table.append([f"{group}: {row}", *(f"{result[group][t][row][0]}/{result[group][t][row][1]}" for t in TOOLS)])
    if "cctv" in result:
        c = result["cctv"]
        n = c["xinwen"]["scored"]
        table.append([f"cctv ({n} pages): title", *(f"{c[t]['title']:.1f}%" for t in TOOLS)])
        table.append([f"cctv ({n} pages): publish time", *(f"{c[t]['time']:.1f}%" for t in TOOLS)])
        table.append([f"cctv ({n} pages): publish day", *(f"{c[t]['day']:.1f}%" for t in TOOLS)])
        table.append([f"cctv ({c['xinwen']['pages']} pages): wall s", *(f"{c[t]['seconds']:.1f}" for t in TOOLS)])
        table.append(["  ratio to xinwen", *(f"{c[t]['seconds'] / c['xinwen']['seconds']:.1f}x" for t in TOOLS)])
    widths = [max(len(r[i]) for r in table + [["", *TOOLS]]) for i in range(4)]
    print(f"{'':{widths[0]}}  " + "  ".join(f"{t:>{w}}" for t, w in zip(TOOLS, widths[1:])))
    for r in table:
        print(f"{r[0]:{widths[0]}}  " + "  ".join(f"{c:>{w}}" for c, w in zip(r[1:], widths[1:])))
    for tool, errs in failures.items():
        print(f"\n{tool} failed on {len(errs)} page(s), counted wrong:")
        for e in errs[:5]:
            print(f"  {e}")
    print(f"\n(whole comparison: {time.perf_counter() - t0:.0f} s)")
    if args.json:
        result["failures"] = {t: len(e) for t, e in failures.items()}
        Path(args.json).write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
