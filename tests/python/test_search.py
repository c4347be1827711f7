"""Search over the seeds: either script finds the same articles, phrases, name filters,
dates, snippets on the original characters, facets, similar articles and duplicates,
deletes — from Python and from the CLI."""

from __future__ import annotations

import json
import os
import random
import subprocess
import time
from pathlib import Path

import pytest

import xinwen


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory, seeds: list[Path]) -> xinwen.Index:
    index = xinwen.Index.create(tmp_path_factory.mktemp("seeds") / "index")
    index.add(xinwen.extract(seeds))
    index.commit()
    return index


def ids(hits: list[dict]) -> list[str]:
    return [h["id"] for h in hits]


def seed_id(index: xinwen.Index, number: str) -> str:
    hits = index.search("疫情 OR 防控 OR 延吉 OR 琿春 OR 萍鄉 OR 安源", limit=10)
    return next(h["id"] for h in hits if Path(h["path"]).name.startswith(number))


def test_either_script_finds_the_same_articles(seed_index: xinwen.Index) -> None:
    traditional = ids(seed_index.search("檢查指導"))
    assert traditional and traditional == ids(seed_index.search("检查指导"))


@pytest.mark.parametrize(
    "query",
    ["檢查指導", "检查指导", "疫情防控", "延吉 检查指导", "防控 工作", "核酸检测 延吉", "疫情 OR 防控 OR 工作", '"疫情防控工作"'],
)
def test_keyword_queries_give_every_word_hits_first(seed_index: xinwen.Index, query: str) -> None:
    every_word = ids(seed_index.search(query, limit=20, mode="all"))
    assert every_word, query
    assert ids(seed_index.search(query, limit=20))[: len(every_word)] == every_word


def test_the_default_mode_never_comes_back_empty_while_a_word_matches(seed_index: xinwen.Index) -> None:
    assert seed_index.search("延吉 北极熊", mode="all") == []
    hits = seed_index.search("延吉 北极熊")
    assert hits and all("<b>" in h["snippet"] for h in hits)
    assert seed_index.search("北极熊 企鹅") == []


def test_phrase_hits_with_highlighted_original_characters(seed_index: xinwen.Index) -> None:
    hits = seed_index.search('"疫情防控工作"')
    assert hits
    assert any("<b>" in h["snippet"] for h in hits)
    for hit in hits:
        article = seed_index.get(hit["id"])
        assert article is not None
        for marked in hit["snippet"].split("<b>")[1:]:
            word = marked.split("</b>")[0]
            assert word in article.text  # the characters as the article writes them


def test_person_filter_and_dates(seed_index: xinwen.Index) -> None:
    hits = seed_index.search("person:洪庆")
    assert [Path(h["path"]).name[:3] for h in hits] == ["000"]
    assert ids(seed_index.search("person:洪慶")) == ids(hits)
    recent = seed_index.search("疫情 OR 防控 OR 工作", limit=10, since="2021-01-01")
    assert recent and all(h["published"] >= "2021" for h in recent)
    everything = seed_index.search("疫情 OR 防控 OR 工作", limit=10)
    assert len(everything) > len(recent)


def test_facets_similar_and_duplicates(seed_index: xinwen.Index) -> None:
    places = seed_index.facets("place")
    assert places and list(places.values()) == sorted(places.values(), reverse=True)
    assert "延吉市" in places
    assert seed_index.facets("place", "person:洪庆").get("延吉市") == 1
    with pytest.raises(xinwen.QueryError):
        seed_index.facets("title")
    first = seed_id(seed_index, "000")
    like = seed_index.more_like_this(first, limit=4)
    assert like and first not in ids(like)
    assert seed_index.duplicates(first) == []  # five different stories
    assert len(set(seed_index.facets("cluster", size=100))) == len(seed_index)


def test_delete_and_rollback(tmp_path: Path, seeds: list[Path]) -> None:
    index = xinwen.Index.create(tmp_path / "index")
    articles = xinwen.extract(seeds)
    index.add(articles)
    index.commit()
    index.delete([articles[0].id, articles[1].id])
    index.rollback()
    assert len(index) == 5
    index.delete(articles[0].id)
    index.commit()
    assert len(xinwen.Index.open(tmp_path / "index")) == 4
    assert index.get(articles[0].id) is None


def test_cli_search_facets_and_delete(cli: str, tmp_path: Path, seeds: list[Path]) -> None:
    index = str(tmp_path / "index")
    subprocess.run([cli, "index", "-q", *map(str, seeds), "--index", index], check=True, capture_output=True)

    def run(*args: str) -> list[dict]:
        out = subprocess.run([cli, "search", "--index", index, *args], check=True, capture_output=True, text=True)
        return [json.loads(line) for line in out.stdout.splitlines()]

    since = run("疫情", "--since", "2021-01-01")
    assert all(h["published"] >= "2021" for h in since)
    lines = run("疫情", "--facet", "place", "--facet-size", "3")
    facet = [line for line in lines if "facet" in line]
    assert facet and facet[0]["facet"] == "place" and len(facet[0]["counts"]) == 3
    hit = run("person:洪庆")[0]
    subprocess.run([cli, "delete", "--index", index, hit["id"]], check=True, capture_output=True)
    assert run("person:洪庆") == []


def test_cli_indexes_records_as_extracted(cli: str, tmp_path: Path, seeds: list[Path]) -> None:
    records = tmp_path / "articles.jsonl"
    subprocess.run([cli, "extract", "-q", *map(str, seeds), "-o", str(records)], check=True)
    with records.open("a", encoding="utf-8") as f:
        f.write("not a record\n")
    direct, from_records = str(tmp_path / "direct"), str(tmp_path / "records")
    subprocess.run([cli, "index", "-q", *map(str, seeds), "--index", direct], check=True, capture_output=True)
    done = subprocess.run(
        [cli, "index", "-q", "--records", str(records), "--index", from_records], check=True, capture_output=True, text=True
    )
    assert "1 lines that are no record" in done.stderr

    def hits(index: str, query: str) -> list[tuple[str, str]]:
        out = subprocess.run([cli, "search", "--index", index, query], check=True, capture_output=True, text=True)
        return [(h["id"], h["snippet"]) for h in map(json.loads, out.stdout.splitlines())]

    for query in ["疫情防控", "person:洪庆", '"检查指导"']:
        assert hits(from_records, query) == hits(direct, query), query


def xwlb_slice(shared: Path, path: Path, n: int) -> Path:
    """The first `n` xwlb items, written to `path`."""
    with subprocess.Popen(["zstd", "-dc", str(shared / "bench" / "xwlb_2012_2026.jsonl.zst")], stdout=subprocess.PIPE) as z:
        assert z.stdout is not None
        lines = [z.stdout.readline() for _ in range(n)]
        z.kill()
    path.write_bytes(b"".join(lines))
    return path


def stale_files(index: Path) -> list[str]:
    """Files of segments the index does not hold."""
    segments = {s["segment_id"].replace("-", "") for s in json.loads((index / "meta.json").read_text())["segments"]}
    names = [f for f in os.listdir(index) if not f.startswith(".") and f.count(".") == 1 and len(f.split(".")[0]) == 32]
    return [f for f in names if f.split(".")[0] not in segments]


def test_a_killed_index_run_keeps_its_commits_and_a_rerun_completes_it(cli: str, tmp_path: Path, shared: Path) -> None:
    items = xwlb_slice(shared, tmp_path / "items.jsonl", 2000)
    index = tmp_path / "index"
    run = [cli, "index", "-q", "-j", "1", "--commit-every", "100", "--field", "content", "--index", str(index), str(items)]
    proc = subprocess.Popen(run, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if json.loads((index / "meta.json").read_text())["segments"]:
                break
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.01)
    proc.kill()  # SIGKILL: no chance to clean up
    proc.wait()
    kept = len(xinwen.Index.open(index))
    assert kept > 0, "the commits before the kill are kept"

    subprocess.run(run, check=True)
    whole = tmp_path / "whole"
    subprocess.run([cli, "index", "-q", "--field", "content", "--index", str(whole), str(items)], check=True)
    again, fresh = xinwen.Index.open(index), xinwen.Index.open(whole)
    assert kept <= len(again) == len(fresh), "the re-run completes the index, no article twice"
    assert again.search("新闻联播", limit=5) and len(again.facets("site")) == len(fresh.facets("site"))
    assert stale_files(index) == [], "files of the killed writer are gone"


