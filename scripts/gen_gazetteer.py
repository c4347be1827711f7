#!/usr/bin/env python3
"""Generates crates/xinwen-chinese/data/gazetteer.tsv.zst, the place table shipped with
xinwen, from the administrative divisions in ../shared/data/places:
china_location.jionlp.txt (Apache-2.0: a tab-indented tree from provinces down to
villages) and the NBS 2023 CSVs of modood (WTFPL).

Each line: `name<TAB>levels<TAB>alias-of`, sorted by name; `levels` is a bit mask
(1 province, 2 prefecture, 4 county, 8 township, 16 village, 32 community); `alias-of`
is the full name a short name stands for (`延吉` → `延吉市`), empty for full names.
Names are in simplified script; the loader admits traditional text through conversion.

Usage: scripts/gen_gazetteer.py [path/to/shared/data/places]   (needs the zstd command)
"""

import csv
import os
import subprocess
import sys
from collections import defaultdict

PROVINCE, PREFECTURE, COUNTY, TOWNSHIP, VILLAGE, COMMUNITY = 1, 2, 4, 8, 16, 32
COMMUNITY_ENDINGS = ("社区", "居委会", "居民委员会", "社区居委会")
SKIP = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

def main() -> None:
    root = os.path.dirname(os.path.abspath(__file__))
    places = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "..", "shared", "data", "places")
    levels = defaultdict(int)
    alias = {}

    def add(name: str, level: int) -> None:
        name = name.strip()
        if len(name) >= 2 and name not in SKIP:
            levels[name] |= level

    def add_alias(short: str, full: str, level: int) -> None:
        short = short.strip()
        if 2 <= len(short) < len(full) and short not in SKIP:
            levels[short] |= level
            alias.setdefault(short, full)

    depth_levels = [PROVINCE, PREFECTURE, COUNTY, TOWNSHIP, VILLAGE]
    with open(os.path.join(places, "china_location.jionlp.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            depth = len(line) - len(line.lstrip("\t"))
            fields = line.strip("\t").split("\t")
            if not fields or not fields[0] or depth >= len(depth_levels):
                continue
            name = fields[0]
            level = depth_levels[depth]
            if level == VILLAGE and name.endswith(COMMUNITY_ENDINGS):
                level = COMMUNITY
            # municipalities repeat their name one level down (上海市 / 上海市)
            if depth == 1 and name in levels and levels[name] & PROVINCE:
                continue
            add(name, level)
            if len(fields) >= 3 and fields[2]:
                add_alias(fields[2], name, level)

    for file, level in [("provinces.csv", PROVINCE), ("cities.csv", PREFECTURE), ("areas.csv", COUNTY), ("streets.csv", TOWNSHIP)]:
        with open(os.path.join(places, file), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                add(row["name"], level)

    out = os.path.join(root, "..", "crates", "xinwen-chinese", "data", "gazetteer.tsv")
    with open(out, "w", encoding="utf-8") as f:
        for name in sorted(levels):
            f.write(f"{name}\t{levels[name]}\t{alias.get(name, '')}\n")
    subprocess.run(["zstd", "-19", "-q", "-f", "--rm", out, "-o", out + ".zst"], check=True)
    print(f"wrote {len(levels)} names ({len(alias)} short names) to {os.path.normpath(out)}.zst")

if __name__ == "__main__":
    main()
