# Two entry points, both self-installing on a fresh Debian machine:
#   make run [DEMO=1]   start the desktop app (DEMO=1: on a demo alliance in its own folder)
#   make test           install what the tests need and run the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

TS := $(wildcard resources/i18n/*_zh_CN.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test bench system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# Qt loads compiled catalogues; the .ts sources are what we keep in git.
%.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

system-deps:
	bash scripts/system_deps.sh

run: system-deps $(STAMP) $(QM)
	$(BIN)/jituan-desktop $(if $(DEMO),--demo,) $(ARGS)

test: system-deps $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python bench/run_benchmarks.py
