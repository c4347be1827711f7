#!/usr/bin/env python3
"""Scores `xinwen entities` on the BIO test sets: span-exact precision, recall and F1 per
kind (PER, LOC, ORG) and micro-averaged, for `--method ner`, `article` and `jieba` side by
side, one table per test set.

Each sentence of a BIO file (one `char TAG` per line, blank lines between sentences)
becomes one line of text; both methods tag the same lines in the same run.

The `cluener` set is the held-out fifth of CLUENER2020 train (bench/cluener_split.py:
news across domains, never trained on): `name` as PER, `organization`, `company`,
`government` as ORG, `address` and `scene` as LOC.

Usage: python3 bench/score_ner.py [--sets msra,pd,cluener] [--limit N] [--binary PATH]
Standard library only. Test data: shared/data/ner beside the checkout ($XINWEN_SHARED).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import cluener_split

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XINWEN_SHARED", ROOT.parent / "shared"))
SETS = {
    "msra": ("MSRA test", "msra_test.bio"),
    "cluener": ("CLUENER2020 train, held-out split (bench/cluener_split.py)", "cluener2020_train.jsonl"),
    "pd": ("People's Daily 1998 test", "peoples_daily_1998_test.bio"),
    "pd-dev": ("People's Daily 1998 dev", "peoples_daily_1998_dev.bio"),
}
KINDS = {"PER": "person", "LOC": "place", "ORG": "organization"}
METHODS = ["ner", "article", "jieba"]


def read_bio(path: Path) -> list[tuple[str, list[str]]]:
    """The sentences of a BIO file as (text, tags)."""
    sentences, chars, tags = [], [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\r")
        if not line.strip():
            if chars:
                sentences.append(("".join(chars), tags))
                chars, tags = [], []
            continue
        if line[0].isspace():  # the character is itself a space
            char, tag = " ", line.split()[-1]
        else:
            parts = line.split()
            char, tag = parts[0][0], parts[-1] if len(parts) > 1 else "O"
        chars.append(char)
        tags.append(tag)
    if chars:
        sentences.append(("".join(chars), tags))
    return sentences


def tags_of(sentence: dict) -> list[str]:
    """A CLUENER sentence's BIO tags (its kinds mapped as the trainer maps them)."""
    lines = cluener_split.bio(sentence).splitlines()
    return [line.rsplit(" ", 1)[-1] for line in lines if line]


def spans_of(tags: list[str]) -> set[tuple[str, int, int]]:
    """Gold spans (kind, start, end); an I- tag that continues nothing starts a span."""
    spans, start, kind = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        continues = tag.startswith("I-") and tag[2:] == kind
        if continues:
            continue
        if kind is not None:
            spans.add((kind, start, i))
        start, kind = (i, tag[2:]) if tag[:2] in ("B-", "I-") and tag[2:] in KINDS else (None, None)
    return spans


def run(binary: Path, method: str, lines: list[str]) -> tuple[list[set[tuple[str, int, int]]], float]:
    """Predicted spans per line, and the wall time."""
    names = {v: k for k, v in KINDS.items()}
    started = time.perf_counter()
    proc = subprocess.run(
        [str(binary), "entities", "--method", method],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"xinwen entities --method {method} failed: {proc.stderr.strip()}")
    out = [json.loads(l) for l in proc.stdout.splitlines() if l.strip()]
    if len(out) != len(lines):
        sys.exit(f"--method {method}: {len(out)} output lines for {len(lines)} input lines")
    spans = [{(names[e["kind"]], e["start"], e["end"]) for e in o["entities"] if e["kind"] in names} for o in out]
    return spans, elapsed


def prf(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(predicted: list[set], gold: list[set]) -> dict[str, tuple[float, float, float]]:
    rows = {}
    totals = [0, 0, 0]
    for kind in KINDS:
        c = p = g = 0
        for ps, gs in zip(predicted, gold):
            pk = {s for s in ps if s[0] == kind}
            gk = {s for s in gs if s[0] == kind}
            c, p, g = c + len(pk & gk), p + len(pk), g + len(gk)
        rows[kind] = prf(c, p, g)
        totals = [totals[0] + c, totals[1] + p, totals[2] + g]
    rows["micro"] = prf(*totals)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="msra,pd,cluener", help="comma-separated: " + ",".join(SETS))
    ap.add_argument("--limit", type=int, default=0, help="first N sentences of each set")
    ap.add_argument("--binary", type=Path, default=ROOT / "target" / "release" / "xinwen")
    args = ap.parse_args()
    if not args.binary.exists():
        sys.exit(f"{args.binary} not found: run `cargo build --release` first")
    for name in args.sets.split(","):
        if name not in SETS:
            sys.exit(f"unknown set {name!r}; choose from {', '.join(SETS)}")
        title, file = SETS[name]
        if name == "cluener":
            sentences = [(s["text"], tags_of(s)) for s in cluener_split.sentences()
                         if cluener_split.held_out(s["text"])]
        else:
            sentences = read_bio(SHARED / "data" / "ner" / file)
        if args.limit:
            sentences = sentences[: args.limit]
        lines = [text for text, _ in sentences]
        gold = [spans_of(tags) for _, tags in sentences]
        results = {m: run(args.binary, m, lines) for m in METHODS}
        scores = {m: score(results[m][0], gold) for m in METHODS}
        counts = {k: sum(1 for gs in gold for s in gs if s[0] == k) for k in KINDS}
        print(f"\n{title}: {len(lines)} sentences, {sum(map(len, lines))} characters, "
              f"gold PER {counts['PER']} LOC {counts['LOC']} ORG {counts['ORG']}")
        head = "| kind  | " + " | ".join(f"{m:>5} P   R     F1  " for m in METHODS) + " |"
        print(head)
        print("|-------|" + "|".join("-" * 21 for _ in METHODS) + "|")
        for kind in [*KINDS, "micro"]:
            cells = " | ".join("{:.3f} {:.3f} {:.3f}".format(*scores[m][kind]) + "  " for m in METHODS)
            print(f"| {kind:<5} | {cells} |")
        print("time: " + ", ".join(f"{m} {results[m][1]:.1f} s" for m in METHODS))


if __name__ == "__main__":
    main()
