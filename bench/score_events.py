#!/usr/bin/env python3
"""Scores xinwen's events on the project's own labelled development set,
bench/events_dev/*.jsonl (see bench/events_dev/README.md for how it was labelled):
items of the evening-news corpus, CCTV pages, the seeds and the example corpus, some
of which report no event.

Figures, all in simplified script:
- actors: precision, recall and F1 of the set of actors of each item;
- (actor, action) pairs: precision, recall and F1 of the set of pairs of each item (the
  record gives an act once per place, the labels once per act: a set counts both once;
  an action matches when it is the same word, `--lenient` also counts one containing
  the other, `检查` for `检查指导`);
- on matched pairs, the share with target, place and date all right for some event of
  the pair (target and place: equal or one containing the other; date: the same day,
  see `same_day`);
- false events: events found on items labelled event-free, per 10 such items.

`--set heldout` scores bench/events_heldout instead: items labelled the same way and
never used to change the extractor, the estimate of how the figures hold on news the
rules were not written for.

Usage: .venv/bin/python bench/score_events.py [--set dev|heldout] [--lenient] [--verbose]
Needs the shared data beside the checkout ($XINWEN_SHARED) and the built package.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import xinwen

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XINWEN_SHARED", ROOT.parent / "shared"))
SETS = {"dev": ROOT / "bench" / "events_dev", "heldout": ROOT / "bench" / "events_heldout"}
S = xinwen.to_simplified


def norm(text: str | None) -> str:
    return "".join(S(text or "").split())


def load_dev(folder: Path = SETS["dev"]) -> list[dict]:
    items = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            items.extend(json.loads(line) for line in fh if line.strip())
    return items


def xwlb_records(ids: set[str]) -> dict[str, dict]:
    """The evening-news items with these ids, as the corpus gives them."""
    out = {}
    zst = SHARED / "bench" / "xwlb_2012_2026.jsonl.zst"
    proc = subprocess.run(["zstd", "-dc", str(zst)], check=True, capture_output=True)
    for line in proc.stdout.decode("utf-8").splitlines():
        if '"id"' in line:
            item = json.loads(line)
            if item.get("id") in ids:
                out[item["id"]] = item
    return out


def cctv_pages(names: set[str]) -> dict[str, bytes]:
    zst = SHARED / "bench" / "cctv_pages_4000.tar.zst"
    raw = subprocess.run(["zstd", "-dc", str(zst)], check=True, capture_output=True).stdout
    out = {}
    with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
        for member in tar.getmembers():
            if member.name in names:
                fh = tar.extractfile(member)
                if fh is not None:
                    out[member.name] = fh.read()
    return out


def extracted_events(items: list[dict]) -> list[list[dict]]:
    """xinwen's events of each item, in order."""
    xwlb = xwlb_records({i["id"] for i in items if i["source"] == "xwlb"})
    cctv = cctv_pages({i["file"] for i in items if i["source"] == "cctv"})
    out: list[list[dict]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for item in items:
            source = item["source"]
            if source == "xwlb":
                path = Path(tmp) / f"{item['id']}.jsonl"
                path.write_text(json.dumps(xwlb[item["id"]], ensure_ascii=False) + "\n", encoding="utf-8")
                articles = [a.to_dict() for a in xinwen.read(str(path), field="content")]
            elif source == "cctv":
                articles = [xinwen.parse(cctv[item["file"]], path=item["file"]).to_dict()]
            else:
                folder = SHARED / "corpus" / "seeds" if source == "seeds" else ROOT / "examples" / "corpus"
                articles = [xinwen.parse((folder / item["file"]).read_bytes(), path=item["file"]).to_dict()]
            out.append([e for a in articles for e in a.get("events", [])])
    return out


def same_day(gold: str | None, found: str | None) -> bool:
    """The labels give a full day or null (a day without a year, or a span of days, is
    null there); xinwen gives `YYYY-MM-DD`, `--MM-DD` without a year, or `A/B` for a span:
    a span matches null or a day inside it, a day without a year null or the same day."""
    found = found or None
    if found is None or gold is None:
        return found is None or "/" in found or found.startswith("--")
    if "/" in found:
        a, b = found.split("/", 1)
        return a <= gold <= b
    if found.startswith("--"):
        return gold.endswith(found[1:])
    return gold == found[:10]


def same_words(a: str, b: str, lenient: bool) -> bool:
    return a == b or (lenient and bool(a) and bool(b) and (a in b or b in a))


def near(a: str | None, b: str | None) -> bool:
    a, b = norm(a), norm(b)
    if not a or not b:
        return a == b
    return a in b or b in a


def prf(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=sorted(SETS), default="dev")
    ap.add_argument("--lenient", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"missing {SHARED} (set XINWEN_SHARED)")
    folder = SETS[args.set]
    items = load_dev(folder)
    if not items:
        sys.exit(f"no labelled items in {folder}")
    found = extracted_events(items)
    actors = [0, 0, 0]  # correct, predicted, gold
    pairs = [0, 0, 0]
    args_right = 0
    free_items = false_events = 0
    for item, events in zip(items, found):
        gold = item["events"]
        ref = item.get("id") or item.get("file")
        if item.get("none") or not gold:
            free_items += 1
            false_events += len(events)
        ga, pa = {norm(e["actor"]) for e in gold}, {norm(e["actor"]) for e in events}
        actors[0] += len(ga & pa)
        actors[1] += len(pa)
        actors[2] += len(ga)
        gold_pairs = {(norm(g["actor"]), norm(g["action"])) for g in gold}
        found_pairs = {(norm(e["actor"]), norm(e["action"])) for e in events}
        matched: set = set()
        for fp in found_pairs:
            hit = next((gp for gp in gold_pairs - matched if gp[0] == fp[0] and same_words(gp[1], fp[1], args.lenient)), None)
            if hit is None:
                if args.verbose:
                    print(f"  FALSE {ref}: {fp[0]} {fp[1]}")
                continue
            matched.add(hit)
            pairs[0] += 1
            mine = [e for e in events if (norm(e["actor"]), norm(e["action"])) == fp]
            theirs = [g for g in gold if (norm(g["actor"]), norm(g["action"])) == hit]
            right = any(
                near(g.get("target"), e.get("target"))
                and near(g.get("place"), e.get("place"))
                and same_day(g.get("date"), e.get("date"))
                for e in mine
                for g in theirs
            )
            args_right += right
            if args.verbose and not right:
                e, g = mine[0], theirs[0]
                print(f"  ARGS {ref}: {fp[0]} {fp[1]}: got {e.get('target')} | {e.get('place')} | {e.get('date')}"
                      f"  want {g.get('target')} | {g.get('place')} | {g.get('date')}")
        if args.verbose:
            for gp in gold_pairs - matched:
                print(f"  MISSED {ref}: {gp[0]} {gp[1]}")
        pairs[1] += len(found_pairs)
        pairs[2] += len(gold_pairs)
    n_gold = sum(len(i["events"]) for i in items)
    print(f"events {args.set} set: {len(items)} items, {n_gold} events ({pairs[2]} distinct (actor, action) pairs),"
          f" {free_items} items without events"
          f"{' (lenient actions)' if args.lenient else ''}")
    p, r, f = prf(*actors)
    print(f"actors              P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    p, r, f = prf(*pairs)
    print(f"(actor, action)     P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({pairs[0]} matched, {pairs[1]} found, {pairs[2]} gold)")
    share = args_right / pairs[0] if pairs[0] else 0.0
    print(f"target+place+date all right on matched pairs: {share:.3f} ({args_right}/{pairs[0]})")
    per10 = 10 * false_events / free_items if free_items else 0.0
    print(f"false events on event-free items: {false_events} on {free_items} items ({per10:.1f} per 10)")


if __name__ == "__main__":
    main()
