"""The Python API on real pages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import xinwen

SPEC_FIELDS = [
    "id", "path", "url", "encoding", "script", "title", "subtitle", "published",
    "published_year_inferred", "site", "source", "bylines", "tags", "summary", "paragraphs",
    "text", "captions", "removed", "flags", "people", "places", "organizations", "dates",
    "keywords",
]


def test_parse_bytes_gives_the_headline(seeds: list[Path]) -> None:
    article = xinwen.parse(seeds[4].read_bytes())
    assert article.title == "田锦尘:毫不放松筑牢疫情防控严密防线 坚决打赢疫情防控阻击战"
    assert article.published == "2021-01-21T07:06:00+08:00"
    assert article.encoding == "utf-8"
    assert article.script == "simplified"
    assert len(article.paragraphs) >= 5
    assert article.text == "\n".join(article.paragraphs)


def test_the_readme_one_liner(shared: Path) -> None:
    """The command of the issue, run as a user would."""
    seed = shared / "corpus" / "seeds" / "004_3aa556305fc13717.txt"
    code = f"import xinwen; a = xinwen.parse(open({str(seed)!r},'rb').read()); print(a.title)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "田锦尘:毫不放松筑牢疫情防控严密防线 坚决打赢疫情防控阻击战"


def test_parse_str_and_to_dict(seeds: list[Path]) -> None:
    article = xinwen.parse(seeds[0].read_text(encoding="utf-8"), url="http://example.com/1")
    record = article.to_dict()
    for field in SPEC_FIELDS:
        assert field in record
    assert record["url"] == "http://example.com/1"
    assert article.title == "洪慶檢查指導全市疫情防控工作"
    assert article.simplified().title == "洪庆检查指导全市疫情防控工作"
    assert json.loads(article.to_json()) == record
    assert xinwen.Article.from_dict(record).to_dict() == record


def test_extract_keeps_going_past_a_missing_file(seeds: list[Path]) -> None:
    articles = xinwen.extract([str(seeds[0]), "does/not/exist.txt", seeds[1]], workers=2)
    assert len(articles) == 3
    assert articles[0].error is None and articles[2].error is None
    assert articles[1].error is not None and "does/not/exist.txt" in articles[1].error
    assert articles[1].path == "does/not/exist.txt"


def test_extract_a_directory_in_all_encodings(corpus: Path) -> None:
    articles = xinwen.extract(corpus)
    assert len(articles) == 14
    assert {a.encoding for a in articles} == {"utf-8", "gb18030", "big5"}
    assert all(a.error is None and a.title for a in articles)


def test_errors_are_exceptions_of_one_hierarchy(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10"
    with pytest.raises(xinwen.DecodeError):
        xinwen.parse(png)
    with pytest.raises(xinwen.XinwenError):
        xinwen.parse(png)
    with pytest.raises(xinwen.IndexingError):
        xinwen.Index.open(tmp_path / "nothing-here")
    with pytest.raises(TypeError):
        xinwen.parse(42)  # type: ignore[arg-type]
    assert issubclass(xinwen.QueryError, xinwen.XinwenError)


def test_index_add_commit_search(tmp_path: Path, seeds: list[Path]) -> None:
    articles = xinwen.extract(seeds)
    index = xinwen.Index.create(tmp_path / "idx")
    assert index.add(articles) == 5
    assert len(index) == 0  # not committed yet
    index.commit()
    assert len(index) == 5
    hits = index.search("检查指导")
    assert hits and hits[0]["title"] == "洪慶檢查指導全市疫情防控工作"
    assert "<b>檢查指導</b>" in hits[0]["snippet"]
    assert [h["id"] for h in index.search("檢查指導")] == [h["id"] for h in hits]
    assert all(h["published"] >= "2021" for h in index.search("疫情", since="2021-01-01"))
    assert index.get(hits[0]["id"]).title == hits[0]["title"]
    # re-adding replaces (upsert by id)
    index.add(articles[0])
    index.commit()
    assert len(xinwen.Index.open(tmp_path / "idx")) == 5


def test_to_pandas(seeds: list[Path]) -> None:
    df = xinwen.to_pandas(xinwen.extract(seeds))
    assert len(df) == 5
    for field in SPEC_FIELDS:
        assert field in df.columns
    assert xinwen.to_pandas([]).columns.tolist()[:3] == ["id", "path", "url"]


def test_cli_and_python_agree(cli: str, seeds: list[Path]) -> None:
    out = subprocess.run([cli, "extract", str(seeds[2])], capture_output=True, text=True, check=True)
    from_cli = json.loads(out.stdout)
    from_python = xinwen.extract([seeds[2]])[0].to_dict()
    assert from_cli == from_python


def test_version() -> None:
    assert xinwen.__version__.count(".") == 2


def test_relative_dates_need_a_crawl_date(tmp_path: Path) -> None:
    page = "青禾市召开防汛会议\n\n3小时前 来源：青禾日报\n\n青禾市今天召开防汛工作会议，部署汛期各项工作，会议要求各地压实责任。"
    # without a crawl date the date stays unresolved, and the record says why
    alone = xinwen.parse(page)
    assert alone.published is None
    assert [(f["kind"], f["text"]) for f in alone.to_dict()["flags"]] == [("relative_date", "3小时前")]
    # with one, it is resolved against it (Beijing time unless the date says otherwise)
    dated = xinwen.parse(page, crawl_date="2024-05-01 12:00")
    assert dated.published == "2024-05-01T09:00:00+08:00"
    assert dated.to_dict()["flags"] == []
    # the same through a run over files; a JSONL line's own fetch time wins
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    line = {"content": page, "fetched_at": "2024-06-01 12:00"}
    (tmp_path / "pages.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    found = {Path(a.path).suffix: a.published for a in xinwen.extract(tmp_path, crawl_date="2024-05-01 12:00", progress=False)}
    assert found == {".txt": "2024-05-01T09:00:00+08:00", ".jsonl": "2024-06-01T09:00:00+08:00"}
    with pytest.raises(xinwen.XinwenError):
        xinwen.parse(page, crawl_date="yesterday")
