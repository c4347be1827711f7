#!/usr/bin/env python3
"""Scores xinwen on the bundled example corpus against examples/gold.json: the record's
fields page by page, and people (name, title) pairs and places over the whole corpus.

Needs no shared data: the corpus and its gold ship with the repository.

Usage: .venv/bin/python bench/score_examples.py [--verbose]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import xinwen

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
S = xinwen.to_simplified


def squash(text: str | None) -> str:
    return "".join(S(text or "").split())


def names(a: dict, role: str) -> list[str]:
    return sorted({squash(b["name"]) for b in a["bylines"] if b["role"] == role})


def fields(gold: dict, a: dict) -> list[tuple[str, bool, str]]:
    rows = []

    def same(field: str, got, want) -> None:
        rows.append((field, got == want, f"got {got!r} want {want!r}"))

    for field in ["title", "subtitle", "site", "source", "summary"]:
        same(field, squash(a.get(field)), squash(gold[field]))
    same("published", (a["published"] or "")[:16], gold["published"] and gold["published"][:16])
    same("published_year_inferred", a["published_year_inferred"], gold["published_year_inferred"])
    same("script", a["script"], gold["script"])
    same("encoding", a["encoding"], gold["encoding"])
    for role, field in [("reporter", "reporters"), ("editor", "editors"), ("photographer", "photographers"), ("correspondent", "correspondents")]:
        same(field, names(a, role), sorted({squash(n) for n in gold[field]}))
    same("tags", [squash(t) for t in a["tags"]], [squash(t) for t in gold["tags"]])
    first = squash(a["paragraphs"][0]) if a["paragraphs"] else ""
    same("first_paragraph", first, squash(gold["first_paragraph"]))
    same("corrupted", [f["text"] for f in a["flags"] if f["kind"] == "mojibake"], gold["corrupted"])
    return rows


def pairs(people: list[dict]) -> set[tuple[str, str]]:
    return {(squash(p["name"]), squash(t)) for p in people for t in p["titles"] or [""]}


def entities(gold: dict[str, dict], articles: dict[str, dict]) -> dict[str, float]:
    """Corpus-wide people (name, title) precision/recall/F1 and place recall."""
    got = {(page, *p) for page in gold for p in pairs(articles[page]["people"])}
    want = {(page, *p) for page, g in gold.items() for p in pairs(g["people"])}
    hit = len(got & want)
    precision, recall = hit / max(len(got), 1), hit / max(len(want), 1)
    places_want = [(page, squash(p)) for page, g in gold.items() for p in g["places"]]
    places_got = {(page, squash(p["name"])) for page in gold for p in articles[page]["places"]}
    return {
        "people_precision": precision,
        "people_recall": recall,
        "people_f1": 2 * precision * recall / (precision + recall) if hit else 0.0,
        "places_recall": sum(p in places_got for p in places_want) / max(len(places_want), 1),
        "people_missing": sorted(want - got),
        "people_extra": sorted(got - want),
        "places_missing": [p for p in places_want if p not in places_got],
    }  # type: ignore[dict-item]


def results() -> tuple[dict[str, list[tuple[str, bool, str]]], dict]:
    gold = json.loads((ROOT / "examples" / "gold.json").read_text(encoding="utf-8"))
    articles = {Path(a.path).name: a.to_dict() for a in xinwen.extract(sorted(CORPUS.glob("[0-9]*")))}
    return {page: fields(g, articles[page]) for page, g in gold.items()}, entities(gold, articles)


def main() -> int:
    rows, ents = results()
    failures = 0
    for page, checks in rows.items():
        bad = [r for r in checks if not r[1]]
        failures += len(bad)
        print(f"{page}: {len(checks) - len(bad)}/{len(checks)} fields right")
        for field, ok, detail in checks:
            if not ok or "--verbose" in sys.argv:
                print(f"   {'ok ' if ok else 'BAD'} {field:24} {detail[:300]}")
    print(
        f"people P {ents['people_precision']:.3f} R {ents['people_recall']:.3f} F1 {ents['people_f1']:.3f}; "
        f"places recall {ents['places_recall']:.3f}"
    )
    for key in ["people_missing", "people_extra", "places_missing"]:
        if ents[key]:
            print(f"   {key}: {ents[key]}")
    print(f"{failures} wrong fields")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
