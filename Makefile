# Two commands on a fresh machine with only Python and make:
#   make run    start the app on the bundled data/allies.db
#   make test   run the whole test suite (headless)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test db bench screenshot clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/ally-explorer --db data/allies.db

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

db: $(STAMP)
	$(BIN)/python -m ally_explorer.db.build

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/ally-explorer --screenshot docs/screenshot.png --country PRK

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
