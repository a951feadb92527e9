# Quick start: `make demo` then `make test`. Everything installs itself into .venv.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
ARCHIVE := $(BIN)/archive
STAMP := $(VENV)/.installed

.PHONY: venv demo test test-fast es-start es-stop serve bench clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

es-start: venv
	$(ARCHIVE) es start

es-stop: venv
	$(ARCHIVE) es stop

demo: venv es-start
	$(ARCHIVE) demo

test: venv es-start
	$(BIN)/python -m pytest -q

test-fast: venv
	$(BIN)/python -m pytest -q -m "not es and not e2e"

serve: venv es-start
	$(ARCHIVE) serve

bench: venv es-start
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info
