#!/usr/bin/env python3
"""Generates crates/xinwen-chinese/data/common_chars.txt: the most common Chinese
characters, most common first, one line of text per 100 characters.

Commonness is the summed frequency of every word containing the character in jieba's
dictionary (MIT licence; the copy bundled with the jieba-rs crate). Single-character
entries tagged `zg` are left out: the dictionary gives nearly every character such an
entry, with counts that do not reflect use. The mojibake detector treats characters
outside this list as rare.

Usage: scripts/gen_common_chars.py [path/to/jieba-rs/src/data/dict.txt]
"""

import glob
import os
import sys
from collections import Counter

COUNT = 6000


def find_dict() -> str:
    home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
    found = sorted(glob.glob(f"{home}/registry/src/*/jieba-rs-0.11.*/src/data/dict.txt"))
    if not found:
        sys.exit("jieba-rs dict.txt not found: run `cargo fetch` first or pass its path")
    return found[-1]


def is_han(c: str) -> bool:
    o = ord(c)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else find_dict()
    freq: Counter[str] = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, count = parts[0], int(parts[1])
            tag = parts[2] if len(parts) > 2 else ""
            if len(word) == 1 and tag == "zg":
                continue
            for c in word:
                if is_han(c):
                    freq[c] += count
    chars = [c for c, _ in freq.most_common(COUNT)]
    out = os.path.join(os.path.dirname(__file__), "..", "crates", "xinwen-chinese", "data", "common_chars.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"# {COUNT} most common Chinese characters, most common first (scripts/gen_common_chars.py)\n")
        for i in range(0, len(chars), 100):
            f.write("".join(chars[i : i + 100]) + "\n")
    print(f"wrote {len(chars)} characters to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
