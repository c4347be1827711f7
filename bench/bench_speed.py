#!/usr/bin/env python3
"""Speed and memory figures for xinwen on the shared benchmark data (`make bench`).

0. Analysis against segmentation: bench_analysis.py (xinwen extract on one core beside
   jieba-rs `cut` on the same 5,000 xwlb items, and what each stage costs).
1b. Article extraction beside trafilatura: bench_pages.py (the CCTV pages of 1., one core
   each, the record fields against trafilatura.bare_extraction).

Speed and memory targets live here, never in timed tests. Every figure is printed with
what it measured, on what data and with how many cores. Units: MB = 10^6 bytes,
"MB/s/core" = input MB / wall seconds / worker threads given (-j), "busy" = CPU seconds
(user + sys) / wall seconds, i.e. how many cores the run really kept busy, "peak RSS" =
the child's maximum resident set size (wait4 rusage).

1. Extraction: `xinwen extract -j N -q` with records written to /dev/null
   - over the CCTV pages (shared/bench/cctv_pages_4000.tar.zst, unpacked to a temp dir
     before timing); MB = bytes of the HTML files on disk; with and without
     `--no-entities` (the difference is what people/place/organization analysis costs);
   - the same pages through Python, `xinwen.extract(dir, workers=N)` in a fresh
     interpreter (import and the list of Article objects included), beside the CLI;
   - the same pages with `-j 1`, for how much N threads gain over one;
   - over the xwlb news items (shared/bench/xwlb_2012_2026.jsonl.zst, `--field content`,
     read compressed as users would); MB = UTF-8 bytes of the `content` values (the light
     HTML the extractor sees), not the JSON lines nor the compressed file.
2. Indexing: `xinwen index --field content --index TMP` over the same xwlb file: the same
   figures plus the index size on disk and the documents it holds (upsert by id); and
   `xinwen index --records` of the records extraction wrote in 1. (no extracting again),
   beside the Python glue a user would write for it (OpenCC + jieba + tantivy-py,
   bench/bench_glue.py, in .venv-bench) over the same records.
3. Search latency: 1,000 queries drawn with a fixed seed from the xwlb titles, run
   in-process through the Python binding (`xinwen.Index.open(dir).search(q, limit=10)`,
   the default query mode "most": every-word hits first, then most-word hits up to the
   limit; one thread, hits converted to Python dicts with snippets), after one untimed
   warm-up query per form. Rule: take a random title, drop bracketed tags such as [视频], split
   it into runs of CJK characters; a word is a random 2-4 character substring of a run.
   - plain: one word, or (every other query) two words from different runs, space-separated;
   - phrase: a 4-6 character substring of the title's longest run, in double quotes;
   - filtered: the plain queries with since="2020-01-01";
   - the plain queries with mode="all" (every word required, no second tier).
   Reported: p50/p90/p99/max in ms, queries/s (1,000 / total seconds), queries that
   raised an error (with the first messages).

4. Cost per KB of one article: text pages of 1, 10, 100 and 1,000 KB (UTF-8 bytes of
   the body), made of distinct paragraphs of xwlb items (tags stripped, 30 characters
   or more) under one title and date line, extracted in-process with `xinwen.parse`
   (entities, events and keywords on, resources warm), the median of several runs:
   ms per article, ms per KB, and the ratio of each size's ms/KB to that of 10 KB
   (analysis linear in the page's length keeps it near 1; goal: 1,000 KB within 1.5).

--quick: the first 10,000 xwlb items (written uncompressed to the temp dir) and the first
1,000 CCTV pages by name, for a fast run. Needs the `zstd` command (and `tar --zstd`).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench_analysis
import bench_pages
import bench_glue

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XINWEN_SHARED", ROOT.parent / "shared"))
XINWEN = Path(os.environ.get("XINWEN_CLI", ROOT / "target" / "release" / "xinwen"))
XWLB = SHARED / "bench" / "xwlb_2012_2026.jsonl.zst"
CCTV = SHARED / "bench" / "cctv_pages_4000.tar.zst"
CORES = len(os.sched_getaffinity(0))
SEED = 20260101
N_QUERIES = 1000
SINCE = "2020-01-01"


# The Python side of the extraction table: the whole list of Article objects in memory,
# the way a notebook gets it.
PY_EXTRACT = """
import sys, xinwen
articles = xinwen.extract(sys.argv[1], workers=int(sys.argv[2]), progress=False)
assert len(articles) > 0
"""


def fail(msg: str) -> None:
    print(f"bench_speed: {msg}", file=sys.stderr)
    sys.exit(2)


def sh(*cmd: str) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT).stdout.strip()


def machine() -> list[tuple[str, str]]:
    """Cores, CPU model, memory, load before the run, the build measured (git commit)."""
    info = Path("/proc/cpuinfo").read_text()
    model = re.search(r"^model name\s*:\s*(.*)$", info, re.M)
    mem = re.search(r"^MemTotal:\s*(\d+)", Path("/proc/meminfo").read_text(), re.M)
    dirty = len(sh("git", "status", "--porcelain", "--untracked-files=no").splitlines())
    commit = sh("git", "rev-parse", "--short", "HEAD") + (
        f" + uncommitted changes in {dirty} files" if dirty else "")
    return [("cores (affinity)", str(CORES)), ("CPU", model.group(1) if model else "?"),
            ("memory", f"{int(mem.group(1)) / 2**20:.1f} GiB" if mem else "?"),
            ("load average", " ".join(Path("/proc/loadavg").read_text().split()[:3])
             + "  (other work on the machine skews every figure)"),
            ("xinwen CLI", f"{sh(str(XINWEN), '--version')} ({XINWEN})"),
            ("xinwen Python", f"{xinwen.__version__} ({Path(xinwen.__file__).parent})"),
            ("git commit", commit), ("Python", sys.version.split()[0])]


def run(cmd: list[str]) -> dict:
    """Run one child, its stdout to /dev/null: wall s, CPU s (user + sys), peak RSS MB."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen(cmd, stdout=null, stderr=subprocess.PIPE)
        err = proc.stderr.read().decode(errors="replace")  # type: ignore[union-attr]
        _, status, ru = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        fail(f"{' '.join(cmd)} exited with {proc.returncode}:\n{err[-2000:]}")
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "rss": ru.ru_maxrss / 1024,
            "stderr": err.strip()}


