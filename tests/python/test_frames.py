"""The Python surface a notebook uses: streaming reads, tables (pandas, Arrow, polars,
people/places/events), simplified records, progress reports, HTML display."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import xinwen


@pytest.fixture(scope="module")
def articles(corpus: Path) -> list[xinwen.Article]:
    return xinwen.extract(corpus, progress=False)


def test_read_streams_in_input_order_and_can_stop_early(corpus: Path, articles: list[xinwen.Article]) -> None:
    stream = xinwen.read(corpus)
    first = next(stream)
    assert first.id == articles[0].id
    assert stream.count == 1
    del stream  # stopping early ends the background run
    assert [a.id for a in xinwen.read(str(corpus / "*.html"))] == [a.id for a in articles if a.path.endswith(".html")]
    missing = list(xinwen.read(str(corpus / "no-such-*.txt")))
    assert len(missing) == 1 and missing[0].error


def test_arrow_and_pandas_tables(articles: list[xinwen.Article]) -> None:
    table = xinwen.to_arrow(articles)
    record_fields = list(articles[0].to_dict())
    assert table.column_names == record_fields
    assert table.num_rows == 14
    assert xinwen.to_arrow([]).schema == table.schema
    people = table.column("people").to_pylist()[0]
    assert people[0]["name"] == "陳嘉樹" and people[0]["mentions"][0] == [28, 31]
    assert list(xinwen.to_pandas(articles).columns) == record_fields


def test_polars_when_installed(articles: list[xinwen.Article]) -> None:
    pl = pytest.importorskip("polars")
    df = xinwen.to_polars(articles)
    assert isinstance(df, pl.DataFrame) and df.height == 14
    assert df.schema["people"] == pl.List(pl.Struct({"name": pl.String, "titles": pl.List(pl.String), "mentions": pl.List(pl.Array(pl.Int64, 2))}))


def test_people_places_organizations_events_tables(articles: list[xinwen.Article]) -> None:
    people = xinwen.people_table(articles)
    assert {"id", "published", "name", "titles", "mentions"} <= set(people.columns)
    row = people[people.name == "陳嘉樹"].iloc[0]
    assert row.titles == ["市委副書記", "市長", "市防汛抗旱指揮部總指揮"] and row.mentions >= 5
    places = xinwen.places_table(articles)
    assert set(places.level) <= {"province", "prefecture", "county", "township", "village", "community", "other"}
    assert len(xinwen.organizations_table(articles)) > 0
    events = xinwen.events_table(articles)
    assert {"actor", "action", "date", "sentence"} <= set(events.columns) and len(events) > 0


def test_simplified_script_everywhere(corpus: Path) -> None:
    page = corpus / "01_qinghe_flood.txt"
    simplified = xinwen.extract([page], script="simplified", progress=False)[0]
    assert simplified.title == "陈嘉树检查指导全市防汛工作"
    assert simplified.people[0]["name"] == "陈嘉树"
    assert xinwen.parse(page.read_bytes(), script="simplified").title == simplified.title
    with pytest.raises(ValueError):
        xinwen.parse("x", script="klingon")  # type: ignore[arg-type]


def test_progress_reports(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def bar(items, desc: str, unit: str):  # a tqdm-like factory
        seen.append(f"{desc}/{unit}")
        return items

    assert len(xinwen.extract(corpus, progress=bar)) == 14
    assert seen == ["xinwen/pages"]
    monkeypatch.setitem(sys.modules, "tqdm", None)  # no tqdm: a plain counter on stderr
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr("xinwen._progress.time.monotonic", iter(range(0, 1000)).__next__)
    assert list(xinwen._progress.track([1, 2, 3], True, desc="xinwen")) == [1, 2, 3]
    assert "xinwen: 3 pages" in err.getvalue()
    items = [1, 2]
    assert xinwen._progress.track(items, None, desc="x") is items  # nobody watching


def test_notebook_display(articles: list[xinwen.Article], tmp_path: Path) -> None:
    html = articles[0]._repr_html_()
    assert "陳嘉樹檢查指導全市防汛工作" in html
    assert 'title="person">陳嘉樹</span>' in html and 'title="place">柳塘鎮</span>' in html
    garbled = next(a for a in articles if a.flags)
    assert "mojibake" in garbled._repr_html_()
    index = xinwen.Index.create(tmp_path / "index")
    index.add(articles)
    index.commit()
    hits = index.search("防汛")
    assert "<table" in hits._repr_html_() and "<b>" in hits._repr_html_()
    frame = hits.to_pandas()
    assert list(frame.columns[:3]) == ["id", "score", "published"] and len(frame) == len(hits)
