# Two entry points, both self-installing on a fresh Debian machine:
#   make run [DEMO=1]   start the desktop app (DEMO=1: on a demo alliance in its own folder)
#   make test           install what the tests need, run the whole suite at today's date and
#                       again with the machine's clock moved (MOVED_CLOCKS), then build the
#                       frozen app and run its --version and --self-test
#   make dist deb       the one-folder app (dist/jituan-desktop) and the .deb (docs/packaging.md)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

TS := $(wildcard resources/i18n/*_zh_CN.ts)
QM := $(TS:.ts=.qm)

# The frozen app is built from a virtual environment of its own: only the app's dependencies
# and PyInstaller, so nothing merely installed in .venv (pytest, hypothesis...) is swept in.
BUILD_VENV := .build-venv
BUILD_STAMP := $(BUILD_VENV)/.installed
FROZEN := dist/jituan-desktop/jituan-desktop

.PHONY: run test test-moved-clocks bench system-deps dist deb frozen-check

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
	$(MAKE) test-moved-clocks
	$(MAKE) frozen-check

# One clock (jituan_desktop/clock.py): the suite must pass whatever the machine's date. Run
# it again with the machine's clock moved by libfaketime ("@": starts there and keeps
# advancing) to the last day of February before a leap year and to the day after a leap
# day, crossing semester and year boundaries. FAKETIME_DONT_RESET: child processes (the
# command line run by the tests) continue the parent's time instead of starting again.
# The monotonic clock is moved too: with FAKETIME_DONT_FAKE_MONOTONIC, libfaketime 0.9.10
# (Debian 12) fails every time.sleep() with EINVAL.
MOVED_CLOCKS ?= 2027-02-28 2028-03-01
test-moved-clocks: system-deps $(STAMP) $(QM)
	@for day in $(MOVED_CLOCKS); do \
		echo "== the suite with the machine's clock at $$day"; \
		FAKETIME_DONT_RESET=1 faketime -f "@$$day 10:00:00" \
			env QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider \
			$(PYTEST_ARGS) || exit 1; \
	done

$(BUILD_STAMP): pyproject.toml installer/requirements-build.txt
	rm -rf $(BUILD_VENV)
	$(PYTHON) -m venv $(BUILD_VENV)
	$(BUILD_VENV)/bin/pip install --quiet --upgrade pip
	$(BUILD_VENV)/bin/pip install --quiet -e . -r installer/requirements-build.txt
	touch $@

# PyInstaller keeps its analysis in build/pyinstaller: a build after a small change is quick.
dist: system-deps $(BUILD_STAMP) $(QM)
	$(BUILD_VENV)/bin/pyinstaller --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller build.spec

deb: dist
	bash installer/build_deb.sh

# The frozen app checks itself (CI runs this through `make test`).
frozen-check: dist
	$(FROZEN) --version
	QT_QPA_PLATFORM=offscreen $(FROZEN) --self-test

bench: $(STAMP)
	$(BIN)/python bench/run_benchmarks.py
