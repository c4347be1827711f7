"""The virtualenv the comparison scripts run other tools in (`.venv-bench` at the repo
root): never a project dependency, made on first use and extended by each script with
its own pinned requirements."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

VENV = Path(__file__).resolve().parents[1] / ".venv-bench"
PYTHON = VENV / "bin" / "python"


def ensure(requirements: list[str], marker: str, pip_args: tuple[str, ...] = ()) -> Path:
    """Installs `requirements` into the venv unless `marker` (a file in it) says they
    are there already; returns the venv's python."""
    done = VENV / marker
    if done.exists() and done.read_text() == " ".join(requirements):
        return PYTHON
    print(f"adding {' '.join(requirements)} to {VENV.name} ...", file=sys.stderr)
    if not PYTHON.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", *pip_args, *requirements], check=True)
    done.write_text(" ".join(requirements))
    return PYTHON
