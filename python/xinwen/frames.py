"""Articles as tables: pandas, Arrow and polars, plus one-row-per-mention tables of
people, places, organizations and events ready for ``groupby``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Union

from xinwen._xinwen import Article

if TYPE_CHECKING:
    import pandas
    import polars
    import pyarrow

Records = Iterable[Union[Article, dict[str, Any]]]


def _rows(articles: Records) -> list[dict[str, Any]]:
    return [a if isinstance(a, dict) else a.to_dict() for a in articles]


def _record_fields() -> list[str]:
    """The field names of the article record, in record order."""
    return list(Article.from_dict({}).to_dict().keys())


def to_pandas(articles: Records) -> pandas.DataFrame:
    """One row per article, one column per record field.

    Nested fields (``bylines``, ``people``, ``places``, …) stay lists of dicts, ready for
    ``DataFrame.explode``; :func:`people_table` and its siblings flatten them. Accepts
    ``Article`` objects or their ``to_dict()`` dicts.

    >>> import xinwen
    >>> page = "青禾市召開防汛工作會議\\n\\n6月14日上午,青禾市召開防汛工作會議,部署全市防汛工作。"
    >>> df = xinwen.to_pandas([xinwen.parse(page)])
    >>> list(df.columns[:4])
    ['id', 'path', 'url', 'encoding']
    >>> df.loc[0, "title"]
    '青禾市召開防汛工作會議'
    """
    import pandas as pd

    return pd.DataFrame.from_records(_rows(articles), columns=_record_fields())


def to_arrow(articles: Records) -> pyarrow.Table:
    """An Arrow table of the records with typed nested columns (``people`` is a list of
    structs ``{name, titles, mentions}``), the same schema however many rows.

    >>> import xinwen
    >>> table = xinwen.to_arrow(xinwen.extract("examples/corpus", progress=False))
    >>> table.num_rows, str(table.schema.field("people").type)[:40]
    (14, 'list<item: struct<name: string, titles: ')
    """
    import pyarrow as pa

    from xinwen._schema import record_schema

    rows = _rows(articles)
    for row in rows:
        row["metadata"] = list(row.get("metadata", {}).items())
    return pa.Table.from_pylist(rows, schema=record_schema())


def to_polars(articles: Records) -> polars.DataFrame:
    """A polars DataFrame of the records (needs ``polars``), nested fields as list and
    struct columns."""
    try:
        import polars as pl
    except ImportError as e:
        raise ImportError("to_polars() needs polars: pip install polars") from e
    return pl.from_arrow(to_arrow(articles))  # type: ignore[return-value]


def _article_columns(row: dict[str, Any]) -> dict[str, Any]:
    return {"id": row["id"], "published": row["published"], "article_title": row["title"]}


def people_table(articles: Records) -> pandas.DataFrame:
    """One row per person per article: ``id``, ``published``, ``article_title``,
    ``name``, ``titles`` (list), ``mentions`` (how many times named).

    >>> import xinwen
    >>> people = xinwen.people_table(xinwen.extract("examples/corpus", progress=False))
    >>> people.loc[people.name == "陳嘉樹", "titles"].iloc[0][:2]
    ['市委副書記', '市長']
    """
    import pandas as pd

    rows = [
        {**_article_columns(row), "name": p["name"], "titles": p["titles"], "mentions": len(p["mentions"])}
        for row in _rows(articles)
        for p in row["people"]
    ]
    return pd.DataFrame(rows, columns=["id", "published", "article_title", "name", "titles", "mentions"])


def places_table(articles: Records) -> pandas.DataFrame:
    """One row per place per article: ``id``, ``published``, ``article_title``,
    ``name``, ``level``, ``mentions``."""
    import pandas as pd

    rows = [
        {**_article_columns(row), "name": p["name"], "level": p["level"], "mentions": len(p["mentions"])}
        for row in _rows(articles)
        for p in row["places"]
    ]
    return pd.DataFrame(rows, columns=["id", "published", "article_title", "name", "level", "mentions"])


def organizations_table(articles: Records) -> pandas.DataFrame:
    """One row per organization per article: ``id``, ``published``,
    ``article_title``, ``name``, ``kind`` (``government``, ``company``,
    ``institution``, ``other``), ``mentions``."""
    import pandas as pd

    rows = [
        {**_article_columns(row), "name": o["name"], "kind": o.get("kind", "other"), "mentions": len(o["mentions"])}
        for row in _rows(articles)
        for o in row["organizations"]
    ]
    return pd.DataFrame(rows, columns=["id", "published", "article_title", "name", "kind", "mentions"])


def events_table(articles: Records) -> pandas.DataFrame:
    """One row per event: ``id``, ``published``, ``article_title``, ``actor``,
    ``titles``, ``action``, ``target``, ``place``, ``date``, ``sentence``.

    >>> import xinwen
    >>> events = xinwen.events_table(xinwen.extract("examples/corpus", progress=False))
    >>> events.iloc[0][["actor", "action", "date"]].tolist()
    ['陳嘉樹', '檢查指導', '2023-06-14']
    """
    import pandas as pd

    columns = ["actor", "titles", "action", "target", "place", "date", "sentence"]
    rows = [
        {**_article_columns(row), **{c: e[c] for c in columns}} for row in _rows(articles) for e in row["events"]
    ]
    return pd.DataFrame(rows, columns=["id", "published", "article_title", *columns])
