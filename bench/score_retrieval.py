#!/usr/bin/env python3
"""Scores xinwen's search as a retriever on the reading-comprehension sets of
shared/data/retrieval: every paragraph is one document, every question one query whose
only relevant document is its own paragraph. Prints MRR@10, recall@1 and recall@10 per
setting, with the same figures for a baseline beside them:

- CMRC dev: simplified questions over simplified paragraphs;
- DRCD dev t2s: questions converted to simplified (`xinwen.to_simplified`) over the
  traditional paragraphs as written;
- CMRC dev s2t: questions converted to traditional (`xinwen.to_traditional`) over the
  simplified paragraphs;
- DRCD dev: traditional questions over traditional paragraphs.

Questions are searched as a user types them, with the default mode (`"most"`: articles
with every content word first, then the others by BM25; function words and question
words never required); `--mode all|any` scores another mode.

The baseline is Python jieba (`lcut`, its default mode) with plain BM25 (tantivy's
formula) and no script normalization. jieba is never a project dependency: it lives in
the virtualenv .venv-bench at the repo root, made on first use, and runs there by this
same file in worker mode (`--worker`: JSON documents and queries on stdin, the rank of
each query's document on stdout). `--no-baseline` skips it.

Seconds are wall time per setting: indexing the paragraphs, then every search.

Usage: python3 bench/score_retrieval.py [--sets cmrc,drcd-t2s,cmrc-s2t,drcd]
       [--limit N] [--no-baseline] [--json FILE]
Run with a python where `xinwen` is importable (`make develop`; .venv/bin/python).
Test data: shared/data/retrieval beside the checkout ($XINWEN_SHARED).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XINWEN_SHARED", ROOT.parent / "shared"))
VENV = ROOT / ".venv-bench"
VPY = VENV / "bin" / "python"
MARKER = VENV / ".installed-retrieval"
REQUIREMENTS = ["jieba==0.42.1"]
DEPTH = 10  # MRR@10, recall@10

# setting: (label, data file, how the questions are converted)
SETTINGS = {
    "cmrc": ("CMRC dev", "cmrc_dev.json", None),
    "drcd-t2s": ("DRCD dev, questions simplified", "drcd_dev.json", "to_simplified"),
    "cmrc-s2t": ("CMRC dev, questions traditional", "cmrc_dev.json", "to_traditional"),
    "drcd": ("DRCD dev", "drcd_dev.json", None),
}
# the bar each setting must clear (tests/python/test_retrieval.py)
TARGETS = {"cmrc": 0.98, "drcd-t2s": 0.95, "cmrc-s2t": 0.97}

Documents = list[tuple[str, str]]  # (paragraph id, text)
Queries = list[tuple[str, str]]  # (question, paragraph id)


@dataclass
class Score:
    queries: int
    mrr: float
    recall_1: float
    recall_10: float
    seconds: float


def load(path: Path, limit: Optional[int] = None) -> tuple[Documents, Queries]:
    """The paragraphs of a SQuAD-style file and its questions, each with its paragraph."""
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    docs: Documents = []
    queries: Queries = []
    for article in data:
        for paragraph in article["paragraphs"]:
            docs.append((paragraph["id"], paragraph["context"]))
            queries += [(qa["question"], paragraph["id"]) for qa in paragraph["qas"]]
    return docs, queries[:limit] if limit else queries


def score(ranks: list[Optional[int]], seconds: float) -> Score:
    """Figures from the 1-based rank of each query's document (None: not in the top 10)."""
    n = max(len(ranks), 1)
    found = [r for r in ranks if r is not None and r <= DEPTH]
    return Score(
        queries=len(ranks),
        mrr=sum(1 / r for r in found) / n,
        recall_1=sum(r == 1 for r in found) / n,
        recall_10=len(found) / n,
        seconds=seconds,
    )


def rank_of(ids: list[str], want: str) -> Optional[int]:
    return ids.index(want) + 1 if want in ids else None


def converted(queries: Queries, how: Optional[str]) -> Queries:
    if how is None:
        return queries
    import xinwen

    convert: Callable[[str], str] = getattr(xinwen, how)
    return [(convert(q), doc) for q, doc in queries]


# ---------------------------------------------------------------- xinwen


def xinwen_ranks(docs: Documents, queries: Queries, mode: Optional[str] = None) -> list[Optional[int]]:
    import xinwen

    with tempfile.TemporaryDirectory(prefix="xinwen-retrieval-") as tmp:
        index = xinwen.Index.create(tmp)
        index.add([xinwen.Article.from_dict({"id": i, "text": t, "paragraphs": [t]}) for i, t in docs])
        index.commit()
        options = {} if mode is None else {"mode": mode}
        return [rank_of([h["id"] for h in index.search(q, limit=DEPTH, **options)], doc) for q, doc in queries]


