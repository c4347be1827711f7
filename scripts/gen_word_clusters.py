"""Builds the word and character classes of the NER features: `data/word_clusters.tsv.zst`
and `data/char_clusters.tsv.zst` (crates/xinwen-chinese).

Words that occur in the same company fall in the same class: `北京`, `武汉` and `深圳`;
`公司` and `集团`; `表示` and `指出`. The tagger sees the class of
each word and of its neighbours, so what it learnt of one word carries over to the
others of its class, also in domains its training text does not cover.

Text: the xwlb news items, the 4,000 CCTV pages, the PFR corpus and the text of
CLUENER's training sentences (never those of the held-out split the scores are
measured on: `bench/cluener_split.py`), all cut by xinwen's own segmenter. No label is
read, and nothing of the NER test sets, the retrieval sets or the page gold. Only words
of the segmenter's own dictionary (`data/words.tsv.zst`) get a class: the table adds
no word to what xinwen ships, only a number to words it has.

Method: each word of at least `MIN_COUNT` occurrences is described by its left and
right neighbours among the most frequent words (positive pointwise mutual
information), reduced to `DIMS` dimensions (eigenvectors of the Gram matrix) and
grouped by spherical k-means into `CLASSES` classes, seeded for a stable result.
Characters seen at least `MIN_CHAR_COUNT` times are classed the same way by their
neighbouring characters (`CHAR_CLASSES` classes): surnames fall together, and so do the
letters of transliterated names.

    .venv/bin/python scripts/gen_word_clusters.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import html
import io
import json
import re
import subprocess
import tarfile
import sys
from collections import Counter
from pathlib import Path

import numpy as np

import xinwen

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from cluener_split import held_out  # noqa: E402

MIN_COUNT = 3
MAX_WORDS = 150_000
CONTEXTS = 2_000
DIMS = 100
CLASSES = 255
SEED = 20261205
MIN_CHAR_COUNT = 20
CHAR_CONTEXTS = 1_500
CHAR_CLASSES = 128
DATA = Path(__file__).resolve().parent.parent / "crates/xinwen-chinese/data"
OUT = DATA / "word_clusters.tsv.zst"
CHAR_OUT = DATA / "char_clusters.tsv.zst"
HAN = re.compile(r"[\u3400-\u9fff]")

TAG = re.compile(r"<[^>]+>")
SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
SPLIT = re.compile(r"[\n\r]+|(?<=[。！？；])")


def zstd_bytes(path: Path) -> bytes:
    return subprocess.run(["zstd", "-dc", str(path)], check=True, capture_output=True).stdout


def paragraphs(markup: str):
    """The text of light HTML, paragraph by paragraph."""
    for para in html.unescape(TAG.sub("\n", markup)).split("\n"):
        para = para.strip()
        if para:
            yield para


def texts(shared: Path):
    """Paragraphs of the unlabeled sources."""
    for line in (shared / "data/ner/cluener2020_train.jsonl").open(encoding="utf-8"):
        text = json.loads(line)["text"]
        if not held_out(text):
            yield text
    for line in (shared / "data/train/pfr_199801_pos.txt").open(encoding="utf-8"):
        words = [w.rsplit("/", 1)[0].lstrip("[") for w in line.split()[1:]]
        yield "".join(w.split("]")[0] for w in words)
    pages = tarfile.open(fileobj=io.BytesIO(zstd_bytes(shared / "bench/cctv_pages_4000.tar.zst")))
    for member in pages:
        page = pages.extractfile(member) if member.isfile() else None
        if page is not None:
            markup = page.read().decode("utf-8", errors="replace")
            yield from paragraphs(SCRIPT.sub("", markup))
    for line in io.StringIO(zstd_bytes(shared / "bench/xwlb_2012_2026.jsonl.zst").decode("utf-8")):
        yield from paragraphs(json.loads(line).get("content", ""))


def dictionary_words() -> set[str]:
    """The words of the segmenter's dictionary (`data/words.tsv.zst`)."""
    text = zstd_bytes(DATA / "words.tsv.zst").decode("utf-8")
    return {line.split("\t", 1)[0] for line in text.splitlines()}


