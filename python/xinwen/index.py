"""A search index of articles on disk, with hits that display as tables."""

from __future__ import annotations

import os

from itertools import islice
from os import PathLike
from typing import TYPE_CHECKING, Iterable, Optional, Sequence, Union

from xinwen import _xinwen
from xinwen._display import hits_html
from xinwen._progress import Progress, track
from xinwen._xinwen import Article
from xinwen.widget import FACETS, SearchWidget

if TYPE_CHECKING:
    import pandas

PathArg = Union[str, "PathLike[str]"]

#: Articles handed to the index in one call (the GIL is released during each).
ADD_BATCH = 512


class Hits(list):  # type: ignore[type-arg]
    """Search hits: a list of dicts (``id``, ``url``, ``path``, ``score``, ``title``,
    ``published``, ``snippet``, ``cluster``) that shows as a table in a notebook."""

    def to_pandas(self) -> pandas.DataFrame:
        """The hits as a DataFrame, one row per hit."""
        import pandas as pd

        columns = ["id", "score", "published", "title", "snippet", "cluster", "path", "url"]
        return pd.DataFrame(list(self), columns=columns)

    def _repr_html_(self) -> str:
        return hits_html(self)


class _Searching:
    """Searching, shared by an index and shards opened together."""

    _inner: Union[_xinwen.Index, _xinwen.ShardedIndex]

    def search(
        self,
        query: str,
        limit: int = 10,
        *,
        since: Optional[str] = None,
        until: Optional[str] = None,
        collapse_duplicates: bool = False,
        mode: str = "most",
    ) -> Hits:
        """The best ``limit`` hits for ``query``: words, ``"phrases"``,
        ``OR``, ``-word``, ``person:``/``place:``/``organization:``/``site:``/``tag:``/
        ``cluster:`` filters; ``since``/``until`` dates (``2021``, ``2021-06``,
        ``2021-06-30``); ``collapse_duplicates`` shows reposts of a story once;
        ``mode`` says how the words combine: ``"most"`` (the default) gives articles
        with every word first, then those with most of the words, the rarest words
        weighing most, so a question typed as a question finds its answer and a search
        never comes back empty while some word matches; ``"all"`` requires every word;
        ``"any"`` ranks every article with any word by relevance alone."""
        return Hits(
            self._inner.search(
                query, limit, since=since, until=until, collapse_duplicates=collapse_duplicates, mode=mode
            )
        )

    def facets(
        self,
        field: str,
        query: str = "",
        size: int = 10,
        *,
        since: Optional[str] = None,
        until: Optional[str] = None,
    ) -> dict[str, int]:
        """How many articles matching ``query`` (every article when empty) have each
        value of ``field`` (``person``, ``place``, ``organization``, ``site``,
        ``source``, ``tag``, ``cluster``): the ``size`` most frequent, in order."""
        return self._inner.facets(field, query, size, since=since, until=until)

    def get(self, id: str) -> Optional[Article]:
        """The stored article with ``id``, or ``None``."""
        return self._inner.get(id)

    def widget(self, *, limit: int = 20, facets: Sequence[str] = FACETS) -> SearchWidget:
        """Search in the notebook: a search box, a dropdown per facet field of
        ``facets`` to filter by, the best ``limit`` hits with highlighted snippets, and
        the chosen article with its people and places marked (needs ``ipywidgets``:
        ``pip install "xinwen[widget]"``). See :class:`xinwen.widget.SearchWidget`."""
        return SearchWidget(self, limit=limit, facets=facets)

    def __len__(self) -> int:
        return len(self._inner)

    def __repr__(self) -> str:
        return repr(self._inner)


