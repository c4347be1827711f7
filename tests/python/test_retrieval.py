"""Search as a retriever on the reading-comprehension sets (the scorer of
bench/score_retrieval.py): each question must find its own paragraph among all
paragraphs, in its own script or in the other one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import score_retrieval  # noqa: E402


@pytest.fixture(scope="module")
def scores(shared: Path) -> dict[str, score_retrieval.Score]:
    return score_retrieval.score_xinwen(shared, list(score_retrieval.TARGETS))


@pytest.mark.parametrize("setting", list(score_retrieval.TARGETS))
def test_mrr_at_10_clears_its_target(scores: dict[str, score_retrieval.Score], setting: str) -> None:
    score = scores[setting]
    assert score.queries > 3000
    assert score.mrr >= score_retrieval.TARGETS[setting], f"{setting}: {score}"


def test_natural_language_questions_find_their_paragraph_by_default(tmp_path: Path) -> None:
    import xinwen

    index = xinwen.Index.create(tmp_path / "index")
    text = "潘淑，会稽句章人，吴大帝孙权的皇后。"
    index.add(xinwen.Article.from_dict({"id": "p", "text": text, "paragraphs": [text]}))
    index.commit()
    assert index.search("潘淑是谁的皇后？", mode="all") == []
    for mode in ["most", "any"]:
        hits = index.search("潘淑是谁的皇后？", mode=mode)
        assert [h["id"] for h in hits] == ["p"]
        assert "<b>" in hits[0]["snippet"]
    assert [h["id"] for h in index.search("潘淑是誰的皇后？")] == ["p"]
    with pytest.raises(xinwen.XinwenError):
        index.search("潘淑", mode="some")
