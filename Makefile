# xinwen: the two commands a fresh machine needs are `make demo` and `make test`.

SHELL := /bin/bash
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
CARGO ?= cargo
XINWEN := target/release/xinwen
export XINWEN_SHARED ?= $(abspath ../shared)

.PHONY: demo test build develop wheel images bench-scaling lint rust-test python-test fuzz fuzz-smoke compare score bench clean train-ner

## demo: build the CLI, extract + index + search the bundled example corpus
demo: build
	bash scripts/demo.sh

## test: the whole suite (formatting, clippy, rustdoc, Rust tests, stubs, Python tests, fuzzing)
test: lint rust-test python-test fuzz-smoke

build:
	$(CARGO) build --release --locked -p xinwen-cli

lint:
	$(PYTHON) scripts/check_structure.py
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --release --locked --workspace --all-targets -- -D warnings
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --locked --workspace --no-deps

rust-test: build
	$(CARGO) test --release --locked --workspace

$(VENV)/.installed: requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

## develop: build the Python extension into .venv
develop: $(VENV)/.installed
	VIRTUAL_ENV=$(abspath $(VENV)) PATH=$(abspath $(VENV))/bin:$$PATH \
		$(VENV)/bin/maturin develop --release --locked --quiet

## wheel: an abi3 manylinux wheel (linked by zig against glibc 2.17; maturin's
## auditwheel check) and an sdist, in $(WHEEL_DIR)
WHEEL_DIR ?= dist
wheel: $(VENV)/.installed
	VIRTUAL_ENV=$(abspath $(VENV)) PATH=$(abspath $(VENV))/bin:$$PATH \
		$(VENV)/bin/maturin build --release --locked --zig \
		--compatibility manylinux_2_17 --out $(WHEEL_DIR)
	$(VENV)/bin/maturin sdist --out $(WHEEL_DIR)

python-test: develop build
	$(PY) -m mypy.stubtest xinwen._xinwen
	XINWEN_CLI=$(abspath $(XINWEN)) $(PY) -m pytest -q

## images: the README's screenshots (a chart, the search widget), taken in headless
## Chromium by tests/python/test_browser.py (scripts/install_browser.sh installs it)
images: develop
	XINWEN_IMAGES=$(abspath docs/images) $(PY) -m pytest -q tests/python/test_browser.py

## fuzz: every fuzz target for FUZZ_SECONDS seconds each (RUNS=N: N inputs each instead)
FUZZ_TARGETS := parse extract html jsonl normalize query dates
FUZZ_SECONDS ?= 300
fuzz:
	command -v cargo-fuzz >/dev/null || $(CARGO) install --locked cargo-fuzz
	for target in $(FUZZ_TARGETS); do bash scripts/fuzz.sh $$target $(FUZZ_SECONDS) || exit 1; done

## fuzz-smoke: a short run of every fuzz target (part of `make test`)
fuzz-smoke:
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=10

## compare: xinwen beside trafilatura and GNE, OpenCC and Python jieba (in their own .venv-bench)
compare: build develop
	$(PYTHON) bench/compare_extractors.py
	$(PYTHON) bench/compare_dev_pages.py
	$(PYTHON) bench/compare_chinese.py

## train-ner: retrain the NER model (PFR + CLUENER's training split) into crates/xinwen-ner/model
train-ner:
	$(PYTHON) bench/cluener_split.py target/cluener
	$(CARGO) run --release --locked -p xinwen-ner-train -- \
		$(XINWEN_SHARED)/data/train/pfr_199801_pos.txt --extra target/cluener/cluener_train.bio \
		--out crates/xinwen-ner/model/ner.bin.zst \
		--test $(XINWEN_SHARED)/data/ner/msra_test.bio --test target/cluener/cluener_heldout.bio

## score: quality figures on the shared test data (seeds, pages, examples, NER, retrieval)
score: build develop
	$(PY) bench/score_seeds.py --entities
	$(PY) bench/score_pages.py
	$(PY) bench/score_examples.py
	$(PY) bench/score_ner.py
	$(PY) bench/score_titles.py
	$(PY) bench/score_events.py
	$(PY) bench/score_events.py --set heldout
	$(PY) bench/score_retrieval.py

## bench: speed and memory figures on ../shared/bench (BENCH_ARGS=--quick for a short run)
bench: build develop
	$(PY) bench/bench_speed.py $(BENCH_ARGS)

## bench-scaling: xinwen on a local Ray and a local Spark beside xinwen.extract, 2 cores
bench-scaling: develop
	$(PY) bench/bench_scaling.py

clean:
	$(CARGO) clean
	rm -rf $(VENV) demo-out
