"""`pip install .` in a new virtualenv, then the README's Python quick start, unchanged
(scripts/check_fresh_install.sh)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_pip_install_then_the_readme_quick_start() -> None:
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "check_fresh_install.sh")], capture_output=True, text=True, timeout=1800
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert "the quick start ran" in result.stdout
