"""The notebooks and the search widget in a real headless browser (Chromium from the
Debian packages). Each notebook is rendered to HTML with its saved outputs (Plotly
charts with plotly.js inlined, so nothing is fetched); the browser runs it, and the
chart labels in the page it built must be the Chinese names, with a font on the machine
that has every character of them (so they are drawn as characters, not boxes).
Screenshots are taken; with ``XINWEN_IMAGES=DIR`` (``make images``) the chart and
widget screenshots are kept in DIR for the README."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest

import xinwen

nbformat = pytest.importorskip("nbformat")
nbconvert = pytest.importorskip("nbconvert")
pio = pytest.importorskip("plotly.io")

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "docs" / "notebooks"
PLOTLY = "application/vnd.plotly.v1+json"
TICK = re.compile(r'class="[xy]tick"[^>]*>\s*<text[^>]*>([^<]*)</text>')


def han(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


@pytest.fixture(scope="session")
def chromium() -> str:
    """The browser; under CI a failure when it or a CJK font is missing (`.ci/run`
    installs both), a skip elsewhere."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    missing = [] if browser else ["chromium (apt install chromium)"]
    fonts = subprocess.run(["fc-list", ":charset=4e2d", "family"], capture_output=True, text=True, check=False).stdout
    if not fonts.strip():
        missing.append("a font with Chinese characters (apt install fonts-wqy-microhei)")
    if missing:
        message = "the browser test needs " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    assert browser is not None
    return browser


def run_browser(browser: str, page: Path, *args: str) -> str:
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--mute-audio"]
    command += ["--virtual-time-budget=20000", *args, page.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)
    return done.stdout


def html_page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body style="font-family:sans-serif;max-width:1100px;margin:1em">{body}</body></html>'
    )


def render_notebook(path: Path) -> str:
    """The saved notebook as one HTML page: Plotly charts as their HTML, plotly.js
    inlined once; the loader of plotly.js from its CDN dropped (no network here)."""
    nb = nbformat.read(path, as_version=4)
    first = True
    for cell in nb.cells:
        kept = []
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if PLOTLY in data:
                data["text/html"] = pio.to_html(data.pop(PLOTLY), include_plotlyjs=first, full_html=False)
                first = False
            elif "cdn.plot.ly" in data.get("text/html", ""):
                continue
            kept.append(out)
        if cell.cell_type == "code":
            cell.outputs = kept
    body, _ = nbconvert.HTMLExporter(template_name="basic").from_notebook_node(nb)
    return html_page(path.stem, body)


def drawn_with_a_font(text: str) -> bool:
    """Whether a font on the machine has every character of ``text``."""
    charset = " ".join(f"{ord(c):x}" for c in sorted(set(text)) if not c.isspace())
    found = subprocess.run(["fc-list", f":charset={charset}", "family"], capture_output=True, text=True, check=False)
    return bool(found.stdout.strip())


def inked(png: Path) -> float:
    """The share of the screenshot's pixels that are not white."""
    import matplotlib.image

    pixels = matplotlib.image.imread(str(png))[..., :3]
    return float((pixels.min(axis=2) < 0.9).mean())


def keep(png: Path) -> None:
    target = os.environ.get("XINWEN_IMAGES")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(png, Path(target) / png.name)


def test_notebook_charts_show_chinese_names(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "corpus_tour.html"
    page.write_text(render_notebook(NOTEBOOKS / "corpus_tour.ipynb"), encoding="utf-8")
    dom = run_browser(chromium, page, "--dump-dom")
    labels = [unescape(t) for t in TICK.findall(dom)]
    names = [t for t in labels if han(t)]
    assert len(names) >= 40, f"{len(names)} Chinese tick labels of {len(labels)}"
    articles = [a.simplified() for a in xinwen.extract(ROOT / "examples" / "corpus", progress=False)]
    for table in [xinwen.places_table, xinwen.people_table, xinwen.organizations_table]:
        counts = table(articles).groupby("name")["id"].nunique()
        top = counts[counts == counts.max()].index
        assert set(top) & set(names), f"none of {list(top)} among the labels"
    assert drawn_with_a_font("".join(names)), "a label character no font has: it would be a box"
    shot = tmp_path / "corpus_tour.png"
    run_browser(chromium, page, f"--screenshot={shot}", "--window-size=1100,9000")
    assert inked(shot) > 0.02


def test_search_notebook_renders(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "search.html"
    page.write_text(render_notebook(NOTEBOOKS / "search.ipynb"), encoding="utf-8")
    dom = run_browser(chromium, page, "--dump-dom")
    assert "<b>檢查指導</b>" in dom and "<b>养老</b>" in dom, "highlighted snippets"
    shot = tmp_path / "search.png"
    run_browser(chromium, page, f"--screenshot={shot}", "--window-size=1100,6000")
    assert inked(shot) > 0.02


def test_chart_and_widget_screenshots(chromium: str, tmp_path: Path) -> None:
    """The two images of the README: a chart of the notebook, and the search widget."""
    nb = nbformat.read(NOTEBOOKS / "corpus_tour.ipynb", as_version=4)
    charts = [o.data[PLOTLY] for c in nb.cells for o in c.get("outputs", []) if PLOTLY in o.get("data", {})]
    places = next(f for f in charts if f["layout"]["title"]["text"].startswith("Places"))
    page = tmp_path / "chart_places.html"
    page.write_text(html_page("places", pio.to_html(places, include_plotlyjs=True, full_html=False)), encoding="utf-8")
    labels = [unescape(t) for t in TICK.findall(run_browser(chromium, page, "--dump-dom"))]
    assert "白鹭县" in labels and drawn_with_a_font("".join(labels))
    shot = tmp_path / "chart_places.png"
    run_browser(chromium, page, f"--screenshot={shot}", "--window-size=900,480")
    assert inked(shot) > 0.02
    keep(shot)

    index = xinwen.Index.create(tmp_path / "index")
    index.add(xinwen.read(ROOT / "examples" / "corpus"))
    index.commit()
    widget = index.widget(limit=5)
    widget.query.value = "检查"
    widget.filters["place"].value = widget.filters["place"].options[1][1]
    page = tmp_path / "search_widget.html"
    page.write_text(widget.to_html(), encoding="utf-8")
    dom = run_browser(chromium, page, "--dump-dom")
    assert "<b>檢查</b>" in dom or "<b>检查</b>" in dom
    assert 'title="person"' in dom and 'title="place"' in dom
    shot = tmp_path / "search_widget.png"
    run_browser(chromium, page, f"--screenshot={shot}", "--window-size=900,700")
    assert inked(shot) > 0.02
    keep(shot)
