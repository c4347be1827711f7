"""Fixtures: the shared test data, the CLI binary, the example corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _shared_dir() -> Path:
    return Path(os.environ.get("XINWEN_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared test data; a failure under CI when missing, a skip elsewhere."""
    path = _shared_dir()
    if not (path / "corpus" / "seeds").is_dir():
        message = f"shared test data not found at {path} (set XINWEN_SHARED)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def seeds(shared: Path) -> list[Path]:
    return sorted((shared / "corpus" / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def corpus() -> Path:
    return ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def cli() -> str:
    """The xinwen binary (built by `make build`)."""
    path = os.environ.get("XINWEN_CLI", str(ROOT / "target" / "release" / "xinwen"))
    if not Path(path).exists():
        pytest.fail(f"the xinwen binary is not built at {path}; run `make build`")
    return path
