#!/usr/bin/env python3
"""Generates the word tables of xinwen-chinese from jieba's data (MIT licence,
https://github.com/fxsjy/jieba, as shipped in the jieba-rs crate):

- data/words.tsv.zst: the segmentation dictionary, one `word<TAB>frequency<TAB>tag` a
  line (349,045 words with their part-of-speech tags);
- data/idf.tsv.zst: the inverse document frequencies that keyword extraction weighs
  terms by, one `word<TAB>idf` a line.

Both sorted by word. The build of xinwen-chinese compiles them into finite-state maps
(build.rs), so nothing is parsed at start-up; nothing here runs at build or run time.

Usage: scripts/gen_jieba_tables.py [path/to/jieba-rs-0.11.0]   (needs the zstd command;
default: the jieba-rs source that cargo downloaded into ~/.cargo/registry)
"""

import glob
import os
import subprocess
import sys

DATA = os.path.join(os.path.dirname(__file__), "..", "crates", "xinwen-chinese", "data")


def main() -> None:
    if len(sys.argv) > 1:
        source = sys.argv[1]
    else:
        found = sorted(glob.glob(os.path.expanduser("~/.cargo/registry/src/*/jieba-rs-0.11.*")))
        if not found:
            sys.exit("jieba-rs source not found: run `cargo fetch` first or give its path")
        source = found[-1]
    idf = {}
    with open(os.path.join(source, "src", "data", "idf.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2:
                float(parts[1])  # refuse a table that is not numbers
                idf[parts[0]] = parts[1]
    write("idf.tsv.zst", {w: [v] for w, v in idf.items()})
    words = {}
    with open(os.path.join(source, "src", "data", "dict.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and int(parts[1]) > 0:
                words[parts[0]] = parts[1:]
    write("words.tsv.zst", words)


def write(name: str, rows: dict) -> None:
    """Writes `rows` (word -> fields) sorted by word as a zstd-compressed TSV."""
    text = "".join(w + "\t" + "\t".join(rows[w]) + "\n" for w in sorted(rows, key=lambda w: w.encode("utf-8")))
    packed = subprocess.run(["zstd", "-19", "-q", "-c"], input=text.encode("utf-8"), check=True, capture_output=True).stdout
    out = os.path.join(DATA, name)
    with open(out, "wb") as f:
        f.write(packed)
    print(f"{len(rows)} words -> {out} ({len(packed)} bytes)")


if __name__ == "__main__":
    main()
