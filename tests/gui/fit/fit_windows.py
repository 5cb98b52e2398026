"""The windows the fit test opens, in groups, on a copy of the small demo (the lead school).

Each entry of ``GROUPS`` is (name, check): ``check(session, name)`` opens its window(s),
waits for their data and returns the problems ``fit_checks.window_problems`` finds. Add an
entry for every new page, editor or dialog.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from fit_checks import column_problems, window_problems
from fit_dialogs import DIALOGS
from jituan_desktop.clock import Clock
from jituan_desktop.gui.desktop_app import DesktopApp
from jituan_desktop.gui.navigation import PAGES
from jituan_desktop.storage.store import Store

SETTLE_TIMEOUT_S = 20.0


class Session:
    """The app on the demo folder, its main window filling the screen's available area."""

    def __init__(self, app: QApplication, data: Path, language: str):
        self.app = app
        self.data = data
        self.language = language

    def __enter__(self) -> "Session":
        settings_file = self.data.parent / f"fit-settings-{self.language}.ini"
        self.settings = QSettings(str(settings_file), QSettings.IniFormat)
        store = Store.open(self.data, clock=Clock.from_environment(), create=False)
        self.desktop = DesktopApp(self.app, store, language=self.language,
                                  settings=self.settings)
        self.desktop.start()
        self.window = self.desktop.window
        self.area = self.app.primaryScreen().availableGeometry()
        self.window.setGeometry(self.area)
        self.settle()
        return self

    def __exit__(self, *_exc) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                _close_quietly(widget)
        self.settle()
        self.desktop.shutdown()

    @property
    def ctx(self):
        return self.desktop.ctx

    def settle(self, quiet_s: float = 0.25) -> None:
        """Process events until no database job has been pending for ``quiet_s``."""
        end = time.monotonic() + SETTLE_TIMEOUT_S
        quiet_since = None
        while time.monotonic() < end:
            self.app.processEvents()
            if self.desktop.ctx.runner.pending:
                quiet_since = None
            elif quiet_since is None:
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since >= quiet_s:
                return
            time.sleep(0.01)

    def problems(self, top: QWidget, name: str) -> list[str]:
        """``top`` and, for each tab widget on it, each of its tabs in turn."""
        self.settle()
        found = window_problems(top, self.area, name)
        tabs = [t for t in top.findChildren(QTabWidget) if t.isVisible()]
        for tab_widget in tabs:
            first = tab_widget.currentIndex()
            for index in range(tab_widget.count()):
                if index == first:
                    continue
                tab_widget.setCurrentIndex(index)
                self.settle()
                found += window_problems(top, self.area,
                                         f"{name} / {tab_widget.tabText(index)}")
            tab_widget.setCurrentIndex(first)
        return found


def _close_quietly(dialog: QDialog) -> None:
    if hasattr(dialog, "_dirty"):
        dialog._dirty = False  # what the probe typed is not worth a question
    dialog.reject()


def page_check(key: str) -> Callable[[Session, str], list[str]]:
    def check(session: Session, name: str) -> list[str]:
        session.window.show_page(key)
        session.window.setGeometry(session.area)
        return session.problems(session.window, name)
    return check


def editor_check(key: str, existing: bool) -> Callable[[Session, str], list[str]]:
    """The editor a list page opens for a new record, or for its first record."""
    def check(session: Session, name: str) -> list[str]:
        page = session.window.show_page(key)
        session.settle()
        if existing:
            rows = page.pairings if key == "mentoring" else page  # its list is a pane
            if rows.model.rowCount() == 0:
                return [f"{name}: the demo has no record to open"]
            rows.table.selectRow(0)
            if key == "mentoring":
                session.settle()  # the pairing's detail arrives, then 编辑结对… opens it
                page.detail.edit_button.click()
            else:
                page.open_current()
        else:
            page.new_record()
        session.settle()
        editor = page.editor
        if editor is None or not editor.isVisible():
            return [f"{name}: no editor opened"]
        try:
            return session.problems(editor, name)
        finally:
            _close_quietly(editor)
            session.settle()
    return check


def mentoring_with_pairing(session: Session, name: str) -> list[str]:
    """师徒结对 with its first pairing chosen: the detail, the quota and the timeline of
    sessions show (the timeline's columns read "2…" and "…")."""
    page = session.window.show_page("mentoring")
    session.window.setGeometry(session.area)
    session.settle()
    if page.pairings.model.rowCount() == 0:
        return [f"{name}: the demo has no pairing to choose"]
    page.pairings.table.selectRow(0)
    session.settle()
    if page.detail.timeline.model.rowCount() == 0:
        return [f"{name}: the first pairing has no sessions to show"]
    found = session.problems(session.window, name)
    # Another pairing after it: the timeline's rows are replaced, its columns measured anew.
    for row in range(1, min(4, page.pairings.model.rowCount())):
        page.pairings.table.selectRow(row)
        session.settle()
        found += session.problems(session.window, f"{name} (then pairing {row + 1})")
    return found


def reopened_on(key: str) -> Callable[[Session, str], list[str]]:
    """The page ``key`` in a window opened anew on it, as after a restart: the page is
    built before the window shows, at the size the last window was closed with (the
    activity list's columns read "…" after a restart)."""
    def check(session: Session, name: str) -> list[str]:
        session.window.show_page(key)
        session.settle()
        old = session.window
        old.close()
        old.deleteLater()
        session.window = session.desktop.show_main()
        session.settle()
        shown = session.window.current_page()
        expected = next(cls for k, _, _, cls in PAGES if k == key)
        if type(shown).__name__ != expected:
            return [f"{name}: the new window opened on {type(shown).__name__}, not {key}"]
        return session.problems(session.window, name)
    return check


def every_row_loaded(key: str) -> Callable[[Session, str], list[str]]:
    """A list page scrolled through to its end: a short text beyond the first rows (a
    three-character name in 教师) must fit its column too."""
    def check(session: Session, name: str) -> list[str]:
        page = session.window.show_page(key)
        session.window.setGeometry(session.area)
        session.settle()
        while page.model.canFetchMore():
            page.model.fetchMore()
            session.settle(0.05)
        return [f"{name}: {p}" for p in column_problems(page.table,
                                                        rows=page.model.rowCount())]
    return check


LIST_PAGES = ("observations", "mentoring", "activities", "plans", "meetings", "teachers")

GROUPS: dict[str, list[tuple[str, Callable[[Session, str], list[str]]]]] = {
    "pages": [(f"page {key}", page_check(key)) for key, _, module, _ in PAGES if module] + [
        ("page mentoring with a pairing chosen", mentoring_with_pairing),
        ("page teachers with every row loaded", every_row_loaded("teachers")),
        ("page activities with every row loaded", every_row_loaded("activities")),
        ("page activities after a restart", reopened_on("activities")),
    ],
    "editors": [(f"{'open' if existing else 'new'} {key} editor", editor_check(key, existing))
                for key in LIST_PAGES for existing in (False, True)],
    "dialogs": DIALOGS,  # every other dialog the app opens (fit_dialogs.py)
}
