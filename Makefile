# Two commands for a new machine: `make demo` (install + the main job on bundled data)
# and `make test` (install + the test suite). Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
# guard's bytecode, as a pip install of the wheel writes it: an editable install has none, and with
# PYTHONDONTWRITEBYTECODE set every process would compile guard's modules from source again (~0.1 s of each start)
BYTECODE = $(BIN)/python -m compileall -q guard recognizers policies >/dev/null

.PHONY: demo test bench clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install -q -e .
	$(BYTECODE)
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install -q -e '.[test,bench,spark]'
	$(BYTECODE)
	touch $@ $(VENV)/.installed-run

demo: $(VENV)/.installed-run
	$(BIN)/guard demo

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-test
	$(BIN)/python -m benchmarks.evaluate --data benchmarks/data/heldout
	$(BIN)/python -m benchmarks.bench_engine

clean:
	rm -rf $(VENV)
