#!/usr/bin/env python3
"""Generates crates/xinwen-chinese/data/idf.tsv.zst, the inverse document frequencies
of words that keyword extraction weighs terms by: jieba's IDF table (MIT licence,
https://github.com/fxsjy/jieba, as shipped in the jieba-rs crate), one `word<TAB>idf`
a line, sorted by word.

The build of xinwen-chinese compiles it into a finite-state map (build.rs), so nothing
is parsed at start-up; nothing here runs at build or run time.

Usage: scripts/gen_idf_table.py [path/to/jieba-rs-0.11.0]   (needs the zstd command;
default: the jieba-rs source that cargo downloaded into ~/.cargo/registry)
"""

import glob
import os
import subprocess
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "crates", "xinwen-chinese", "data", "idf.tsv.zst")


def main() -> None:
    if len(sys.argv) > 1:
        source = sys.argv[1]
    else:
        found = sorted(glob.glob(os.path.expanduser("~/.cargo/registry/src/*/jieba-rs-0.11.*")))
        if not found:
            sys.exit("jieba-rs source not found: run `cargo fetch` first or give its path")
        source = found[-1]
    rows = {}
    with open(os.path.join(source, "src", "data", "idf.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2:
                float(parts[1])  # refuse a table that is not numbers
                rows[parts[0]] = parts[1]
    text = "".join(f"{w}\t{rows[w]}\n" for w in sorted(rows, key=lambda w: w.encode("utf-8")))
    packed = subprocess.run(["zstd", "-19", "-q", "-c"], input=text.encode("utf-8"), check=True, capture_output=True).stdout
    with open(OUT, "wb") as f:
        f.write(packed)
    print(f"{len(rows)} words -> {OUT} ({len(packed)} bytes)")


if __name__ == "__main__":
    main()