def prepare(tmp: Path, quick: bool) -> dict:
    """Outside timing: unpack the CCTV pages, size the xwlb contents, collect titles."""
    pages = tmp / "cctv"
    pages.mkdir()
    subprocess.run(["tar", "--zstd", "-xf", str(CCTV), "-C", str(pages)], check=True)
    files = sorted(p for p in pages.rglob("*") if p.is_file())
    if quick:
        for p in files[1000:]:
            p.unlink()
        files = files[:1000]
    xwlb, sub = XWLB, None
    if quick:
        xwlb = tmp / "xwlb_quick.jsonl"
        sub = xwlb.open("wb")
    n, content_bytes, titles = 0, 0, []
    paragraphs: list[str] = []
    paragraph_bytes = 0
    zstd = subprocess.Popen(["zstd", "-dc", str(XWLB)], stdout=subprocess.PIPE)
    for line in zstd.stdout:  # type: ignore[union-attr]
        if not line.strip():
            continue
        item = json.loads(line)
        n += 1
        content_bytes += len((item.get("content") or "").encode())
        titles.append(item.get("title") or "")
        if paragraph_bytes < 1_100_000:
            for para in re.split(r"<[^>]+>|\n", item.get("content") or ""):
                para = html.unescape(para).strip()
                if len(para) >= 30:
                    paragraphs.append(para)
                    paragraph_bytes += len(para.encode())
        if sub:
            sub.write(line)
            if n == 10_000:
                break
    if quick:
        zstd.kill()
    zstd.wait()
    if sub:
        sub.close()
    return {"pages": pages, "n_pages": len(files),
            "page_mb": sum(p.stat().st_size for p in files) / 1e6,
            "xwlb": xwlb, "n_items": n, "item_mb": content_bytes / 1e6, "titles": titles,
            "paragraphs": paragraphs}


