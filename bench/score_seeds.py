#!/usr/bin/env python3
"""Scores xinwen's records for the seed pages against shared/gold/seeds.json, field by
field, in simplified form. Prints a table; exits non-zero when a field is wrong.

Usage: .venv/bin/python bench/score_seeds.py [--verbose] [--entities]
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


def expand(value: str) -> list[str]:
    """A date or an interval `2020-01-27/2020-01-28` as its days."""
    if "/" not in value:
        return [value]
    start, end = value.split("/")
    if start.startswith("--") or len(start) != 10 or len(end) != 10:
        return [start, end]
    import datetime

    a, b = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    return [(a + datetime.timedelta(days=i)).isoformat() for i in range((b - a).days + 1)]


def score_entities(name: str, gold: dict, a: dict) -> list[tuple[str, bool, str]]:
    """People with titles (F1 over (name, title) pairs ≥ 0.95), places and organizations
    (recall ≥ 0.90), event dates (equal sets)."""
    got_pairs = {(squash(p["name"]), squash(t)) for p in a["people"] for t in p["titles"] or [""]}
    gold_pairs = {(squash(p["name"]), squash(t)) for p in gold["people"] for t in p["titles"] or [""]}
    overlap = len(got_pairs & gold_pairs)
    precision = overlap / len(got_pairs) if got_pairs else 0.0
    recall = overlap / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    rows = [("people F1≥0.95", f1 >= 0.95, f"F1 {f1:.3f} P {precision:.2f} R {recall:.2f}; missing {sorted(gold_pairs - got_pairs)} extra {sorted(got_pairs - gold_pairs)}")]
    for field in ["places", "organizations"]:
        got = {squash(x["name"]) for x in a[field]}
        want = [squash(x) for x in gold[field]]
        hit = sum(w in got for w in want)
        r = hit / len(want) if want else 1.0
        rows.append((f"{field} recall≥0.90", r >= 0.90, f"recall {r:.2f}; missing {[w for w in want if w not in got]}"))
    dates = {d for e in a["events"] if e["date"] for d in expand(e["date"])}
    rows.append(("event dates", dates == set(gold["event_dates"]), f"got {sorted(dates)} want {gold['event_dates']}"))
    return rows


def seed_records(shared: Path = SHARED) -> list[tuple[str, dict, dict]]:
    """(file name, gold, extracted record as a dict) of each seed."""
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    seeds = sorted((shared / "corpus" / "seeds").glob("*.txt"))
    articles = {Path(a.path).name: a.to_dict() for a in xinwen.extract(seeds)}
    return [(name, expected, articles[name]) for name, expected in gold.items()]


def results(shared: Path = SHARED, entities: bool = False) -> dict[str, list[tuple[str, bool, str]]]:
    """Every checked field of every seed: (field, right, detail); with `entities`, the
    people, places, organizations and event dates too."""
    rows = {}
    for name, expected, article in seed_records(shared):
        rows[name] = score(name, expected, article)
        if entities:
            rows[name] += score_entities(name, expected, article)
    return rows


def main() -> int:
    failures = 0
    for name, rows in results(entities="--entities" in sys.argv).items():
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