def score_xinwen(
    shared: Path = SHARED, sets: Optional[list[str]] = None, limit: Optional[int] = None, mode: Optional[str] = None
) -> dict[str, Score]:
    """xinwen's figures per setting (each timed from indexing to the last search), with
    `mode` (the default mode when None)."""
    out = {}
    for name in sets or list(SETTINGS):
        _, file, how = SETTINGS[name]
        docs, queries = load(shared / "data" / "retrieval" / file, limit)
        start = time.perf_counter()
        queries = converted(queries, how)
        out[name] = score(xinwen_ranks(docs, queries, mode), time.perf_counter() - start)
    return out


# ---------------------------------------------------------------- baseline (in .venv-bench)


def bm25_ranks(docs: list[list[str]], queries: list[list[str]], k1: float = 1.2, b: float = 0.75) -> list[list[int]]:
    """The top document numbers of each query by BM25 (tantivy's formula)."""
    tfs = [Counter(d) for d in docs]
    lengths = [len(d) for d in docs]
    average = sum(lengths) / max(len(lengths), 1)
    frequency = Counter(term for tf in tfs for term in tf)
    postings: dict[str, list[int]] = {}
    for n, tf in enumerate(tfs):
        for term in tf:
            postings.setdefault(term, []).append(n)
    out = []
    for query in queries:
        scores: Counter[int] = Counter()
        for term in query:
            df = frequency.get(term, 0)
            idf = math.log(1 + (len(docs) - df + 0.5) / (df + 0.5))
            for n in postings.get(term, []):
                tf = tfs[n][term]
                scores[n] += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * lengths[n] / average))
        out.append([n for n, _ in scores.most_common(DEPTH)])
    return out


def worker() -> None:
    """jieba + BM25, no script normalization: {docs, queries} on stdin, ranks on stdout."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    job = json.load(sys.stdin)

    def words(text: str) -> list[str]:
        return [w.lower() for w in jieba.lcut(text) if w.strip() and any(c.isalnum() for c in w)]

    ids = [i for i, _ in job["docs"]]
    top = bm25_ranks([words(t) for _, t in job["docs"]], [words(q) for q, _ in job["queries"]])
    ranks = [rank_of([ids[n] for n in hits], doc) for hits, (_, doc) in zip(top, job["queries"])]
    json.dump(ranks, sys.stdout)


def ensure_venv() -> None:
    if MARKER.exists() and MARKER.read_text() == " ".join(REQUIREMENTS):
        return
    print(f"setting up {VENV.name} with {' '.join(REQUIREMENTS)} ...", file=sys.stderr)
    if not VPY.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(VPY), "-m", "pip", "install", "--quiet", *REQUIREMENTS], check=True)
    MARKER.write_text(" ".join(REQUIREMENTS))


def score_baseline(shared: Path = SHARED, sets: Optional[list[str]] = None, limit: Optional[int] = None) -> dict[str, Score]:
    ensure_venv()
    out = {}
    for name in sets or list(SETTINGS):
        _, file, how = SETTINGS[name]
        docs, queries = load(shared / "data" / "retrieval" / file, limit)
        start = time.perf_counter()
        job = json.dumps({"docs": docs, "queries": converted(queries, how)}, ensure_ascii=False)
        result = subprocess.run([str(VPY), __file__, "--worker"], input=job, check=True, capture_output=True, text=True)
        out[name] = score(json.loads(result.stdout), time.perf_counter() - start)
    return out


# ---------------------------------------------------------------- report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SETTINGS), help="comma-separated: " + ", ".join(SETTINGS))
    parser.add_argument("--limit", type=int, help="only the first N questions of each set")
    parser.add_argument("--no-baseline", action="store_true", help="skip jieba + BM25")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--mode", choices=["most", "all", "any"], help="the query mode (default: the default mode)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker()
        return 0
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = [s for s in sets if s not in SETTINGS]
    if unknown:
        parser.error(f"unknown sets {unknown}; choose from {list(SETTINGS)}")
    ours = score_xinwen(SHARED, sets, args.limit, args.mode)
    theirs = {} if args.no_baseline else score_baseline(SHARED, sets, args.limit)
    print(f"{'setting':34} {'engine':13} {'queries':>7} {'MRR@10':>7} {'R@1':>6} {'R@10':>6} {'secs':>6}")
    for name in sets:
        rows = [("xinwen", ours[name])] + ([("jieba+BM25", theirs[name])] if name in theirs else [])
        for engine, s in rows:
            print(f"{SETTINGS[name][0]:34} {engine:13} {s.queries:7} {s.mrr:7.4f} {s.recall_1:6.4f} {s.recall_10:6.4f} {s.seconds:6.1f}")
        if name in theirs and theirs[name].mrr > 0:
            target = f"; target {TARGETS[name]:.2f}" if name in TARGETS else ""
            print(f"{'':34} {'ratio':13} {'':7} {ours[name].mrr / theirs[name].mrr:7.2f}{target}")
    if args.json:
        figures = {"xinwen": {k: asdict(v) for k, v in ours.items()}, "baseline": {k: asdict(v) for k, v in theirs.items()}}
        args.json.write_text(json.dumps(figures, indent=2))
    missed = [n for n in sets if n in TARGETS and ours[n].mrr < TARGETS[n]]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
