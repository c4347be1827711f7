"""HTML for notebooks: an article with its people, places and organizations marked, and
search hits as a table."""

from __future__ import annotations

from html import escape
from typing import Any, Iterable, Optional

#: Background colour of each kind of marked span.
COLOURS = {
    "person": "#ffe08a",
    "place": "#b5e3ff",
    "organization": "#c9f2c0",
    "mojibake": "#ffb3b3",
}

LEGEND = " ".join(
    f'<span style="background:{colour};padding:0 4px;border-radius:3px">{kind}</span>' for kind, colour in COLOURS.items()
)


def _labels(article: dict[str, Any]) -> list[Optional[str]]:
    """The kind of span each character of the text belongs to (later kinds win)."""
    labels: list[Optional[str]] = [None] * len(article["text"])
    for kind, field in [("organization", "organizations"), ("place", "places"), ("person", "people")]:
        for entity in article[field]:
            for start, end in entity["mentions"]:
                labels[start:end] = [kind] * (min(end, len(labels)) - start)
    for flag in article["flags"]:
        if flag["kind"] == "mojibake":
            labels[flag["start"] : flag["end"]] = ["mojibake"] * (min(flag["end"], len(labels)) - flag["start"])
    return labels


def marked_text(article: dict[str, Any]) -> str:
    """The article text as HTML paragraphs with entity and mojibake spans coloured."""
    text, labels = article["text"], _labels(article)
    out: list[str] = ["<p>"]
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and labels[j] == labels[i] and text[j] != "\n":
            j += 1
        if text[i] == "\n":
            out.append("</p><p>")
            i += 1
            continue
        piece = escape(text[i:j])
        kind = labels[i]
        if kind:
            title = "garbled characters (mojibake)" if kind == "mojibake" else kind
            out.append(f'<span style="background:{COLOURS[kind]};border-radius:3px" title="{title}">{piece}</span>')
        else:
            out.append(piece)
        i = j
    out.append("</p>")
    return "".join(out)


def article_html(article: dict[str, Any]) -> str:
    """An article for a notebook cell: headline, date, source, bylines, marked body."""
    if article.get("error"):
        return f"<div><b>Article with error</b>: {escape(article['error'])} ({escape(article.get('path') or '')})</div>"
    facts = [
        article.get("published") or "",
        article.get("site") or "",
        f"来源 {article['source']}" if article.get("source") else "",
        " ".join(f"{b['role']} {b['name']}" for b in article["bylines"]),
    ]
    meta = " · ".join(escape(f) for f in facts if f)
    people = ", ".join(
        escape(p["name"]) + (f" ({escape('、'.join(p['titles']))})" if p["titles"] else "") for p in article["people"]
    )
    return (
        '<div style="max-width:52em">'
        f"<h3 style=\"margin-bottom:0.2em\">{escape(article.get('title') or '(no title)')}</h3>"
        f'<div style="color:#666">{meta}</div>'
        + (f"<div><b>People</b>: {people}</div>" if people else "")
        + f'<div style="font-size:small;margin:0.4em 0">{LEGEND}</div>'
        + marked_text(article)
        + "</div>"
    )


def hits_html(hits: Iterable[dict[str, Any]]) -> str:
    """Search hits as a table; snippets keep their ``<b>`` highlights."""
    rows = []
    for h in hits:
        date = escape((h.get("published") or "")[:10])
        title = escape(h.get("title") or "")
        rows.append(
            f"<tr><td>{h['score']:.2f}</td><td>{date}</td><td>{title}</td>"
            f'<td style="text-align:left">{h["snippet"]}</td></tr>'
        )
    head = "<tr><th>score</th><th>published</th><th>title</th><th>snippet</th></tr>"
    return f'<table style="text-align:left">{head}{"".join(rows)}</table>'
