# The two commands of the README: `make demo` (install + run graphbuild on the samples in data/) and
# `make test` (install + run the whole test suite). Everything lives in .venv; nothing is installed globally.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test install clean

$(BIN)/graphbuild: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/graphbuild

install: $(BIN)/graphbuild

demo: install
	$(BIN)/graphbuild ingest data/samples --db graphbuild.db
	$(BIN)/graphbuild stats --db graphbuild.db
	$(BIN)/graphbuild export --format graphml -o graphbuild.graphml --db graphbuild.db
	$(BIN)/graphbuild export --format jsonl -o statements.jsonl --db graphbuild.db
	@echo "graph: graphbuild.graphml (open in Gephi or yEd); statements: statements.jsonl"

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) graphbuild.db graphbuild.db-wal graphbuild.db-shm graphbuild.graphml statements.jsonl
