#!/usr/bin/env bash
# Runs one fuzz target (fuzz/fuzz_targets/TARGET.rs) with cargo fuzz for SECONDS seconds,
# or for RUNS inputs when RUNS is set, from its seeds and its saved corpus, and prints
# libFuzzer's final figures (inputs run, inputs per second, peak memory).
#   scripts/fuzz.sh TARGET SECONDS
# No sanitizer: the code is safe Rust, and a sanitizer would cost most of the speed;
# what is looked for is a panic, an endless loop or runaway memory.
# TRACE_COMPARES=0 builds without comparison tracing: coverage is coarser (a compared
# value no longer guides mutation), but the slow targets run four to six times faster,
# which is what makes a campaign of millions of inputs fit in hours (docs/performance.md).
set -euo pipefail
target="$1"
seconds="${2:-60}"
cd "$(dirname "$0")/../fuzz"
case "$target" in
    parse | html) seeds=(seeds/page ../examples/corpus); max_len=8192 ;;
    # the whole analysis costs in proportion to the text: pages of up to 2 KB keep it
    # near a thousand inputs a second (8 KB gave 105 to 390)
    extract) seeds=(seeds/page ../examples/corpus); max_len=2048 ;;
    normalize) seeds=(seeds/page seeds/dates); max_len=8192 ;;
    jsonl) seeds=(seeds/jsonl); max_len=4096 ;;
    query) seeds=(seeds/query); max_len=256 ;;
    dates) seeds=(seeds/dates); max_len=2048 ;;
    *) echo "no fuzz target $target" >&2; exit 2 ;;
esac
mkdir -p "corpus/$target"
limit=(-max_total_time="$seconds")
if [ -n "${RUNS:-}" ]; then limit=(-runs="$RUNS"); fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
build=(--sanitizer none)
if [ "${TRACE_COMPARES:-1}" = 0 ]; then build+=(--no-trace-compares); fi
status=0
RUSTC_BOOTSTRAP=1 cargo fuzz run "${build[@]}" "$target" "corpus/$target" "${seeds[@]}" -- \
    "${limit[@]}" -max_len="$max_len" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    > "$log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    tail -60 "$log"
    echo "fuzz target $target failed (the input is under fuzz/artifacts/$target/)" >&2
    exit "$status"
fi
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
echo "fuzz $target: $runs inputs, $speed per second, peak RSS $rss MB, no crash"
