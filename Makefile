# Two entry points, both self-installing on a fresh Debian machine:
#   make run [DEMO=1]   start the desktop app (DEMO=1: on a demo alliance in its own folder)
#   make test           install what the tests need and run the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

system-deps:
	bash scripts/system_deps.sh

run: system-deps $(STAMP)
	$(BIN)/jituan-desktop $(if $(DEMO),--demo,) $(ARGS)

test: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python bench/run_benchmarks.py
