#!/usr/bin/env bash
# `pip install .` into a new virtualenv, then run the README's Python quick start there,
# unchanged, from a scratch directory holding a copy of examples/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install --quiet --upgrade pip
"$WORK/venv/bin/pip" install --quiet "$ROOT"
cp -r "$ROOT/examples" "$WORK/examples"
# the first ```python block after the Python quick start heading
awk '/^## Quick start: Python/{on=1} on && /^```python/{grab=1; next} grab && /^```/{exit} grab' \
    "$ROOT/README.md" > "$WORK/quickstart.py"
test -s "$WORK/quickstart.py"
cd "$WORK"
"$WORK/venv/bin/python" quickstart.py
"$WORK/venv/bin/python" -c 'import xinwen; print("xinwen", xinwen.__version__, "installed and the quick start ran")'
