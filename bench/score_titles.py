#!/usr/bin/env python3
"""Scores people with their titles on CLUENER2020 train: a measure of the pattern users
care about most, a position written right before a name (`国务院副总理刘鹤`).

Gold, per sentence: every `position` span that ends right before a `name` span (no
character between) gives a pair (name, position), except credits (`记者马力`), which
xinwen reports as bylines, apart from people. xinwen parses each sentence as a page
of one paragraph and gives people with titles; a found pair (name, title) matches a gold
pair when the names are equal and the title ends with the gold position (CLUENER labels
the bare position, `副总理`, and the body it belongs to apart, `国务院`, while xinwen
keeps `国务院副总理` as one title).

- recall: gold pairs matched by a found pair;
- precision: found pairs, in sentences with at least one gold pair, whose name is a gold
  name of that sentence and whose title ends with a position CLUENER labels right before
  that name. (CLUENER does not label every person or every position, so pairs found in
  sentences without gold are not counted either way.)

By default only the held-out split counts (bench/cluener_split.py): the NER model is
trained on the rest of CLUENER train; `--all` scores every sentence.

Usage: .venv/bin/python bench/score_titles.py [--limit N] [--errors K]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

import xinwen

import cluener_split

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XINWEN_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data" / "ner" / "cluener2020_train.jsonl"


# Credits, not positions: xinwen reports `记者 付杨` as a byline, kept apart from the
# people an article is about (see the record's `bylines`), so these are no gold pairs.
CREDITS = ("记者", "通讯员", "实习生", "编辑", "摄影")


def gold_pairs(row: dict) -> set[tuple[str, str]]:
    """(name, position) for each position ending right before a name, credits aside."""
    label = row.get("label", {})
    names = [(n, s, e) for n, spans in label.get("name", {}).items() for s, e in spans]
    positions = [(p, s, e) for p, spans in label.get("position", {}).items() for s, e in spans]
    return {(n, p) for n, ns, _ in names for p, _, pe in positions
            if pe + 1 == ns and not p.endswith(CREDITS)}


def score(data: Path, limit: int = 0, held_out_only: bool = True) -> dict:
    """Precision, recall and the errors of xinwen's (name, title) pairs on `data`: by
    default on its held-out split only (bench/cluener_split.py; the NER model trains on
    the rest)."""
    rows = [json.loads(line) for line in data.open(encoding="utf-8")]
    if held_out_only:
        rows = [r for r in rows if cluener_split.held_out(r["text"])]
    pairs = [(r["text"], gold_pairs(r)) for r in rows]
    pairs = [(t, g) for t, g in pairs if g]
    if limit:
        pairs = pairs[:limit]
    gold_n = found_n = hit_recall = hit_precision = 0
    missed: Counter = Counter()
    wrong: Counter = Counter()
    for text, gold in pairs:
        article = xinwen.parse(text, keywords=False)
        found = {(p["name"], t) for p in article.people for t in p["titles"]}
        gold_n += len(gold)
        found_n += len(found)
        for name, position in gold:
            if any(n == name and t.endswith(position) for n, t in found):
                hit_recall += 1
            else:
                missed[(name, position, "|".join(t for n, t in found if n == name), text)] += 1
        for name, title in found:
            if any(name == n and title.endswith(p) for n, p in gold):
                hit_precision += 1
            else:
                wrong[(name, title, text)] += 1
    return {"sentences": len(pairs), "gold": gold_n, "found": found_n,
            "precision": hit_precision / max(found_n, 1), "recall": hit_recall / max(gold_n, 1),
            "missed": missed, "wrong": wrong}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="first N sentences with gold pairs")
    ap.add_argument("--errors", type=int, default=0, help="print K missed and K wrong pairs")
    ap.add_argument("--all", action="store_true", help="every sentence, not the held-out split")
    args = ap.parse_args()
    if not DATA.is_file():
        sys.exit(f"missing {DATA} (set XINWEN_SHARED)")
    s = score(DATA, args.limit, held_out_only=not args.all)
    p, r = s["precision"], s["recall"]
    f1 = 2 * p * r / max(p + r, 1e-9)
    split = "all of it" if args.all else "held-out split"
    print(f"CLUENER2020 train ({split}), {s['sentences']} sentences with a position right before a name, "
          f"{s['gold']} gold (name, position) pairs, {s['found']} found pairs")
    print(f"  (name, title) precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    for title in ("missed", "wrong"):
        for key in list(s[title])[: args.errors]:
            print(f"  {title}: {key[:-1]} | {key[-1][:70]}")


if __name__ == "__main__":
    main()
