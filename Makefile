# Two commands set up a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared
SAMPLE := samples/pakistan-forward-balochistan-operation.txt

.PHONY: demo test lint typecheck unit eval eval-direct bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/attribution report $(SAMPLE)

lint: $(STAMP)
	$(BIN)/ruff check attribution tests bench
	$(BIN)/ruff format --check attribution tests bench
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

test: lint unit

eval: $(STAMP)
	$(BIN)/attribution eval $(SHARED)/corpora/polnear/dev.jsonl

bench: $(STAMP)
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build dist
