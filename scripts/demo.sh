#!/usr/bin/env bash
# The demo of `make demo`: extract, index and search the bundled example corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
X=target/release/xinwen
OUT=demo-out
mkdir -p "$OUT"

echo "== xinwen extract examples/corpus (14 fictional pages: text and HTML, UTF-8, GBK, Big5)"
"$X" extract examples/corpus --format table
"$X" extract examples/corpus -q -o "$OUT/articles.jsonl"
echo
echo "records: $OUT/articles.jsonl ($(wc -l < "$OUT/articles.jsonl") lines, one JSON record per page)"
echo

echo "== xinwen index examples/corpus --index $OUT/index"
rm -rf "$OUT/index"
"$X" index examples/corpus -q --index "$OUT/index"
echo

echo "== xinwen search (simplified queries find traditional articles and the reverse)"
for query in "防汛" "检查指导" "檢查指導" "\"森林防火\"" "person:陈嘉树" "学校 OR 學校"; do
    "$X" search --index "$OUT/index" --limit 3 --format table "$query"
done
echo "== xinwen search 工作 --since 2024-01-01"
"$X" search --index "$OUT/index" --limit 5 --format table --since 2024-01-01 "工作"
echo "== who and where: people and places named by the articles about 防汛 OR 防火"
"$X" search --index "$OUT/index" --limit 0 --format table --facet person --facet place --facet-size 5 "防汛 OR 防火"
echo "== xinwen entities (people, places, organizations of a line)"
echo "州委書記龐建國到安源國家森林公園檢查森林防火工作" | "$X" entities
