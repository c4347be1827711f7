"""The notebooks of docs/notebooks run without error, and show their tables and plots.

Each notebook is executed with nbclient in the kernel of this interpreter (the .venv),
starting in docs/notebooks as Jupyter would; the executed copy goes to a temporary
directory, so the saved notebooks are not touched. The saved notebooks must keep their
outputs (tables and plots), so that they read well without running them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "docs" / "notebooks").glob("*.ipynb"))

#: Plots each notebook must show at least.
MIN_PLOTS = {"corpus_tour.ipynb": 6, "search.ipynb": 1}

#: Charts of Chinese names each notebook must show (Plotly figures labelled by name).
MIN_NAMED_CHARTS = {"corpus_tour.ipynb": 5}

PLOTLY = "application/vnd.plotly.v1+json"


def han(text: object) -> bool:
    return isinstance(text, str) and any("\u4e00" <= c <= "\u9fff" for c in text)


def named_chart(figure: dict) -> bool:
    """A chart whose bars, cells or rows are labelled by Chinese names (not numbers)."""
    labels = [v for trace in figure["data"] for axis in ("x", "y") for v in (trace.get(axis) or [])]
    names = [v for v in labels if han(v)]
    return len(names) >= 3 and not any(isinstance(v, str) and v.strip().isdigit() for v in labels)


def outputs(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]


def check_outputs(name: str, nb: nbformat.NotebookNode) -> None:
    outs = outputs(nb)
    errors = [f"{o.ename}: {o.evalue}" for o in outs if o.output_type == "error"]
    assert not errors, f"{name}: {errors}"
    html = [o for o in outs if "text/html" in o.get("data", {})]
    assert any("<table" in o.data["text/html"] for o in html), f"{name}: no table among the outputs"
    plots = [o for o in outs if "image/png" in o.get("data", {}) or PLOTLY in o.get("data", {})]
    assert len(plots) >= MIN_PLOTS.get(name, 1), f"{name}: {len(plots)} plots"
    named = [o for o in outs if PLOTLY in o.get("data", {}) and named_chart(o.data[PLOTLY])]
    assert len(named) >= MIN_NAMED_CHARTS.get(name, 0), f"{name}: {len(named)} charts labelled with names"


def test_notebooks_found() -> None:
    assert {p.name for p in NOTEBOOKS} >= set(MIN_PLOTS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_saved_notebook_has_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    check_outputs(path.name, nb)
    assert all(c.get("execution_count") for c in nb.cells if c.cell_type == "code"), "saved partly run"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path: Path, tmp_path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    # the kernel must be this interpreter's, with the xinwen under test
    nb.cells.append(nbformat.v4.new_code_cell("import sys, xinwen\nprint(sys.prefix)\nprint(xinwen.__file__)"))
    client = nbclient.NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    nbformat.write(nb, tmp_path / path.name)

    check_outputs(path.name, nb)
    prefix, module = nb.cells[-1].outputs[0].text.split()
    assert Path(prefix).resolve() == Path(sys.prefix).resolve(), f"kernel ran in {prefix}, not {sys.prefix}"
    import xinwen

    assert Path(module).resolve() == Path(xinwen.__file__).resolve()
