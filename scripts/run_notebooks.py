#!/usr/bin/env python3
"""Runs the notebooks of docs/notebooks in the .venv's kernel and saves them with their
outputs (tables, charts, widgets), as a reader sees them without running them.

Usage: .venv/bin/python scripts/run_notebooks.py [NOTEBOOK ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbclient
import nbformat

ROOT = Path(__file__).resolve().parents[1]


def run(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    nbformat.write(nb, path)
    print(f"{path.relative_to(ROOT)}: {sum(c.cell_type == 'code' for c in nb.cells)} cells run")


if __name__ == "__main__":
    paths = [Path(p).resolve() for p in sys.argv[1:]] or sorted((ROOT / "docs" / "notebooks").glob("*.ipynb"))
    for p in paths:
        run(p)