def article_of(paragraphs: list[str], kb: int) -> bytes:
    """A text page whose body is `kb` KB of distinct paragraphs."""
    lines = ["关于推进城乡建设工作情况的报告", "2024年03月05日 10:22 来源：新华社", ""]
    size = 0
    for para in paragraphs:
        if size >= kb * 1024:
            break
        lines += [para, ""]
        size += len(para.encode())
    return "\n".join(lines).encode()


def cost_per_kb(paragraphs: list[str]) -> list[list[str]]:
    """Section 4: one article of each size, in-process, median of a few runs."""
    xinwen.parse(article_of(paragraphs, 1))  # warm the resources, untimed
    rows, per_kb = [], {}
    for kb, runs in [(1, 50), (10, 20), (100, 5), (1000, 3)]:
        page = article_of(paragraphs, kb)
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            a = xinwen.parse(page)
            times.append(time.perf_counter() - t)
        ms = sorted(times)[len(times) // 2] * 1e3
        per_kb[kb] = ms / (len(page) / 1024)
        rows.append([f"{kb:,} KB", f"{len(page) / 1024:,.0f}", str(runs), f"{ms:,.1f}",
                     f"{per_kb[kb]:.2f}", "", f"{len(a.people):,}", f"{len(a.places):,}",
                     f"{len(a.organizations):,}", f"{len(a.events):,}"])
    for row, kb in zip(rows, [1, 10, 100, 1000]):
        row[5] = f"{per_kb[kb] / per_kb[10]:.2f}"
    return rows


def throughput(label: str, n: int, unit: str, mb: float, r: dict) -> list[str]:
    return [label, f"{n:,} {unit}", f"{mb:,.1f}", f"{r['wall']:.1f}", f"{n / r['wall']:,.0f}",
            f"{mb / r['wall'] / CORES:.2f}", f"{r['cpu'] / r['wall']:.2f}", f"{r['rss']:,.0f}"]


def dir_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def queries(titles: list[str]) -> tuple[list[str], list[str]]:
    """1,000 plain and 1,000 phrase queries cut from titles (rule in the module docstring)."""
    rng = random.Random(SEED)
    plain: list[str] = []
    phrase: list[str] = []

    def word(run: str) -> str:
        k = rng.randint(2, min(4, len(run)))
        i = rng.randint(0, len(run) - k)
        return run[i:i + k]

    while len(plain) < N_QUERIES or len(phrase) < N_QUERIES:
        title = re.sub(r"\[[^\]]*\]|【[^】]*】", "", rng.choice(titles))
        runs = [r for r in re.findall(r"[\u3400-\u9fff]+", title) if len(r) >= 2]
        if not runs:
            continue
        if len(plain) < N_QUERIES:
            q = word(rng.choice(runs))
            if len(plain) % 2 and len(runs) > 1:
                a, b = rng.sample(runs, 2)
                q = f"{word(a)} {word(b)}"
            plain.append(q)
        longest = max(runs, key=len)
        if len(phrase) < N_QUERIES and len(longest) >= 4:
            k = rng.randint(4, min(6, len(longest)))
            i = rng.randint(0, len(longest) - k)
            phrase.append(f'"{longest[i:i + k]}"')
    return plain, phrase


def latency(index, label: str, qs: list[str], errors: list[str], **kw) -> list[str]:
    """Time each search(q, limit=10, **kw); failures go to errors (Rust panic text that
    would reach stderr is silenced). "no hits" / "hits/q": queries that found nothing / mean hits returned."""
    times: list[float] = []
    hits = empty = 0
    saved = os.dup(2)
    with open(os.devnull, "wb") as null:
        os.dup2(null.fileno(), 2)
        try:
            try:
                index.search(qs[0], limit=10, **kw)  # warm-up, untimed
            except xinwen.XinwenError:
                pass
            for q in qs:
                t = time.perf_counter()
                try:
                    n = len(index.search(q, limit=10, **kw))
                    hits, empty = hits + n, empty + (n == 0)
                except xinwen.XinwenError as e:
                    errors.append(f"{label} {q}: {str(e)[:80]!r}")
                times.append(time.perf_counter() - t)
        finally:
            os.dup2(saved, 2)
            os.close(saved)
    times.sort()

    def pct(p: float) -> str:
        return f"{times[min(len(times) - 1, int(p * len(times)))] * 1e3:.2f}"

    failed = sum(e.startswith(label + " ") for e in errors)
    return [label, f"{len(qs):,}", str(failed), str(empty), f"{hits / len(qs):.1f}",
            pct(0.50), pct(0.90), pct(0.99), f"{times[-1] * 1e3:.2f}",
            f"{len(qs) / sum(times):,.0f}"]


def table(title: str, head: list[str], rows: list[list[str]]) -> None:
    """Columns whose first row starts with a number are right-aligned."""
    widths = [max(len(str(c)) for c in col) for col in zip(head, *rows)]
    right = [i > 0 and bool(re.match(r"[-\d.,]+( |$)", c)) for i, c in enumerate(rows[0])]
    print(f"\n{title}")
    for row in [head, ["-" * w for w in widths], *rows]:
        print("  " + "  ".join(c.rjust(w) if r else c.ljust(w)
                               for c, w, r in zip(row, widths, right)).rstrip())
    sys.stdout.flush()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="10,000 xwlb items, 1,000 CCTV pages")
    args = ap.parse_args()
    missing = [str(p) for p in (XWLB, CCTV) if not p.is_file()]
    if missing:
        fail("shared benchmark data missing: " + ", ".join(missing)
             + "\n  (expected beside the checkout in ../shared, or set XINWEN_SHARED)")
    if not XINWEN.is_file():
        fail(f"no xinwen binary at {XINWEN}: run `make build` (or set XINWEN_CLI)")
    if not shutil.which("zstd"):
        fail("the `zstd` command is needed to unpack the benchmark data")
    began = time.perf_counter()
    print(f"xinwen speed benchmark ({'quick' if args.quick else 'full'} data)")
    table("Machine and build", ["fact", "value"], [list(r) for r in machine()])
    x, j = str(XINWEN), ["-q", "-j", str(CORES)]
    with tempfile.TemporaryDirectory(prefix="xinwen-bench-") as tmpdir:
        tmp = Path(tmpdir)
        t = time.perf_counter()
        d = prepare(tmp, args.quick)
        print(f"\n(data unpacked and sized outside timing in {time.perf_counter() - t:.0f} s)")
        table(bench_analysis.TITLE, bench_analysis.HEAD,
              bench_analysis.rows(x, XWLB, tmp, run))
        head = ["run", "items", "input MB", "wall s", "items/s", "MB/s/core", "busy",
                "peak RSS MB"]
        xw = "xwlb content, zst" if not args.quick else "xwlb content, first 10k"
        cli = run([x, "extract", *j, str(d["pages"])])
        rows = [throughput("CCTV pages, full", d["n_pages"], "pages", d["page_mb"], cli),
                throughput("CCTV pages, --no-entities", d["n_pages"], "pages", d["page_mb"],
                           run([x, "extract", *j, "--no-entities", str(d["pages"])])),
                throughput(xw, d["n_items"], "items", d["item_mb"],
                           run([x, "extract", *j, "--field", "content", str(d["xwlb"]),
                                "-o", str(tmp / "records.jsonl")]))]
        py = run([sys.executable, "-c", PY_EXTRACT, str(d["pages"]), str(CORES)])
        rows.insert(1, throughput("CCTV pages, Python", d["n_pages"], "pages", d["page_mb"], py))
        table(f"1. Extraction: xinwen extract -j {CORES}, records to /dev/null (xwlb: to a file, "
              "for 2.) (MB: HTML "
              "file bytes for CCTV pages, UTF-8 bytes of `content` for xwlb)", head, rows)
        print(f"  Python = xinwen.extract(dir, workers={CORES}) in a fresh interpreter, the list of"
              f" Article objects built (import included): {py['wall'] / cli['wall']:.2f}x the CLI's wall time")
        if CORES > 1:
            one = run([x, "extract", "-q", "-j", "1", str(d["pages"])])
            print(f"  threads: the CCTV pages, full, with -j {CORES} run {one['wall'] / cli['wall']:.2f}x"
                  f" as fast as with -j 1 ({one['wall']:.1f} s, peak RSS {one['rss']:,.0f} MB;"
                  " goal for 2 threads: 1.8x)")
        table(bench_pages.TITLE, bench_pages.HEAD, bench_pages.rows(d["pages"], d["page_mb"]))
        idx = tmp / "index"
        r = run([x, "index", *j, "--field", "content", "--index", str(idx), str(d["xwlb"])])
        index = xinwen.Index.open(idx)
        rec_idx = tmp / "index-records"
        rec = run([x, "index", *j, "--records", "--index", str(rec_idx), str(tmp / "records.jsonl")])
        table(f"2. Indexing: xinwen index -j {CORES} --field content (extract + index + "
              "commit); --records: the records of 1. indexed as they are (MB: `content` bytes "
              "as above)", head + ["index MB", "docs"],
              [throughput(xw, d["n_items"], "items", d["item_mb"], r)
               + [f"{dir_mb(idx):,.0f}", f"{len(index):,}"],
               throughput(xw + ", --records", d["n_items"], "items", d["item_mb"], rec)
               + [f"{dir_mb(rec_idx):,.0f}", f"{len(xinwen.Index.open(rec_idx)):,}"]])
        glue_idx = tmp / "index-glue"
        glue_idx.mkdir()
        glue = run(bench_glue.command(str(tmp / "records.jsonl"), str(glue_idx)))
        rows2 = [throughput("Python glue (OpenCC + jieba + tantivy-py)", d["n_items"], "items",
                            d["item_mb"], glue) + [f"{dir_mb(glue_idx):,.0f}", ""]]
        table("   beside it, the same records indexed by the Python glue a user would write "
              "(bench/bench_glue.py, in .venv-bench)", head + ["index MB", "docs"], rows2)
        print(f"    --records: {r['wall'] / rec['wall']:.1f}x faster than extracting and indexing;"
              f" {glue['wall'] / rec['wall']:.1f}x the Python glue's speed (wall), "
              f"{glue['cpu'] / rec['cpu']:.1f}x per CPU second")
        if r["stderr"]:
            print(f"    xinwen index says: {r['stderr'].splitlines()[-1]}")
        plain, phrase = queries(d["titles"])
        errors: list[str] = []
        rows = [latency(index, "plain", plain, errors), latency(index, "phrase", phrase, errors),
                latency(index, f"plain since={SINCE}", plain, errors, since=SINCE),
                latency(index, "plain, mode=all", plain, errors, mode="all")]
        table(f"3. Search latency: Python binding in-process, 1 thread, limit=10, default mode, "
              f"{N_QUERIES:,} queries per form from xwlb titles (seed {SEED}), e.g. "
              f"{plain[0]} / {plain[1]} / {phrase[0]}",
              ["form", "queries", "errors", "no hits", "hits/q", "p50 ms", "p90 ms", "p99 ms",
               "max ms", "queries/s"], rows)
        for e in errors[:5]:
            print(f"    error: {e}")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"    peak RSS of this Python process (titles + open index): {rss:,.0f} MB")
        table("4. Cost per KB of one article: xinwen.parse in-process, 1 thread, entities "
              "on, median of runs (ratio: ms/KB against that of 10 KB; goal at 1,000 KB: "
              "1.5 or less)",
              ["article", "KB", "runs", "ms", "ms/KB", "ratio", "people", "places", "orgs",
               "events"], cost_per_kb(d["paragraphs"]))
    print(f"\nbench_speed: done in {time.perf_counter() - began:.0f} s")


try:
    import xinwen
except ImportError:
    sys.path.insert(0, str(ROOT / "python"))
    try:
        import xinwen
    except ImportError as e:
        fail(f"cannot import xinwen ({e}): run `make develop`, use .venv/bin/python")

if __name__ == "__main__":
    main()
