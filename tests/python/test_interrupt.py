"""Ctrl-C stops a long extraction promptly: a KeyboardInterrupt in Python, the workers
stopped, the process gone, whether the run is a list (`extract`) or a stream (`read`)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

RUN = """
import sys, xinwen
print("started", flush=True)
try:
    if sys.argv[2] == "extract":
        xinwen.extract(sys.argv[1], field="content", workers=2, progress=False)
    else:
        for article in xinwen.read(sys.argv[1], field="content", workers=2):
            pass
except KeyboardInterrupt:
    print("interrupted", flush=True)
    sys.exit(3)
"""


@pytest.mark.parametrize("how", ["extract", "read"])
def test_ctrl_c_stops_a_long_run(shared: Path, how: str) -> None:
    corpus = shared / "bench" / "xwlb_2012_2026.jsonl.zst"  # minutes of work
    proc = subprocess.Popen([sys.executable, "-c", RUN, str(corpus), how], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "started"
    time.sleep(2)
    proc.send_signal(signal.SIGINT)
    start = time.monotonic()
    try:
        out, _ = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the run went on after Ctrl-C")
    assert proc.returncode == 3 and "interrupted" in out, (proc.returncode, out)
    assert time.monotonic() - start < 30