def kmeans_centers(x: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """The `k` centers of spherical k-means over the unit rows of `x`."""
    centers = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(25):
        assign = np.argmax(x @ centers.T, axis=1)
        for j in range(k):
            members = x[assign == j]
            if len(members):
                c = members.sum(axis=0)
                centers[j] = c / (np.linalg.norm(c) + 1e-9)
    return centers


def classes(seqs: list[list[str]], vocab: list[str], contexts: int, k: int) -> np.ndarray:
    """The class (0 to k - 1) of each item of `vocab`, from its neighbours in `seqs`
    among the first `contexts` items of `vocab`."""
    index = {w: i for i, w in enumerate(vocab)}
    # left neighbour in columns 0..C, right neighbour in C..2C (sequence ends: none)
    rows, cols = [], []
    for s in seqs:
        ids = [index.get(w, -1) for w in s]
        ctx = [i if i < contexts else -1 for i in ids]
        for j, i in enumerate(ids):
            if i < 0:
                continue
            if j > 0 and ctx[j - 1] >= 0:
                rows.append(i)
                cols.append(ctx[j - 1])
            if j + 1 < len(s) and ctx[j + 1] >= 0:
                rows.append(i)
                cols.append(contexts + ctx[j + 1])
    flat = np.asarray(rows, dtype=np.int64) * (2 * contexts) + np.asarray(cols, dtype=np.int64)
    m = np.bincount(flat, minlength=len(vocab) * 2 * contexts).astype(np.float32)
    m = m.reshape(len(vocab), 2 * contexts)

    # positive PMI, context counts smoothed (power 0.75)
    total = m.sum()
    row = m.sum(axis=1, keepdims=True) + 1e-9
    col = m.sum(axis=0, keepdims=True) ** 0.75
    col = col / col.sum() * total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(m * total / (row * col + 1e-9))
    pmi[~np.isfinite(pmi)] = 0
    np.maximum(pmi, 0, out=pmi)

    # the leading right singular vectors from the Gram matrix, rows projected on them
    gram = (pmi.T @ pmi).astype(np.float64)
    _, vecs = np.linalg.eigh(gram)
    x = pmi @ vecs[:, -DIMS:].astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(SEED)
    return np.argmax(x @ kmeans_centers(x, k, rng).T, axis=1)


def write(path: Path, vocab: list[str], assign: np.ndarray) -> None:
    """`item<TAB>class` lines, classes from 1 (0 is "no class")."""
    lines = sorted(f"{w}\t{int(a) + 1}" for w, a in zip(vocab, assign))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    subprocess.run(["zstd", "-q", "-19", "-f", "-o", str(path)], input=data, check=True)
    print(f"wrote {path} ({len(lines)} entries, {int(assign.max()) + 1} classes)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = ap.parse_args()

    sentences = []
    for para in texts(args.shared):
        sentences.extend(s.strip() for s in SPLIT.split(para) if s.strip())
    words = [xinwen.segment(s) for s in sentences]
    counts = Counter(w for s in words for w in s)
    known = dictionary_words()
    vocab = [w for w, c in counts.most_common() if c >= MIN_COUNT and w in known][:MAX_WORDS]
    print(f"{len(sentences)} sentences, {sum(counts.values())} words, {len(vocab)} classed")
    assign = classes(words, vocab, CONTEXTS, CLASSES)
    write(OUT, vocab, assign)
    for probe in ("前锋", "公司", "北京", "记者", "说", "导演"):
        if probe in vocab:
            k = assign[vocab.index(probe)]
            print(probe, "→", " ".join([w for w, a in zip(vocab, assign) if a == k][:15]))

    chars = [list(xinwen.to_simplified(s)) for s in sentences]
    counts = Counter(c for s in chars for c in s)
    vocab = [c for c, n in counts.most_common() if n >= MIN_CHAR_COUNT and HAN.match(c)]
    assign = classes(chars, vocab, CHAR_CONTEXTS, CHAR_CLASSES)
    write(CHAR_OUT, vocab, assign)
    for probe in "张斯强江":
        if probe in vocab:
            k = assign[vocab.index(probe)]
            print(probe, "→", "".join([w for w, a in zip(vocab, assign) if a == k][:30]))


if __name__ == "__main__":
    main()
