# Quick start: `make demo` then `make test`. Everything installs itself into .venv.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
ARCHIVE := $(BIN)/archive
STAMP := $(VENV)/.installed

.PHONY: venv lock lint demo test test-fast es-start es-stop serve bench score clean

venv: $(STAMP)

# The enrichment sources are compiled at install (setup.py): an edit to one rebuilds them.
$(STAMP): pyproject.toml setup.py requirements.lock $(wildcard src/archive/enrich/*.py)
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c requirements.lock -e '.[dev]'
	touch $(STAMP)

# Re-pin requirements.lock from a clean venv after changing pyproject's dependencies.
lock:
	rm -rf .lockvenv && $(PY) -m venv .lockvenv && .lockvenv/bin/pip install -q --upgrade pip
	.lockvenv/bin/pip install -q -e '.[dev]'
	{ echo "# Exact versions CI and \`make\` install (constraints for pyproject's ranges)."; \
	  echo "# Regenerate after a dependency change: make lock"; \
	  .lockvenv/bin/pip freeze --exclude-editable; } > requirements.lock
	rm -rf .lockvenv

es-start: venv
	$(ARCHIVE) es start

es-stop: venv
	$(ARCHIVE) es stop

demo: venv es-start
	$(ARCHIVE) demo

# ruff (defects, pyupgrade) and mypy (src/archive, flows); rules in pyproject.toml. `ruff check --fix` repairs most.
lint: venv
	$(BIN)/ruff check .
	$(BIN)/mypy

test: lint es-start
	$(BIN)/python -m pytest -q

test-fast: venv
	$(BIN)/python -m pytest -q -m "not es and not e2e"

serve: venv es-start
	$(ARCHIVE) serve

bench: venv es-start
	$(BIN)/python bench/run.py
	$(BIN)/python bench/freshness.py

# Page corpora (dev HTML, generated text and PDF pages, reprints) read from ../shared.
score: venv
	$(BIN)/python -m archive.scoring

clean:
	rm -rf $(VENV) build *.egg-info
