"""Index.widget(): a query typed fills the table of hits, a facet value chosen filters
them, and the chosen article shows its people and places marked."""

from __future__ import annotations


import pytest

import xinwen
from xinwen._display import COLOURS

pytest.importorskip("ipywidgets")


@pytest.fixture(scope="module")
def index(corpus, tmp_path_factory) -> xinwen.Index:
    index = xinwen.Index.create(tmp_path_factory.mktemp("widget") / "index")
    index.add(xinwen.read(corpus))
    index.commit()
    return index


def test_typing_a_query_fills_the_table(index) -> None:
    w = index.widget()
    assert w.results.value == "" and len(w.hits) == 0
    w.query.value = "工作"
    expected = [h["id"] for h in index.search("工作", 20)]
    assert [h["id"] for h in w.hits] == expected and len(expected) > 5
    assert w.results.value.count("<tr>") == len(expected) + 1
    assert "<b>工作</b>" in w.results.value
    assert f"{len(expected)} hit(s)" in w.status.value


def test_choosing_a_facet_value_filters(index) -> None:
    w = index.widget()
    w.query.value = "工作"
    options = dict(w.filters["place"].options)
    assert "青禾市 (3)" in options, options
    w.filters["place"].value = "青禾市"
    assert [h["id"] for h in w.hits] == [h["id"] for h in index.search('工作 place:"青禾市"', 20)]
    assert len(w.hits) == 3
    for hit in w.hits:
        article = index.get(hit["id"])
        assert "青禾市" in {p["name"] for p in article.simplified().to_dict()["places"]}
    # the facets now count among the filtered hits, the chosen value kept
    assert w.filters["place"].value == "青禾市"
    assert all(n <= 3 for n in index.facets("person", w.full_query()).values())
    w.filters["place"].value = ""
    assert len(w.hits) == len(index.search("工作", 20))


def test_the_chosen_article_is_marked(index) -> None:
    w = index.widget()
    w.query.value = "检查指导"
    assert w.choice.value == w.hits[0]["id"]
    view = w.article.value
    assert "陳嘉樹檢查指導全市防汛工作" in view
    assert f'background:{COLOURS["person"]};border-radius:3px" title="person">陳嘉樹<' in view
    assert f'background:{COLOURS["place"]};border-radius:3px" title="place">柳塘鎮<' in view
    w.query.value = "养老"
    other = w.hits[-1]["id"]
    w.choice.value = other
    assert index.get(other).title in w.article.value


def test_dates_and_errors(index) -> None:
    w = index.widget()
    w.query.value = "工作"
    everything = len(w.hits)
    w.since.value = "2023-10"
    assert 0 < len(w.hits) < everything
    assert all(h["published"][:7] >= "2023-10" for h in w.hits)
    w.since.value = "not a date"
    assert len(w.hits) == 0 and "color:#b00" in w.status.value  # an error shown, not raised


def test_static_html(index) -> None:
    w = index.widget()
    w.query.value = "防汛"
    page = w.to_html()
    assert page.startswith("<!doctype html>") and "<b>防汛</b>" in page and "陳嘉樹" in page
