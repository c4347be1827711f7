"""Charts of a corpus with Chinese labels that render anywhere (``pip install "xinwen[plot]"``).

The charts are Plotly figures: their labels are text that the browser draws with its own
fonts, so names show in Chinese wherever the notebook is viewed (every desktop browser
has a CJK font), and hovering a bar shows the facts behind it (titles, administrative
level, counts). Each function takes articles (a list from :func:`xinwen.extract`, or
their dicts) and returns a ``plotly.graph_objects.Figure``: show it, restyle it, or
write it out with ``fig.write_html``.

>>> import xinwen
>>> from xinwen import plot
>>> articles = xinwen.extract("examples/corpus", progress=False)
>>> fig = plot.top_entities(articles, "places", n=5)
>>> fig.layout.yaxis.categoryarray[-1]  # the place named by the most articles, on top
'白鹭县'

For matplotlib charts of your own, :func:`use_cjk_font` finds a CJK font on the system
and makes it matplotlib's, or warns with the fix when there is none.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Iterable, Optional, Union

import pandas as pd

from xinwen._fonts import cjk_font_name, use_cjk_font
from xinwen._xinwen import Article
from xinwen.frames import events_table, organizations_table, people_table, places_table, to_pandas

if TYPE_CHECKING:
    import plotly.graph_objects

__all__ = ["articles_over_time", "cooccurrence", "events_timeline", "top_entities", "use_cjk_font", "cjk_font_name"]

Records = Iterable[Union[Article, dict]]  # type: ignore[type-arg]

#: Fonts asked of the browser, in order; ``sans-serif`` at the end lets it choose.
FONT_FAMILY = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
    '"WenQuanYi Micro Hei", "Hiragino Sans GB", sans-serif'
)

#: Colours of the groups a chart tells apart (places' levels, organizations' kinds …).
PALETTE = ["#4c72b0", "#55a868", "#c44e52", "#8172b2", "#ccb974", "#64b5cd", "#dd8452", "#937860", "#999999"]

_TABLES = {"people": people_table, "places": places_table, "organizations": organizations_table}


def _go() -> Any:
    try:
        import plotly.graph_objects as go
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError('xinwen.plot needs plotly: pip install "xinwen[plot]"') from e
    return go


def _simplified(articles: Records, simplify: bool) -> list[Any]:
    """The articles, in simplified script when ``simplify`` (so that 陳嘉樹 and 陈嘉树
    count as one person)."""
    return [a.simplified() if simplify and isinstance(a, Article) else a for a in articles]


def _figure(title: str, **layout: Any) -> Any:
    go = _go()
    fig = go.Figure()
    fig.update_layout(
        title=title,
        font_family=FONT_FAMILY,
        template="plotly_white",
        margin=dict(l=10, r=10, t=50, b=10),
        **layout,
    )
    return fig


def _count_axis(title: str, most: int) -> dict[str, Any]:
    """An axis of counts: whole numbers only (no tick at 0.5 articles)."""
    return dict(title=title, tickformat="d", dtick=1 if most <= 10 else None, rangemode="tozero")


def _groups(values: pd.Series, most: int) -> pd.Series:
    """``values`` with all but the ``most`` most frequent replaced by ``other``."""
    keep = set(values.value_counts().index[:most])
    return values.where(values.isin(keep), "other")


def articles_over_time(
    articles: Records, *, by: Optional[str] = "script", freq: str = "W", groups: int = 8
) -> plotly.graph_objects.Figure:
    """Articles per period (``freq``: ``"D"``, ``"W"``, ``"M"``, ``"Y"``) as stacked
    bars, one colour per value of the record field ``by`` (``"script"``, ``"site"``,
    ``"source"``; ``None`` for one colour), the ``groups`` most frequent values apart.
    Articles without a full date (``--04-18``) cannot be placed and are counted in the
    title."""
    df = to_pandas(list(articles))
    dates = pd.to_datetime(df["published"].str[:10], format="%Y-%m-%d", errors="coerce")
    undated = int(dates.isna().sum())
    key = df[by].fillna("(none)") if by else pd.Series(["articles"] * len(df))
    frame = pd.DataFrame({"period": dates.dt.to_period(freq), "group": _groups(key, groups)})[dates.notna()]
    counts = pd.crosstab(frame["period"], frame["group"]) if len(frame) else pd.DataFrame()
    if len(counts):
        periods = pd.period_range(counts.index.min(), counts.index.max(), freq=counts.index.freq)
        counts = counts.reindex(periods, fill_value=0)
    title = "Articles over time" + (f" by {by}" if by else "")
    most = int(counts.sum(axis=1).max()) if len(counts) else 0
    if undated:
        title += f" ({undated} without a full date, not shown)"
    fig = _figure(title, barmode="stack", yaxis=_count_axis("articles", most), legend_title=by or "", bargap=0.1)
    go = _go()
    for n, group in enumerate(counts.columns):
        fig.add_trace(
            go.Bar(
                x=counts.index.start_time,
                y=counts[group],
                name=str(group),
                marker_color=PALETTE[n % len(PALETTE)],
                hovertemplate=f"{group}<br>%{{x|%Y-%m-%d}}: %{{y}} articles<extra></extra>",
            )
        )
    return fig


def _entity_rows(articles: list[Any], kind: str) -> pd.DataFrame:
    if kind not in _TABLES:
        raise ValueError(f"kind must be one of {sorted(_TABLES)}, not {kind!r}")
    return _TABLES[kind](articles)


def _colour_key(rows: pd.DataFrame, kind: str) -> tuple[str, pd.Series]:
    """What the bars' colours tell: places' levels, organizations' kinds, and for people
    whether the corpus gives them a title."""
    if kind == "places":
        return "level", rows["level"]
    if kind == "organizations":
        return "kind", rows["kind"]
    titled = rows["titles"].apply(lambda t: "with a title" if len(t) else "no title")
    return "title", titled


def top_entities(articles: Records, kind: str = "people", n: int = 15, *, simplify: bool = True) -> plotly.graph_objects.Figure:
    """The ``n`` people, places or organizations (``kind``) named by the most articles,
    as horizontal bars labelled with their names. Colours tell places' administrative
    levels, organizations' kinds, and whether a person holds a title; hovering shows the
    titles, the level or kind, and the counts of articles and mentions."""
    rows = _entity_rows(_simplified(articles, simplify), kind)
    what, key = _colour_key(rows, kind)
    rows = rows.assign(key=key)
    top = _ranked(rows).head(n)
    by_name = rows[rows["name"].isin(top.index)].groupby("name")
    top["key"] = by_name["key"].agg(lambda k: Counter(k).most_common(1)[0][0])
    top["titles"] = by_name["titles"].agg(_titles) if kind == "people" else ""
    top = top.iloc[::-1]
    fig = _figure(
        f"{kind.capitalize()} named by the most articles",
        xaxis=_count_axis("articles", int(top["articles"].max()) if len(top) else 0),
        legend_title=what,
        height=max(300, 28 * len(top) + 110),
        yaxis=dict(type="category"),
    )
    go = _go()
    keys = sorted(set(top["key"]))
    for n_key, value in enumerate(keys):
        part = top[top["key"] == value]
        hover = [
            f"<b>{name}</b><br>{what}: {value}" + (f"<br>{t}" if t else "") + f"<br>{a} articles, {m} mentions"
            for name, a, m, t in zip(part.index, part["articles"], part["mentions"], part["titles"])
        ]
        fig.add_trace(
            go.Bar(
                x=part["articles"],
                y=list(part.index),
                orientation="h",
                name=str(value),
                marker_color=PALETTE[n_key % len(PALETTE)],
                hovertext=hover,
                hoverinfo="text",
            )
        )
    fig.update_yaxes(categoryorder="array", categoryarray=list(top.index))
    return fig


def _ranked(rows: pd.DataFrame) -> pd.DataFrame:
    """Names with their counts of articles and mentions, the most named first (ties by
    mentions, then by name, so that a chart is the same at every run)."""
    counts = rows.groupby("name").agg(articles=("id", "nunique"), mentions=("mentions", "sum"))
    counts = counts.reset_index().sort_values(["articles", "mentions", "name"], ascending=[False, False, True])
    return counts.set_index("name")


def _titles(titles: pd.Series) -> str:
    seen = Counter(t for ts in titles for t in ts)
    return "、".join(t for t, _ in seen.most_common(3))


def cooccurrence(
    articles: Records, rows: str = "people", columns: str = "places", n: int = 12, *, simplify: bool = True
) -> plotly.graph_objects.Figure:
    """How many articles name both: the ``n`` most named of ``rows`` against the ``n``
    most named of ``columns`` (each ``"people"``, ``"places"`` or ``"organizations"``),
    as a heatmap labelled with the names."""
    records = _simplified(articles, simplify)
    left, right = _entity_rows(records, rows), _entity_rows(records, columns)
    top_left, top_right = _ranked(left).head(n).index, _ranked(right).head(n).index
    pairs = left[left["name"].isin(top_left)][["id", "name"]].merge(
        right[right["name"].isin(top_right)][["id", "name"]], on="id", suffixes=("_row", "_column")
    )
    grid = pd.crosstab(pairs["name_row"], pairs["name_column"]).reindex(index=top_left, columns=top_right, fill_value=0)
    fig = _figure(
        f"Articles naming both: {rows} × {columns}",
        height=max(320, 30 * len(grid) + 150),
        yaxis=dict(type="category", autorange="reversed"),
        xaxis=dict(type="category", tickangle=-45),
    )
    fig.add_trace(
        _go().Heatmap(
            z=grid.values,
            x=list(grid.columns),
            y=list(grid.index),
            colorscale="Blues",
            colorbar_title="articles",
            hovertemplate="%{y} × %{x}: %{z} articles<extra></extra>",
        )
    )
    return fig


def events_timeline(articles: Records, n: int = 40, *, simplify: bool = True) -> plotly.graph_objects.Figure:
    """Who did what, where and when: the events of the ``n`` busiest actors' acts, one
    row per actor, one mark per act at its date (the article's day when the sentence
    gives none), coloured by action; hovering shows the act, its target and place, and
    the article's title."""
    events = events_table(_simplified(articles, simplify))
    when = events["date"].fillna("").where(events["date"].fillna("").str.len() >= 10, events["published"].fillna(""))
    events = events.assign(when=pd.to_datetime(when.str[:10], format="%Y-%m-%d", errors="coerce")).dropna(subset=["when"])
    actors = events["actor"].value_counts().index[:n]
    events = events[events["actor"].isin(actors)]
    fig = _figure(
        "Events: who did what, where and when",
        height=max(320, 30 * len(actors) + 150),
        yaxis=dict(type="category"),
        legend_title="action",
    )
    go = _go()
    for n_action, (action, part) in enumerate(events.groupby("action", sort=True)):
        hover = [
            f"<b>{a}</b> {action} {t if isinstance(t, str) else ''}"
            + (f"<br>at {p}" if isinstance(p, str) else "")
            + f"<br>{w:%Y-%m-%d} · {title}"
            for a, t, p, w, title in zip(part["actor"], part["target"], part["place"], part["when"], part["article_title"])
        ]
        fig.add_trace(
            go.Scatter(
                x=part["when"],
                y=part["actor"],
                mode="markers",
                name=str(action),
                marker=dict(size=11, color=PALETTE[n_action % len(PALETTE)]),
                hovertext=hover,
                hoverinfo="text",
            )
        )
    return fig