class Index(_Searching):
    """A full-text index of articles in a directory. Queries in either script find
    articles in both; snippets highlight the matched characters as written.

    >>> import tempfile, xinwen
    >>> index = xinwen.Index.create(tempfile.mkdtemp())
    >>> index.add(xinwen.read("examples/corpus"))
    14
    >>> index.commit()
    >>> index.search("檢查指導", limit=1)[0]["title"]
    '陳嘉樹檢查指導全市防汛工作'
    >>> index.facets("place", "防汛", size=2)
    {'杨家湾村': 1, '柳塘镇': 1}
    """

    _inner: _xinwen.Index

    def __init__(self, inner: _xinwen.Index) -> None:
        self._inner = inner

    @classmethod
    def create(cls, path: PathArg) -> Index:
        """Creates an empty index in ``path`` (made if missing; must hold no index)."""
        return cls(_xinwen.Index.create(path))

    @classmethod
    def open(cls, path: PathArg) -> Index:
        """Opens the index in ``path``; ``IndexingError`` when there is none or it was
        written by an incompatible version."""
        return cls(_xinwen.Index.open(path))

    @staticmethod
    def open_many(paths: Iterable[PathArg]) -> ShardedIndex:
        """Opens several indexes (shards built by separate workers) to search them as
        one, without merging: see :class:`ShardedIndex`."""
        return ShardedIndex(_xinwen.ShardedIndex.open([os.fspath(p) for p in paths]))

    def add(self, articles: Union[Article, Iterable[Article]], *, progress: Progress = False) -> int:
        """Adds articles (one, a list, or a stream from :func:`xinwen.read`), replacing
        those with the same id, and returns how many were added; records with
        ``error`` are skipped. Visible to searches after :meth:`commit`."""
        if isinstance(articles, Article):
            return self._inner.add(articles)
        items = iter(track(articles, progress, desc="indexing", unit="articles"))
        added = 0
        while batch := list(islice(items, ADD_BATCH)):
            added += self._inner.add(batch)
        return added

    upsert = add

    def merge(self, shards: Iterable[Union[str, "PathLike[str]"]]) -> int:
        """Adds every article of the indexes in ``shards`` (directories built by other
        workers, e.g. one per Ray or Spark task), replacing those with the same id, and
        returns how many were added. The articles are added again from their records,
        so the merged index answers as one built in a single process. Visible after
        :meth:`commit`."""
        return self._inner.merge([os.fspath(s) for s in shards])

    def delete(self, ids: Union[str, Iterable[str]]) -> None:
        """Deletes the article with this id, or these ids (visible after commit)."""
        self._inner.delete(ids if isinstance(ids, str) else list(ids))

    def commit(self) -> None:
        """Makes every change since the last commit visible, atomically."""
        self._inner.commit()

    def rollback(self) -> None:
        """Drops every change since the last commit."""
        self._inner.rollback()

    def more_like_this(
        self, id: str, limit: int = 10, *, since: Optional[str] = None, until: Optional[str] = None
    ) -> Hits:
        """Articles about the same things as the article with ``id`` (not itself)."""
        return Hits(self._inner.more_like_this(id, limit, since=since, until=until))

    def duplicates(self, id: str, limit: int = 10) -> Hits:
        """The other articles of the near-duplicate cluster of the article ``id``."""
        return Hits(self._inner.duplicates(id, limit))

    @property
    def path(self) -> str:
        """The directory of the index."""
        return self._inner.path

    def _repr_html_(self) -> str:
        return f"<code>{self!r}</code>"


class ShardedIndex(_Searching):
    """Several indexes searched as one, read-only. Every shard scores with the word
    statistics of all of them together, so hits merge into the ranking one index of
    every article would give; facets are summed; an article held by two shards shows
    once. Made by :meth:`Index.open_many`.

    >>> import tempfile, xinwen
    >>> articles = xinwen.extract("examples/corpus", progress=False)
    >>> paths = [tempfile.mkdtemp() for _ in range(2)]
    >>> for n, path in enumerate(paths):
    ...     shard = xinwen.Index.create(path)
    ...     _ = shard.add(articles[n::2])
    ...     shard.commit()
    >>> shards = xinwen.Index.open_many(paths)
    >>> len(shards), shards.search("檢查指導", limit=1)[0]["title"]
    (14, '陳嘉樹檢查指導全市防汛工作')
    """

    _inner: _xinwen.ShardedIndex

    def __init__(self, inner: _xinwen.ShardedIndex) -> None:
        self._inner = inner

    @property
    def paths(self) -> list[str]:
        """The directories of the shards."""
        return self._inner.paths

