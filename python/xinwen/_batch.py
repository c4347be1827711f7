"""Many pages at once: a lazy stream (``read``) and a list (``extract``)."""

from __future__ import annotations

from os import PathLike
from typing import Iterable, Literal, Optional, Union

from xinwen import _xinwen
from xinwen._progress import Progress, track
from xinwen._xinwen import Article, ArticleStream

PathArg = Union[str, "PathLike[str]"]
Paths = Union[PathArg, Iterable[PathArg]]
Script = Literal["original", "simplified"]


def read(
    paths: Paths,
    *,
    field: Optional[str] = None,
    workers: Optional[int] = None,
    entities: bool = True,
    keywords: bool = True,
    learn_templates: bool = False,
    script: Script = "original",
    crawl_date: Optional[str] = None,
    max_page_mb: int = 32,
) -> ArticleStream:
    """Articles of every page under ``paths``, extracted in the background on all cores
    and handed out one at a time, in input order; memory stays bounded however many
    pages there are.

    ``paths`` is a file, a directory (read recursively), a ``.jsonl`` collection
    (``field`` names the key holding the page), ``.gz``/``.zst`` files, a glob pattern
    (``"crawl/**/*.html"``) or a list of these. A page that fails gives an ``Article``
    whose ``error`` is set; the stream goes on. ``crawl_date`` (``"2024-05-01 10:22"``)
    is when the pages were fetched: the reference of relative dates (``3小时前``) on pages
    whose JSONL line does not say; without it such a date is flagged ``relative_date``.
    A page larger than ``max_page_mb`` megabytes (a file after decompression, a JSONL
    line) is not read: its ``Article`` carries the error, and memory stays bounded.

    >>> import xinwen
    >>> stream = xinwen.read("examples/corpus")
    >>> first = next(iter(stream))
    >>> first.title
    '陳嘉樹檢查指導全市防汛工作'
    """
    return _xinwen.read(
        _expand(paths),
        field=field,
        workers=workers,
        entities=entities,
        keywords=keywords,
        learn_templates=learn_templates,
        script=script,
        crawl_date=crawl_date,
        max_page_mb=max_page_mb,
    )


def extract(
    paths: Paths,
    *,
    field: Optional[str] = None,
    workers: Optional[int] = None,
    entities: bool = True,
    keywords: bool = True,
    learn_templates: bool = False,
    script: Script = "original",
    crawl_date: Optional[str] = None,
    max_page_mb: int = 32,
    progress: Progress = None,
) -> list[Article]:
    """Every article under ``paths`` as a list (see :func:`read` for the arguments),
    with a progress bar when a person is watching (``progress=False`` silences it;
    ``progress=tqdm.tqdm`` picks the bar).

    >>> import xinwen
    >>> articles = xinwen.extract("examples/corpus", progress=False)
    >>> len(articles), sorted({a.encoding for a in articles})
    (14, ['big5', 'gb18030', 'utf-8'])
    """
    stream = read(
        paths,
        field=field,
        workers=workers,
        entities=entities,
        keywords=keywords,
        learn_templates=learn_templates,
        script=script,
        crawl_date=crawl_date,
        max_page_mb=max_page_mb,
    )
    return list(track(stream, progress, desc="xinwen"))


def _expand(paths: Paths) -> list[PathArg]:
    """Paths with glob patterns (``*``, ``?``, ``[``) replaced by what they match."""
    import glob

    items: list[PathArg] = [paths] if isinstance(paths, (str, PathLike)) else list(paths)
    out: list[PathArg] = []
    for item in items:
        text = str(item)
        if isinstance(item, str) and any(c in text for c in "*?["):
            # a pattern matching nothing stays, so that its record says so
            out.extend(sorted(glob.glob(text, recursive=True)) or [item])
        else:
            out.append(item)
    return out
