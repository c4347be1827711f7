"""Articles as DataFrames."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Union

from xinwen._xinwen import Article

if TYPE_CHECKING:
    import pandas


def _record_fields() -> list[str]:
    """The field names of the article record, in record order."""
    return list(Article.from_dict({}).to_dict().keys())


def to_pandas(articles: Iterable[Union[Article, dict[str, Any]]]) -> pandas.DataFrame:
    """One row per article, one column per record field.

    Nested fields (``bylines``, ``people``, ``places``, …) stay lists of dicts, ready for
    ``DataFrame.explode``. Accepts ``Article`` objects or their ``to_dict()`` dicts.

    >>> import xinwen
    >>> page = "青禾市召開防汛工作會議\\n\\n6月14日上午,青禾市召開防汛工作會議,部署全市防汛工作。"
    >>> df = xinwen.to_pandas([xinwen.parse(page)])
    >>> list(df.columns[:4])
    ['id', 'path', 'url', 'encoding']
    >>> df.loc[0, "title"]
    '青禾市召開防汛工作會議'
    """
    import pandas as pd

    rows = [a if isinstance(a, dict) else a.to_dict() for a in articles]
    return pd.DataFrame.from_records(rows, columns=_record_fields())
