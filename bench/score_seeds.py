#!/usr/bin/env python3
"""Scores xinwen's records for the seed pages against shared/gold/seeds.json, field by
field, in simplified form. Prints a table; exits non-zero when a field is wrong.

Usage: .venv/bin/python bench/score_seeds.py [--verbose]
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

import xinwen

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XINWEN_SHARED", ROOT.parent / "shared"))
S = xinwen.to_simplified


def squash(text: str | None) -> str:
    return "".join(S(text or "").split())


def char_f1(predicted: str, gold: str) -> float:
    p, g = Counter(squash(predicted)), Counter(squash(gold))
    overlap = sum((p & g).values())
    if not p or not g:
        return 1.0 if p == g else 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 0.0 if overlap == 0 else 2 * precision * recall / (precision + recall)


def names(article: dict, role: str) -> list[str]:
    return [squash(b["name"]) for b in article["bylines"] if b["role"] == role]


def score(name: str, gold: dict, a: dict) -> list[tuple[str, bool, str]]:
    rows = []

    def same(field: str, got, want) -> None:
        rows.append((field, got == want, f"got {got!r} want {want!r}"))

    for field in ["title", "subtitle", "site", "source", "summary", "column"]:
        if field in gold:
            same(field, squash(a.get(field)), squash(gold[field]))
    published = a["published"] or ""
    rows.append(("published", published.startswith(gold["published"]), f"got {published!r} want {gold['published']!r}…"))
    same("published_year_inferred", a["published_year_inferred"], gold["published_year_inferred"])
    same("script", a["script"], gold["script"])
    for role, field in [("reporter", "reporters"), ("editor", "editors"), ("photographer", "photographers")]:
        same(field, sorted(set(names(a, role))), sorted(squash(n) for n in gold[field]))
    same("tags", [squash(t) for t in a["tags"]], [squash(t) for t in gold["tags"]])
    body = "".join(a["paragraphs"])
    f1 = char_f1(body, "".join(gold["body"]))
    rows.append(("body F1≥0.99", f1 >= 0.99, f"F1 {f1:.4f}, {len(a['paragraphs'])} paragraphs, gold {len(gold['body'])}"))
    same("captions", [squash(c["text"]) for c in a["captions"]], [squash(c) for c in gold["captions"]])
    credits_ok = all(c["credit"] and squash(c["credit"]) in [squash(p) for p in gold["photographers"]] for c in a["captions"])
    rows.append(("caption credits", credits_ok or not gold["captions"], str([c["credit"] for c in a["captions"]][:3])))
    paragraphs = [squash(p) for p in a["paragraphs"]]
    leaked = [b for b in gold["boilerplate"] if any(squash(b) in p for p in paragraphs if squash(b))]
    rows.append(("no boilerplate", not leaked, f"leaked {leaked}"))
    repeated = [d for d in gold.get("duplicate_lines", []) if sum(squash(d) in p for p in paragraphs) > 1]
    rows.append(("no duplicates", not repeated, f"repeated {repeated}"))
    flagged = [f["text"] for f in a["flags"] if f["kind"] == "mojibake"]
    same("corrupted", flagged, gold["corrupted"])
    return rows


def results(shared: Path = SHARED) -> dict[str, list[tuple[str, bool, str]]]:
    """Every checked field of every seed: (field, right, detail)."""
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    seeds = sorted((shared / "corpus" / "seeds").glob("*.txt"))
    articles = {Path(a.path).name: a.to_dict() for a in xinwen.extract(seeds)}
    return {name: score(name, expected, articles[name]) for name, expected in gold.items()}


def main() -> int:
    failures = 0
    for name, rows in results().items():
        bad = [r for r in rows if not r[1]]
        failures += len(bad)
        print(f"{name}: {len(rows) - len(bad)}/{len(rows)} fields right")
        for field, ok, detail in rows:
            if not ok or "--verbose" in sys.argv:
                print(f"   {'ok ' if ok else 'BAD'} {field:24} {detail[:300]}")
    print(f"{failures} wrong fields")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
