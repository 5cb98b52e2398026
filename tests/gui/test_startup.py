"""Start-up: the main window shows first, then the first page's data arrives; other pages are
built when first shown; and what is imported before the window shows leaves out the
libraries and pages the first page does not need (docs/benchmarks.md, issue 11)."""

import json
import subprocess
import sys
from pathlib import Path

from jituan_desktop.gui.desktop_app import DesktopApp

ROOT = Path(__file__).resolve().parents[2]

# Loaded only when a page or an export needs them: each would add tens to hundreds of
# milliseconds before the window shows.
NOT_BEFORE_THE_WINDOW = (
    "openpyxl",  # .xlsx exports
    "reportlab",  # PDF reports
    "pypinyin",  # pinyin initials, computed when a teacher is saved
    "PIL",  # openpyxl's images
    "importlib.metadata",  # the app's version (--version, the self-test, sync documents)
    "jituan_desktop.reports",  # tables and reports are written on the database thread
    "jituan_desktop.gui.observations",  # every page but the first
    "jituan_desktop.gui.sync",
    "jituan_desktop.gui.reports.reports_page",
    "jituan_desktop.gui.settings",
    "jituan_desktop.sync.exporting",
    "jituan_desktop.sync.importing",
)

# The app as the user starts it (jituan-desktop --data-dir DIR), settings of its own; when the
# main window is visible it prints the modules loaded so far and leaves.
PROBE = """
import json, os, sys, tempfile
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, tempfile.mkdtemp())
app = QApplication([])

def check():
    if not any(isinstance(w, QMainWindow) and w.isVisible() for w in app.topLevelWidgets()):
        QTimer.singleShot(0, check)
        return
    print(json.dumps(sorted(sys.modules)), flush=True)
    os._exit(0)

QTimer.singleShot(0, check)
from jituan_desktop.app import main
main(["--data-dir", sys.argv[1]])
"""


def start_app(qapp, store, settings):
    desktop = DesktopApp(qapp, store, language="zh_CN", settings=settings)
    desktop.start()
    return desktop


def test_the_window_shows_before_the_first_page_asks_the_database(qtbot, chinese, demo_store,
                                                                   settings):
    desktop = DesktopApp(chinese, demo_store, language="zh_CN", settings=settings)
    at_show = {}

    def shown(window):
        home = window.pages["dashboard"]
        at_show.update(holding=desktop.ctx.runner.holding, pending=desktop.ctx.runner.pending,
                       directory=desktop.ctx.directory, dashboard=home.dashboard)

    desktop.window_shown.connect(shown)
    desktop.start()
    window = desktop.window
    qtbot.addWidget(window)
    # Shown with the home page's jobs asked for but held back: nothing has been read yet.
    assert at_show["holding"] and at_show["pending"] >= 1
    assert at_show["directory"] is None and at_show["dashboard"] is None
    # Once drawn, the jobs run and the home page fills in.
    home = window.pages["dashboard"]
    qtbot.waitUntil(lambda: home.dashboard is not None, timeout=10000)
    assert not desktop.ctx.runner.holding
    assert home.rules_view.rules.rowCount() > 0 and "2026" in home.status.text()
    desktop.shutdown()


def test_a_page_is_built_when_first_shown(qtbot, chinese, demo_store, settings):
    desktop = start_app(chinese, demo_store, settings)
    window = desktop.window
    qtbot.addWidget(window)
    assert list(window.pages) == ["dashboard"]
    page = window.show_page("observations")
    assert list(window.pages) == ["dashboard", "observations"]
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    assert window.show_page("observations") is page  # built once
    desktop.shutdown()


def test_jobs_asked_for_before_the_window_is_drawn_are_not_lost(qtbot, chinese, demo_store,
                                                               settings):
    """Closed before it was ever drawn: shutting down still runs (and answers) what was
    asked for, so nothing the user did is dropped."""
    desktop = start_app(chinese, demo_store, settings)
    window = desktop.window
    qtbot.addWidget(window)
    runner = desktop.ctx.runner
    assert runner.holding
    answers = []
    runner.run(lambda: "read", answers.append)
    window.close()
    desktop.shutdown()
    runner.collect()
    assert answers == ["read"]


def test_what_is_imported_before_the_window_shows(demo_store):
    result = subprocess.run([sys.executable, "-c", PROBE, str(demo_store.data_dir)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.splitlines()[-1])
    assert "jituan_desktop.gui.dashboard.dashboard_page" in loaded  # the probe saw the app
    early = [m for m in loaded
             if any(m == name or m.startswith(name + ".") for name in NOT_BEFORE_THE_WINDOW)]
    assert early == []
