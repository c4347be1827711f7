"""`make wheel` gives an abi3 manylinux wheel and an sdist; the wheel installs in a new
virtualenv with no Rust toolchain on PATH and the README's Python quick start runs there,
unchanged (scripts/check_fresh_install.sh)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_installs_without_rust_and_the_readme_quick_start_runs() -> None:
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "check_fresh_install.sh")], capture_output=True, text=True, timeout=1800
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert "-abi3-manylinux" in result.stdout
    assert "installed from the wheel without Rust and the quick start ran" in result.stdout
