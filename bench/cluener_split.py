#!/usr/bin/env python3
"""The split of CLUENER2020 train that xinwen keeps out of training, and the BIO files
the NER trainer reads.

A sentence is held out when the CRC-32 of its text is 0 modulo 5 (about a fifth: 2,100
of 10,748 sentences); the rest may be trained on. The split depends on the text alone,
so it is the same on every machine and for every tool.

Kinds, CLUENER → xinwen: `name` → PER; `organization`, `company`, `government` → ORG;
`address`, `scene` → LOC. `position`, `game`, `book`, `movie` are no entities of
xinwen's (left O: a club, a film or a game is not a person or a place).

Usage: python3 bench/cluener_split.py OUT_DIR   (writes cluener_train.bio and
cluener_heldout.bio). Standard library only; data from shared/data/ner.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XINWEN_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data" / "ner" / "cluener2020_train.jsonl"
KINDS = {"name": "PER", "organization": "ORG", "company": "ORG", "government": "ORG",
         "address": "LOC", "scene": "LOC"}
HELD_OUT_MODULUS = 5


def held_out(text: str) -> bool:
    """True for a sentence of the held-out split."""
    return zlib.crc32(text.encode("utf-8")) % HELD_OUT_MODULUS == 0


def sentences(path: Path = DATA) -> list[dict]:
    """Every CLUENER sentence: {"text", "label"} as in the file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def spans(sentence: dict, kinds: dict[str, str] = KINDS) -> list[tuple[str, int, int]]:
    """The sentence's spans (kind, start, end exclusive) of the mapped kinds."""
    out = []
    for label, names in sentence["label"].items():
        kind = kinds.get(label)
        if kind is None:
            continue
        for places in names.values():
            out.extend((kind, start, end + 1) for start, end in places)
    return sorted(out, key=lambda s: (s[1], -s[2]))


def bio(sentence: dict) -> str:
    """The sentence as BIO lines (`char TAG`), overlapping spans kept first-come."""
    text = sentence["text"]
    tags = ["O"] * len(text)
    for kind, start, end in spans(sentence):
        if all(t == "O" for t in tags[start:end]):
            tags[start] = f"B-{kind}"
            for i in range(start + 1, end):
                tags[i] = f"I-{kind}"
    lines = []
    for char, tag in zip(text, tags):
        if char.isspace():  # the trainer reads a leading space as the character itself
            char = " "
        lines.append(f"{char} {tag}")
    return "\n".join(lines) + "\n\n"


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    train, held = [], []
    for s in sentences():
        (held if held_out(s["text"]) else train).append(bio(s))
    (out / "cluener_train.bio").write_text("".join(train), encoding="utf-8")
    (out / "cluener_heldout.bio").write_text("".join(held), encoding="utf-8")
    print(f"{len(train)} training and {len(held)} held-out sentences in {out}")


if __name__ == "__main__":
    main()
