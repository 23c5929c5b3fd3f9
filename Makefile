# Two commands set up a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared
SAMPLE := samples/pakistan-forward-balochistan-operation.txt

.PHONY: demo test test-compiled lint typecheck unit eval eval-heldout eval-direct bench bench-env bench-archive fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/attribution report $(SAMPLE)

lint: $(STAMP)
	$(BIN)/ruff check attribution tests bench fuzz heldout
	$(BIN)/ruff format --check attribution tests bench fuzz heldout
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

test: lint unit

# The engine compiled with mypyc (pyproject.toml) in its own .venv-compiled, rebuilt
# when a source or rule file changes (about three minutes), and the whole suite run
# against that installed build: --import-mode=importlib and PYTHONSAFEPATH keep the
# source tree off sys.path, so every import, subprocesses' too, gets the compiled one.
COMPILED := .venv-compiled
SOURCES := $(wildcard attribution/*.py attribution/*/*.py rules/*.toml)

# $(call install_compiled,VENV): build the compiled wheel from a copy of the sources
# (mypyc leaves its C extensions beside the files it compiles, where an editable
# .venv would import them in place of the .py files) and install it into VENV.
define install_compiled
	rm -rf build/mypyc-$(1) && mkdir -p build/mypyc-$(1)
	cp -r attribution rules pyproject.toml README.md build/mypyc-$(1)/
	HATCH_BUILD_HOOK_ENABLE_MYPYC=1 $(1)/bin/python -m pip install --quiet --force-reinstall --no-deps ./build/mypyc-$(1)
	rm -rf build/mypyc-$(1)
endef

$(COMPILED)/.installed: pyproject.toml $(SOURCES)
	$(PYTHON) -m venv $(COMPILED)
	$(COMPILED)/bin/python -m pip install --quiet --upgrade pip
	$(COMPILED)/bin/python -m pip install --quiet '.[dev]'
	$(call install_compiled,$(COMPILED))
	touch $@

test-compiled: $(COMPILED)/.installed
	cd / && $(CURDIR)/$(COMPILED)/bin/python -m attribution.compiled
	PYTHONSAFEPATH=1 $(COMPILED)/bin/pytest -q --import-mode=importlib -p no:cacheprovider

eval: $(STAMP)
	$(BIN)/attribution eval $(SHARED)/corpora/polnear/dev.jsonl

# Articles of other publications, written and annotated by hand for this project
# (heldout/README.md): built into the corpus schema, then scored the same way.
eval-heldout: $(STAMP)
	$(BIN)/python heldout/build.py heldout -o build/heldout.jsonl
	$(BIN)/attribution eval build/heldout.jsonl

# make bench runs in the benchmark environment when make bench-env has built it
# (the project plus textacy and a spaCy model, kept out of .venv), else in .venv.
BENCH_VENV := .venv-bench
BENCH_PY = $(if $(wildcard $(BENCH_VENV)/.installed),$(BENCH_VENV)/bin/python,$(BIN)/python)

bench: $(STAMP)
	$(BENCH_PY) bench/bench.py

bench-env: $(BENCH_VENV)/.installed

# Peak memory of `attribution batch` over an ARCHIVE_GB corpus (all processes).
ARCHIVE_GB ?= 1
bench-archive: $(STAMP)
	$(BIN)/python bench/archive.py --gigabytes $(ARCHIVE_GB)

# The benchmark environment holds the compiled engine (as .venv-compiled) beside
# textacy; bench.py times the pure-Python source tree too, in a child process.
$(BENCH_VENV)/.installed: pyproject.toml bench/requirements-textacy.txt $(SOURCES)
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install --quiet . -r bench/requirements-textacy.txt
	$(call install_compiled,$(BENCH_VENV))
	touch $@

# Coverage-guided fuzzing (atheris): FUZZ_SECONDS per target; new inputs go to
# fuzz/work/, crashes to fuzz/crashes/ (both ignored by git).
FUZZ_SECONDS ?= 120
FUZZ_TARGETS ?= engine markup config jsonl sources
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[fuzz]'
	@for target in $(FUZZ_TARGETS); do \
		mkdir -p fuzz/work/$$target fuzz/crashes; \
		echo "fuzzing $$target for $(FUZZ_SECONDS) s"; \
		$(BIN)/python fuzz/fuzz.py $$target -max_total_time=$(FUZZ_SECONDS) \
			-max_len=8192 -artifact_prefix=fuzz/crashes/$$target- \
			fuzz/work/$$target fuzz/seeds/$$target || exit 1; \
	done

clean:
	rm -rf $(VENV) $(BENCH_VENV) $(COMPILED) .mypy_cache .pytest_cache .ruff_cache build dist
