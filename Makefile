# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
ARGS ?= --demo
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: run test test-fast bench bench-fuzz bench-scale install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(DEVSTAMP): $(STAMP)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

install: $(STAMP)

# Exit status 3 means some inputs were skipped (listed above): the rest is stored, so the
# timeline still follows.
run: $(STAMP)
	$(BIN)/dossier ingest $(ARGS) || [ $$? -eq 3 ]
	$(BIN)/dossier timeline

test: $(DEVSTAMP)
	$(BIN)/python -m pytest -q

# everything but the tests marked slow (they load spaCy or score a benchmark)
test-fast: $(DEVSTAMP)
	$(BIN)/python -m pytest -q -m "not slow"

bench: $(DEVSTAMP)
	$(BIN)/python bench/throughput.py

# 10,000 generated nasty inputs through the readers, every 200th folder through ingest
bench-fuzz: $(DEVSTAMP)
	$(BIN)/python bench/fuzz.py

# Ingest on one machine vs Dask, write rates into SQLite and PostgreSQL, and the queries on
# a million-mention store (about 20 minutes; fewer with ARTICLES=200). See bench/scale.py.
ARTICLES ?= 2000
bench-scale: $(DEVSTAMP)
	$(BIN)/python bench/scale.py --articles $(ARTICLES)

clean:
	rm -rf $(VENV) dossier.db dossier.db-wal dossier.db-shm
