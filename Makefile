# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
ARGS ?= --demo
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
# the web page's front-end libraries: npm ci from package-lock.json, copied into the package
ASSETS := node_modules/.dossier-assets

.PHONY: run serve test test-fast bench bench-fuzz bench-scale install assets browser clean

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

# Without npm only `dossier serve` is missing its page (it says so); under CI that is an error.
$(ASSETS): package.json package-lock.json src/dossier/web/assets.py | $(STAMP)
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --no-audit --no-fund --loglevel=error && \
	  $(BIN)/python -m dossier.web.assets node_modules && touch $@; \
	elif [ "$$CI" = true ]; then \
	  echo "error: npm is needed for the web page's libraries (apt-get install npm)" >&2; exit 1; \
	else \
	  echo "warning: npm not found: \`dossier serve\` needs it for its page (apt-get install npm);" \
	       "everything else works" >&2; \
	fi

assets: $(ASSETS)

# The browser tests drive Debian's Chromium; as root, install it when it is missing (else the
# tests skip with the reason, and fail under CI=true).
browser:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get install -y --no-install-recommends chromium >/dev/null || \
	  echo "warning: could not install chromium: the browser tests will skip" >&2; \
	fi

# Exit status 3 means some inputs were skipped (listed above): the rest is stored, so the
# timeline still follows.
run: $(STAMP) $(ASSETS)
	$(BIN)/dossier ingest $(ARGS) || [ $$? -eq 3 ]
	$(BIN)/dossier timeline

# the demo store in the browser: http://127.0.0.1:8000/
serve: run
	$(BIN)/dossier serve

test: $(DEVSTAMP) $(ASSETS) browser
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
	rm -rf $(VENV) node_modules src/dossier/web/static/vendor dossier.db dossier.db-wal dossier.db-shm
