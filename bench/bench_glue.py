"""The Python glue a user would write instead of `xinwen index --records`, for `make
bench` to put beside it: OpenCC (`t2s`) to one script, Python jieba's search-mode cut
(`cut_for_search`), and tantivy-py indexing the words joined by spaces (title and text,
the default tokenizer, the title and id stored), then one commit. It reads the same
records file, so both start from extracted articles.

The tools live in .venv-bench (never project dependencies); this module only builds the
command that runs the glue there.
"""

from __future__ import annotations

import bench_venv

REQUIREMENTS = ["opencc==1.4.2", "jieba==0.42.1", "tantivy==0.27.0"]
MARKER = ".installed-glue"

GLUE = r"""
import json, logging, sys
import jieba, opencc, tantivy
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
convert = opencc.OpenCC("t2s").convert
records, directory = sys.argv[1], sys.argv[2]
builder = tantivy.SchemaBuilder()
builder.add_text_field("id", stored=True, tokenizer_name="raw")
builder.add_text_field("title", stored=True)
builder.add_text_field("text")
index = tantivy.Index(builder.build(), path=directory)
writer = index.writer()
words = lambda s: " ".join(jieba.cut_for_search(convert(s or "")))
with open(records, encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r.get("error"):
            continue
        writer.add_document(tantivy.Document(id=r["id"], title=words(r.get("title")), text=words(r.get("text"))))
writer.commit()
writer.wait_merging_threads()
"""


def command(records: str, directory: str) -> list[str]:
    """The command that indexes `records` into `directory` with the glue."""
    python = bench_venv.ensure(REQUIREMENTS, MARKER, ("--only-binary", "opencc,tantivy"))
    return [str(python), "-c", GLUE, records, directory]
