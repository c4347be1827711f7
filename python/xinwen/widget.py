"""Search inside a notebook: a search box, facet filters, a table of hits with their
snippets highlighted, and the chosen article with its people, places and organizations
marked (``pip install "xinwen[widget]"``; made by :meth:`xinwen.Index.widget`).

Everything runs in the notebook's kernel: no server. The parts are ipywidgets, reachable
as attributes, so a test or a script can drive the widget as a reader would:

>>> import tempfile, xinwen
>>> index = xinwen.Index.create(tempfile.mkdtemp())
>>> index.add(xinwen.read("examples/corpus"))
14
>>> index.commit()
>>> w = index.widget()
>>> w.query.value = "会议"              # typing a query fills the table
>>> len(w.hits) > 1, "<b>会议</b>" in w.results.value or "<b>會議</b>" in w.results.value
(True, True)
>>> w.filters["site"].value = w.filters["site"].options[1][1]  # one site only
>>> len(w.hits)
1
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any, Optional, Sequence

from xinwen._display import hits_html
from xinwen._xinwen import XinwenError

if TYPE_CHECKING:
    from xinwen.index import Hits, _Searching

#: The facet fields a widget filters by, unless told otherwise.
FACETS = ("person", "place", "organization", "site")

_ALL = "(all)"


def _widgets() -> Any:
    try:
        import ipywidgets
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError('Index.widget() needs ipywidgets: pip install "xinwen[widget]"') from e
    return ipywidgets


class SearchWidget:
    """A search box over an index with facet filters, hits and an article view.

    Attributes: ``query`` (the search box), ``filters`` (a dropdown per facet field, its
    options the values with their counts among the hits), ``since`` and ``until`` (date
    boxes: ``2023``, ``2023-06``, ``2023-06-14``), ``results`` (the hits as an HTML
    table), ``choice`` (which hit to read), ``article`` (the chosen article, marked),
    ``hits`` (the last :class:`~xinwen.Hits`) and ``box`` (the whole, shown in a cell).
    """

    def __init__(self, index: _Searching, *, limit: int = 20, facets: Sequence[str] = FACETS, facet_size: int = 12) -> None:
        w = _widgets()
        self.index, self.limit, self.facet_size = index, limit, facet_size
        self.hits: Hits = _empty_hits()
        self._busy = False
        self.query = w.Text(placeholder="搜索 / search: words, \"phrases\", -word, person:…", continuous_update=False)
        self.query.layout.width = "36em"
        self.filters = {field: w.Dropdown(options=[(_ALL, "")], value="", description=field) for field in facets}
        self.since = w.Text(placeholder="since", layout=w.Layout(width="9em"), continuous_update=False)
        self.until = w.Text(placeholder="until", layout=w.Layout(width="9em"), continuous_update=False)
        self.status = w.HTML()
        self.results = w.HTML()
        self.choice = w.Dropdown(options=[], description="read")
        self.choice.layout.width = "48em"
        self.article = w.HTML()
        for control in [self.query, self.since, self.until, *self.filters.values()]:
            control.observe(self._search, names="value")
        self.choice.observe(self._show, names="value")
        self.box = w.VBox(
            [
                w.HBox([self.query, self.since, self.until]),
                w.HBox(list(self.filters.values()), layout=w.Layout(flex_flow="row wrap")),
                self.status,
                self.results,
                self.choice,
                self.article,
            ]
        )

    def full_query(self) -> str:
        """The query as searched: the box's words and a filter per chosen facet value."""
        parts = [self.query.value.strip()]
        parts += [f'{field}:"{d.value}"' for field, d in self.filters.items() if d.value]
        return " ".join(p for p in parts if p)

    def _dates(self) -> tuple[Optional[str], Optional[str]]:
        return self.since.value.strip() or None, self.until.value.strip() or None

    def _search(self, _change: Any = None) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            self.refresh()
        finally:
            self._busy = False

    def refresh(self) -> None:
        """Searches again with what the widget holds, and redraws it."""
        from xinwen.index import Hits

        query = self.full_query()
        if not query:
            self.hits = _empty_hits()
            self.status.value = ""
            self.results.value = ""
            self.choice.options = []
            self.article.value = ""
            return
        try:
            since, until = self._dates()
            self.hits = Hits(self.index.search(query, self.limit, since=since, until=until))
            counts = {f: self.index.facets(f, query, self.facet_size, since=since, until=until) for f in self.filters}
        except XinwenError as e:
            self.hits = _empty_hits()
            self.status.value = f'<span style="color:#b00">{escape(str(e))}</span>'
            self.results.value = ""
            return
        for field, dropdown in self.filters.items():
            chosen = dropdown.value
            options = [(_ALL, "")] + [(f"{value} ({n})", value) for value, n in counts[field].items()]
            if chosen and chosen not in counts[field]:
                options.append((chosen, chosen))
            dropdown.options = options
            dropdown.value = chosen
        self.status.value = f"<i>{len(self.hits)} hit(s) for</i> <code>{escape(query)}</code>"
        self.results.value = hits_html(self.hits)
        self.choice.options = [(f"{(h.get('published') or '')[:10]}  {h.get('title') or h['id']}", h["id"]) for h in self.hits]
        self.choice.value = self.hits[0]["id"] if self.hits else None
        self._show()

    def _show(self, _change: Any = None) -> None:
        chosen = self.choice.value
        article = self.index.get(chosen) if chosen else None
        self.article.value = article._repr_html_() if article is not None else ""

    def to_html(self) -> str:
        """The widget as it stands, as a static HTML page (for a report or an image)."""
        facets = []
        for field, dropdown in self.filters.items():
            values = [
                f"<b>{escape(label)}</b>" if value == dropdown.value and value else escape(label)
                for label, value in dropdown.options[1:6]
            ]
            facets.append(f"<span style=\"margin-right:1.5em\"><i>{field}</i>: {' · '.join(values)}</span>")
        dates = " ".join(f"{k} {escape(v)}" for k, v in zip(["since", "until"], self._dates()) if v)
        return (
            '<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:sans-serif;margin:1em}'
            "td,th{padding:2px 8px;vertical-align:top}</style></head><body>"
            f'<div style="border:1px solid #999;padding:4px 8px;width:34em">{escape(self.query.value)}&nbsp;</div>'
            f'<div style="font-size:small;margin:0.5em 0">{"".join(facets)} {dates}</div>'
            f"<p>{self.status.value}</p>{self.results.value}<hr>{self.article.value}</body></html>"
        )

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.box._repr_mimebundle_(**kwargs)


def _empty_hits() -> Hits:
    from xinwen.index import Hits

    return Hits()
