# newsfacts: `make run` (install the core, show the sample's fact sheet), `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
# Stamps make `install` idempotent: pip runs again only when pyproject.toml changes.
CORE := $(VENV)/.core-installed
DEV := $(VENV)/.dev-installed

.PHONY: install install-dev run test test-all lint format fuzz golden bench eval eval-check clean

install: $(CORE)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(CORE): pyproject.toml | $(VENV)/bin/python
	$(PIP) install --quiet -e .
	touch $@

# Tests need the eval peers too: their loaders and scorers are tested on the real gold.
install-dev: $(DEV)

$(DEV): pyproject.toml | $(VENV)/bin/python
	$(PIP) install --quiet -e ".[dev,eval,spark,serve]"
	touch $(CORE) $@

run: install
	$(BIN)/newsfacts extract --format text

lint: install-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: install-dev
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

# `make test` is quick: it leaves out the Spark, browser, eval-gold and slow tests (pytest
# markers, see pyproject.toml). `make test FULL=1` (or `make test-all`; CI) runs every test.
SLOW_MARKERS := spark or browser or eval or slow
test: lint
	$(BIN)/python -m pytest $(if $(filter 1,$(FULL)),,-m "not ($(SLOW_MARKERS))")

test-all:
	$(MAKE) test FULL=1

# A longer hypothesis campaign over every reader and the cleaner (docs/inputs.md).
FUZZ_EXAMPLES ?= 5000
fuzz: install-dev
	NEWSFACTS_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest tests/ingest/test_fuzz.py -q

# Store every fixture's sheet again after a deliberate change (tests/test_golden_sheets.py).
golden: install-dev
	NEWSFACTS_UPDATE_GOLDEN=1 $(BIN)/python -m pytest tests/test_golden_sheets.py -q

bench: install-dev
	$(BIN)/python bench/pipeline.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/spark.py

eval: install-dev
	$(BIN)/newsfacts eval all --peers --docs docs/accuracy.md

# Fails when a peer's figure on the shared split drifts from ../shared/eval/METRICS.md.
eval-check: install-dev
	$(BIN)/newsfacts eval all --peers --check

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis
