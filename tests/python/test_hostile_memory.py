"""Hostile input, one `xinwen extract` process each, its peak memory read from the
kernel (wait4, by a small process that starts it): every input gives a record, no process passes 800 MB, and the deeply
nested page and the page with NUL bytes keep their text. The inputs are made here."""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

LIMIT_MB = 800
TEXT = "青禾市召開防汛工作會議，部署全市防汛抗旱工作，要求各地壓實責任。"
PAGE = f"<html><head><title>防汛工作會議</title></head><body><p>{TEXT}</p><p>{TEXT}</p></body></html>"


def zstd_bomb(path: Path, gigabytes: int) -> None:
    """Zeros compressed by the zstd command: a few kilobytes that expand to `gigabytes`."""
    with open(path, "wb") as out:
        zeros = subprocess.Popen(["head", "-c", f"{gigabytes}G", "/dev/zero"], stdout=subprocess.PIPE)
        subprocess.run(["zstd", "-q", "-3", "-c"], stdin=zeros.stdout, stdout=out, check=True)
        zeros.wait()


def gzip_bomb(path: Path, megabytes: int) -> None:
    """Zeros in gzip: one compressed megabyte written again and again (a multi-member file)."""
    member = gzip.compress(bytes(1 << 20), compresslevel=9)
    path.write_bytes(member * megabytes)


def inputs(d: Path) -> dict[str, Path]:
    rng = random.Random(17)
    made = {
        "random.bin": bytes(rng.getrandbits(8) for _ in range(1 << 20)),
        "line.txt": ("疫情防控" * (50_000_000 // 12)).encode(),  # one line of 50 MB, no break
        "deep.html": ("<div>" * 100_000 + TEXT + "</div>" * 100_000).encode(),
        "nul.html": PAGE.encode().replace(b"</p><p>", b"</p>\0\0<p>"),
        "charset.html": b'<meta charset="big5">' + PAGE.encode(),
        "empty.html": b"",
    }
    paths = {}
    for name, data in made.items():
        paths[name] = d / name
        paths[name].write_bytes(data)
    paths["bomb.html.zst"] = d / "bomb.html.zst"
    zstd_bomb(paths["bomb.html.zst"], 2)
    paths["bomb.html.gz"] = d / "bomb.html.gz"
    gzip_bomb(paths["bomb.html.gz"], 2048)
    return paths


# Runs the command of argv[1:] and prints its peak resident memory in KB to stderr. The
# kernel counts in a process's peak the peak of the process that started it, up to its
# exec: started from this test's interpreter, whose peak the tests before may have
# raised, `xinwen` would be charged with it. Started from this small process, it is not.
PEAK_OF = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
print(usage.ru_maxrss, file=sys.stderr)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def extract(cli: str, path: Path) -> tuple[list[dict], float]:
    """The records of `path` and the process's peak resident memory in MB."""
    proc = subprocess.run(
        [sys.executable, "-c", PEAK_OF, cli, "extract", "-q", "-j", "1", str(path)],
        capture_output=True,
        check=False,
    )
    records = [json.loads(line) for line in proc.stdout.decode().splitlines() if line.strip()]
    return records, int(proc.stderr.decode().split()[-1]) / 1024


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return inputs(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize(
    "name", ["random.bin", "line.txt", "deep.html", "nul.html", "charset.html", "empty.html", "bomb.html.zst", "bomb.html.gz"]
)
def test_every_hostile_input_gives_a_record_in_bounded_memory(cli: str, hostile: dict[str, Path], name: str) -> None:
    records, peak_mb = extract(cli, hostile[name])
    assert len(records) == 1, records
    assert peak_mb < LIMIT_MB, f"{name}: {peak_mb:.0f} MB"
    record = records[0]
    if name in ("deep.html", "nul.html", "charset.html"):
        assert record.get("error") is None and TEXT[:10] in record["text"], record
    if name in ("bomb.html.zst", "bomb.html.gz", "line.txt"):
        assert record.get("error"), record
