# Every target sets up .venv on first use, so a fresh clone needs only Python 3.11+ and git.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: run test test-corpus lint bench pack crashtest fuzz format clean package test-package screenshots statistics

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed: set PYTHON=/path/to/python3.11")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $(PACKAGE_STAMP)

run: $(STAMP)
	$(BIN)/briefing-app $(ARGS)

# The full members' pack for today, from your own database: make pack OUT=pack.pdf
pack: $(STAMP)
	$(BIN)/briefing-app pack --out $(or $(OUT),briefing-pack.pdf) $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# Every Ofsted report in a folder of real reports must read completely. The folder is not
# part of the project: ../shared/reference/ by default, or CORPUS=/path/to/reports.
CORPUS ?= ../shared/reference
test-corpus: $(STAMP)
	@if [ ! -d "$(CORPUS)" ]; then \
		echo "make test-corpus reads every Ofsted report (PDF, or text mentioning an inspection)"; \
		echo "in $(CORPUS) and its sub-folders, but that folder is not there."; \
		echo "Put the reports there, or name their folder: make test-corpus CORPUS=/path/to/reports"; \
		exit 2; \
	fi
	BRIEFING_CORPUS="$(CORPUS)" QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m corpus \
		tests/corpus $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# Kill the app at random moments while it writes; every file must come back whole.
# Not part of `make test` (a few minutes). CRASHTEST_ARGS="--trials 50 --only report-import"
crashtest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m crashtest $(CRASHTEST_ARGS)

# The importers' property tests with many more examples than `make test` gives them.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m fuzz $(PYTEST_ARGS)

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The installable one-folder app, in dist/briefing-app/ (see packaging/briefing-app.spec).
package: $(PACKAGE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
		packaging/briefing-app.spec

# Builds the app in a temporary folder and starts it: the tests marked "packaging".
test-package: $(PACKAGE_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m packaging $(PYTEST_ARGS)

# The DfE figures the app ships (data/statistics/shipped-*), read by the app's importer
# from the DfE's own files in sources/dfe/.
statistics: $(STAMP)
	$(BIN)/python sources/make_statistics.py

# The pictures of each page in docs/screenshots/, shown in the README.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py

bench: $(STAMP)
	@for script in bench/*.py; do \
		echo "== $$script"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; \
	done

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
