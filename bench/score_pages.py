#!/usr/bin/env python3
"""Scores xinwen on the HTML pages with gold: shared/pages/dev in both forms (HTML and
text dumps, by the acceptance scorer shared/tools/score_pages.py), shared/pages/twnews
(title, date, author, a body sentence) and shared/pages/trafilatura (title, date,
author, `with` snippets in the body, `without` snippets not).

Usage: .venv/bin/python bench/score_pages.py [--verbose]
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import xinwen

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XINWEN_SHARED", ROOT.parent / "shared"))


def squash(text: str | None) -> str:
    return "".join((text or "").split())


def authors(a: dict) -> list[str]:
    """The author in trafilatura's sense: the declared author, else the writers
    (reporters), else the editors when nobody else is credited."""
    for roles in [("author",), ("reporter",), ("editor",)]:
        names = [b["name"] for b in a["bylines"] if b["role"] in roles]
        if names:
            return names
    return []


def same_time(got: str | None, want: str | None) -> bool:
    if not want:
        return True
    got = (got or "").replace("T", " ")
    want = want.replace("T", " ")
    n = 16 if len(want) > 10 else 10
    return got[:n] == want[:n]


def cases(shared: Path = SHARED) -> list[tuple[str, dict]]:
    out = []
    for group in ["twnews", "trafilatura"]:
        gold = json.loads((shared / "pages" / group / "gold.json").read_text(encoding="utf-8"))
        for name, g in sorted(gold.items()):
            if group == "trafilatura" and not g.get("title"):
                continue
            out.append((f"{group}/{name}", g))
    return out


def check(page: str, g: dict, a: dict) -> list[tuple[str, bool, str]]:
    body = squash(a["text"])
    rows = [
        ("title", squash(a["title"]) == squash(g["title"]), f"got {a['title']!r} want {g['title']!r}"),
        ("date", same_time(a["published"], g.get("date")), f"got {a['published']!r} want {g.get('date')!r}"),
        # an empty gold author is not annotated (archive.org's page states
        # 作者： 记者王敬照): only given authors are checked
        ("author", not g.get("author") or g.get("author") in authors(a), f"got {authors(a)} want {g.get('author')!r}"),
    ]
    withs = g.get("with", []) + ([g["contains"]] if "contains" in g else [])
    for w in withs:
        rows.append((f"with {w[:12]}", squash(w) in body, ""))
    for w in g.get("without", []):
        rows.append((f"without {w[:12]}", squash(w) not in body, ""))
    return rows


def results(shared: Path = SHARED) -> dict[str, list[tuple[str, bool, str]]]:
    """Every check of every page with gold: (check, right, detail)."""
    items = cases(shared)
    paths = [shared / "pages" / p for p, _ in items]
    articles = {str(Path(a.path).relative_to(shared / "pages")): a.to_dict() for a in xinwen.extract(paths)}
    return {page: check(page, g, articles[page]) for page, g in items}


def dev_pages() -> None:
    """shared/pages/dev in both forms (HTML and text dumps), by the acceptance scorer
    shared/tools/score_pages.py: one line of figures per form."""
    import subprocess
    import tempfile

    dev = SHARED / "pages" / "dev"
    cli = os.environ.get("XINWEN_CLI", str(ROOT / "target" / "release" / "xinwen"))
    for form in ["html", "text"]:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl") as out:
            subprocess.run([cli, "extract", "-q", "--no-keywords", str(dev / form)], stdout=out, check=True)
            scored = subprocess.run([sys.executable, str(SHARED / "tools" / "score_pages.py"),
                                     str(dev / "gold.json"), out.name], capture_output=True, text=True, check=True)
        print(f"pages/dev {form:5} {scored.stdout.strip()}")


def main() -> int:
    dev_pages()
    wrong = 0
    for page, rows in results().items():
        bad = [r for r in rows if not r[1]]
        wrong += len(bad)
        print(f"{page}: {len(rows) - len(bad)}/{len(rows)}")
        for field, ok, detail in rows:
            if not ok or "--verbose" in sys.argv:
                print(f"   {'ok ' if ok else 'BAD'} {field:24} {detail[:200]}")
    print(f"{wrong} wrong")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