def test_an_index_run_killed_at_ten_random_moments_loses_nothing(cli: str, tmp_path: Path, shared: Path) -> None:
    """`xinwen index --commit-every 500` killed (SIGKILL) at 10 random moments, each time
    run again on the same index: it always opens, never holds fewer articles than before
    the run, and a last whole run leaves it equal to an index built in one go."""
    items = xwlb_slice(shared, tmp_path / "items.jsonl", 3000)
    whole = tmp_path / "whole"
    began = time.monotonic()
    subprocess.run([cli, "index", "-q", "--field", "content", "--index", str(whole), str(items)], check=True)
    duration = time.monotonic() - began
    index = tmp_path / "index"
    run = [cli, "index", "-q", "--commit-every", "500", "--field", "content", "--index", str(index), str(items)]
    moments = random.Random(20261205)
    held = 0
    for _ in range(10):
        proc = subprocess.Popen(run, stderr=subprocess.DEVNULL)
        time.sleep(moments.uniform(0.0, duration))
        proc.kill()  # SIGKILL, whatever the run is doing
        proc.wait()
        if (index / "meta.json").exists():
            now = len(xinwen.Index.open(index))
            assert now >= held, f"{now} articles after the kill, {held} before the run"
            held = now
    subprocess.run(run, check=True)
    again, fresh = xinwen.Index.open(index), xinwen.Index.open(whole)
    assert len(again) == len(fresh)
    for query in ["新闻联播", "习近平", "工作", "经济"]:
        found = {h["id"] for h in again.search(query, limit=5000)}
        assert found == {h["id"] for h in fresh.search(query, limit=5000)}, query
    assert again.facets("site") == fresh.facets("site")
    assert stale_files(index) == [], "files of the killed writers are gone"


MERGE_QUERIES = ["防汛", "检查指导", "养老", "工作", '"森林防火"', "person:陈嘉树", "place:岚桥区", "学校 开学", "哪个县的农村公路正在改建？", "游客"]


def ranked(index: xinwen.Index | xinwen.ShardedIndex, query: str) -> list[tuple[float, str]]:
    return sorted((-round(h["score"], 4), h["id"]) for h in index.search(query, limit=10))


def assert_same_hits(found: list[dict], expected: list[dict], query: str) -> None:
    """The same hits, field by field; scores alike up to the rounding of floats, which
    add up the statistics of several shards in another order than one index does."""
    assert [dict(h, score=None) for h in found] == [dict(h, score=None) for h in expected], query
    assert [h["score"] for h in found] == pytest.approx([h["score"] for h in expected], rel=1e-6), query


def test_four_shards_merged_answer_like_one_index(cli: str, tmp_path: Path, corpus: Path) -> None:
    articles = xinwen.extract(corpus, progress=False)
    single = xinwen.Index.create(tmp_path / "single")
    single.add(articles)
    single.commit()
    shards = []
    for n in range(4):
        shard = xinwen.Index.create(tmp_path / f"shard{n}")
        shard.add(articles[n::4])
        shard.commit()
        shards.append(tmp_path / f"shard{n}")
    merged = xinwen.Index.create(tmp_path / "merged")
    assert merged.merge(shards) == len(articles)
    merged.commit()
    subprocess.run([cli, "merge", *map(str, shards), "--index", str(tmp_path / "cli")], check=True, capture_output=True)
    by_cli = xinwen.Index.open(tmp_path / "cli")
    together = xinwen.Index.open_many(shards)
    assert len(merged) == len(by_cli) == len(single) == len(together)
    for query in MERGE_QUERIES:
        assert ranked(single, query), query
        assert ranked(merged, query) == ranked(single, query) == ranked(by_cli, query), query
        assert ranked(together, query) == ranked(single, query), f"open_many: {query}"
        assert_same_hits(together.search(query), single.search(query), f"open_many, whole hits: {query}")
    for field in ("place", "person", "site"):
        assert together.facets(field, "工作") == single.facets(field, "工作"), field
    first = articles[0].id
    assert together.get(first) is not None and together.get("no-such-id") is None
