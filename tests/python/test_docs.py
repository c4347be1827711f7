"""Every code block in docs/*.md runs, from the repository root.

`python` blocks of one guide run in order in one namespace; `sh` blocks run with bash,
with the built `xinwen` binary first on PATH. `text` blocks are shown, not run.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted((ROOT / "docs").rglob("*.md"))
BLOCK = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```", re.S | re.M)


def blocks(path: Path) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in BLOCK.finditer(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("guide", DOCS, ids=[str(p.relative_to(ROOT)) for p in DOCS])
def test_guide_runs(guide: Path, cli: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    env = dict(os.environ, PATH=f"{Path(cli).parent}{os.pathsep}{os.environ['PATH']}")
    namespace: dict[str, object] = {"__name__": "__docs__"}
    ran = 0
    for language, code in blocks(guide):
        if language == "python":
            exec(compile(code, f"{guide.name}:python", "exec"), namespace)
        elif language in ("sh", "bash"):
            result = subprocess.run(
                ["bash", "-euo", "pipefail", "-c", code], env=env, capture_output=True, text=True
            )
            assert result.returncode == 0, f"{guide.name}: {code}\n{result.stderr}"
        else:
            continue
        ran += 1
    assert ran > 0, f"{guide.name} has no runnable block"
