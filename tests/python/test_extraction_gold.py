"""Extraction against the gold of the seeds and of the HTML pages (the scorers of
bench/score_seeds.py and bench/score_pages.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import score_pages  # noqa: E402
import score_seeds  # noqa: E402


def wrong(results: dict[str, list[tuple[str, bool, str]]]) -> list[str]:
    return [f"{name}: {field}: {detail}" for name, rows in results.items() for field, ok, detail in rows if not ok]


def test_every_seed_field_matches_the_gold(shared: Path) -> None:
    results = score_seeds.results(shared)
    assert len(results) == 5
    assert wrong(results) == []


def test_html_pages_match_their_gold(shared: Path) -> None:
    results = score_pages.results(shared)
    assert len(results) == 11  # 7 Taiwanese news pages, 4 trafilatura pages with gold
    assert wrong(results) == []


@pytest.mark.parametrize("field", ["title", "body F1≥0.99", "no boilerplate", "no duplicates", "captions"])
def test_seed_field_is_checked(shared: Path, field: str) -> None:
    results = score_seeds.results(shared)
    assert all(any(f == field for f, _, _ in rows) for rows in results.values())
