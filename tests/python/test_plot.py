"""xinwen.plot: charts labelled with Chinese names (Plotly, drawn by the browser), and
a CJK font for matplotlib charts of one's own, or a warning naming the fix."""

from __future__ import annotations

import warnings

import pytest

import xinwen
import xinwen._fonts
from xinwen import plot

pytest.importorskip("plotly")


def han(text: object) -> bool:
    return isinstance(text, str) and any("\u4e00" <= c <= "\u9fff" for c in text)


@pytest.fixture(scope="module")
def articles(corpus) -> list[xinwen.Article]:
    return [a.simplified() for a in xinwen.extract(corpus, progress=False)]


@pytest.mark.parametrize("kind", ["people", "places", "organizations"])
def test_top_entities_are_labelled_by_name(articles, kind: str) -> None:
    fig = plot.top_entities(articles, kind, n=10)
    labels = list(fig.layout.yaxis.categoryarray)
    assert len(labels) == 10 and all(han(n) for n in labels), labels
    table = {"people": xinwen.people_table, "places": xinwen.places_table, "organizations": xinwen.organizations_table}
    counts = table[kind](articles).groupby("name")["id"].nunique()
    assert counts[labels[-1]] == counts.max(), "the most named comes on top"
    bars = {name: x for trace in fig.data for name, x in zip(trace.y, trace.x)}
    assert all(bars[name] == counts[name] for name in labels)


def test_hover_gives_titles_and_levels(articles) -> None:
    people = plot.top_entities(articles, "people", n=10)
    hover = " ".join(t for trace in people.data for t in trace.hovertext)
    assert "陈嘉树" in hover and "市长" in hover
    places = plot.top_entities(articles, "places", n=10)
    levels = {trace.name for trace in places.data}
    assert levels <= {"province", "prefecture", "county", "township", "village", "community", "other"}
    assert len(levels) >= 2, "colours tell the levels apart"


def test_cooccurrence(articles) -> None:
    fig = plot.cooccurrence(articles, "people", "places", n=8)
    heat = fig.data[0]
    assert all(han(n) for n in heat.x) and all(han(n) for n in heat.y)
    grid = {(row, col): z for row, zs in zip(heat.y, heat.z) for col, z in zip(heat.x, zs)}
    assert grid[("陈嘉树", "青禾市")] >= 1
    assert sum(map(sum, heat.z)) > len(heat.y), "people meet several places"


def test_events_timeline(articles) -> None:
    fig = plot.events_timeline(articles, n=10)
    actors = {a for trace in fig.data for a in trace.y}
    assert "陈嘉树" in actors and all(han(a) for a in actors)
    assert "检查指导" in {trace.name for trace in fig.data}
    hover = " ".join(t for trace in fig.data for t in trace.hovertext)
    assert "柳塘镇" in hover


def test_articles_over_time(articles) -> None:
    fig = plot.articles_over_time(articles, by="script", freq="M")
    assert {t.name for t in fig.data} == {"simplified", "traditional"}  # as first written
    assert sum(sum(t.y) for t in fig.data) == 13
    assert "1 without a full date" in fig.layout.title.text
    by_site = plot.articles_over_time(articles, by="site", groups=3)
    assert len(by_site.data) == 4 and "other" in {t.name for t in by_site.data}


def test_unknown_kind_is_refused(articles) -> None:
    with pytest.raises(ValueError, match="kind must be one of"):
        plot.top_entities(articles, "dates")


def test_use_cjk_font_draws_chinese_in_matplotlib() -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        name = plot.use_cjk_font(warn=False)
    if name is None:
        pytest.skip("no CJK font on this machine")
    fig, ax = plt.subplots()
    ax.bar(["柳塘镇", "杨家湾村", "白鹭县"], [3, 2, 1])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.canvas.draw()
    plt.close(fig)
    assert not [w for w in caught if "missing from" in str(w.message)], "glyphs drawn as boxes"


def test_no_cjk_font_warns_with_the_fix(monkeypatch) -> None:
    monkeypatch.setattr(xinwen._fonts, "cjk_font_name", lambda: None)
    with pytest.warns(UserWarning, match="apt install fonts-noto-cjk"):
        assert plot.use_cjk_font() is None


@pytest.mark.parametrize("articles", [[], [xinwen.parse("no names, no dates")]], ids=["none", "bare"])
def test_nothing_to_chart_gives_an_empty_chart(articles) -> None:
    charts = [
        plot.top_entities(articles, "places"),
        plot.top_entities(articles, "people"),
        plot.cooccurrence(articles),
        plot.events_timeline(articles),
        plot.articles_over_time(articles, by="site"),
    ]
    assert all(sum(len(t.y if t.y is not None else []) for t in fig.data) == 0 for fig in charts)
