"""People, places, organizations and events against the seeds' gold (the scorer of
bench/score_seeds.py --entities) and against the example corpus' gold
(bench/score_examples.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import score_examples  # noqa: E402
import score_seeds  # noqa: E402


def test_seed_people_places_organizations_and_event_dates(shared: Path) -> None:
    rows = {
        name: score_seeds.score_entities(name, gold, article)
        for name, gold, article in score_seeds.seed_records(shared)
    }
    checked = {field for checks in rows.values() for field, _, _ in checks}
    assert checked == {"people F1≥0.95", "places recall≥0.90", "organizations recall≥0.90", "event dates"}
    wrong = [f"{name}: {field}: {detail}" for name, checks in rows.items() for field, ok, detail in checks if not ok]
    assert wrong == []


def test_example_corpus_fields_match_its_gold() -> None:
    rows, _ = score_examples.results()
    assert len(rows) == 14
    wrong = [f"{page}: {field}: {detail}" for page, checks in rows.items() for field, ok, detail in checks if not ok]
    assert wrong == []


def test_example_corpus_people_and_places() -> None:
    _, entities = score_examples.results()
    assert entities["people_f1"] >= 0.93, entities
    assert entities["places_recall"] >= 0.95, entities
