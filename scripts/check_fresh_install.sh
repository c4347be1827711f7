#!/usr/bin/env bash
# `make wheel`, then install the wheel into a new virtualenv on a PATH without any Rust
# toolchain and run the README's Python quick start there, unchanged, from a scratch
# directory holding a copy of examples/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
make -C "$ROOT" --no-print-directory wheel WHEEL_DIR="$WORK/dist" > "$WORK/wheel.log" 2>&1 ||
    { tail -40 "$WORK/wheel.log"; exit 1; }
wheel=$(ls "$WORK"/dist/*.whl)
sdist=$(ls "$WORK"/dist/*.tar.gz)
echo "built $(basename "$wheel") and $(basename "$sdist")"
case "$(basename "$wheel")" in
    *-abi3-manylinux*) ;;
    *) echo "the wheel is not an abi3 manylinux wheel: $wheel"; exit 1 ;;
esac
# a PATH without cargo, rustc or maturin: only the system's directories
clean_path=""
for dir in /usr/local/sbin /usr/local/bin /usr/sbin /usr/bin /sbin /bin; do
    if [ -d "$dir" ] && [ ! -x "$dir/cargo" ] && [ ! -x "$dir/rustc" ]; then
        clean_path="${clean_path:+$clean_path:}$dir"
    fi
done
python="$(command -v python3)"
python="$(readlink -f "$python")"
"$python" -m venv "$WORK/venv"
cp -r "$ROOT/examples" "$WORK/examples"
# the first ```python block after the Python quick start heading
awk '/^## Quick start: Python/{on=1} on && /^```python/{grab=1; next} grab && /^```/{exit} grab' \
    "$ROOT/README.md" > "$WORK/quickstart.py"
test -s "$WORK/quickstart.py"
cd "$WORK"
env -i HOME="$HOME" PATH="$WORK/venv/bin:$clean_path" bash -euo pipefail -c '
    if command -v cargo || command -v rustc; then echo "a Rust toolchain is on PATH"; exit 1; fi
    pip install --quiet --upgrade pip
    pip install --quiet "'"$wheel"'"
    python quickstart.py
    python -c "import xinwen; print(\"xinwen\", xinwen.__version__, \"installed from the wheel without Rust and the quick start ran\")"
'
