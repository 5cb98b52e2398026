"""导出: what a list shows — its filters and search applied — to Excel (.xlsx) or CSV.

The rows are read and written on the database thread by ``reports.spreadsheets`` from the
page's own ListQuery, so the file holds exactly the rows on screen; a progress dialog
follows big lists. Other pages add the button with one call: ``attach_to_list(page, kind)``
for a RecordListPage, ``attach_to_dashboard(page)`` for the 首页.
"""

from __future__ import annotations

import weakref
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QMenu, QProgressBar, QProgressDialog, QPushButton, QSpacerItem,
                               QWidget)

from ...domain.list_query import ListQuery
from ...domain.table_titles import TABLE_TITLES
from ..context import AppContext
from ..qt_text import error_text, qt_translate
from ..widgets.progress_relay import ProgressRelay
from .output_files import OutputDialogs, file_name

# What export_table needs from the page at the moment of exporting: query, semester ...
Arguments = Callable[[], dict]


class ListExporter(QObject):
    exported = Signal(object, int)  # the file written, the rows in it
    failed = Signal(str)  # the message shown

    def __init__(self, ctx: AppContext, parent: QWidget,
                 tables: list[tuple[str, Arguments]]):
        super().__init__(parent)
        self.ctx = ctx
        self.tables = dict(tables)
        self.busy = False
        self.dialogs = OutputDialogs(self)
        self.last_notice = None  # the message box shown last (tests read it)
        self.progress: QProgressDialog | None = None

    @staticmethod
    def title(kind: str) -> str:
        return qt_translate("Tables", TABLE_TITLES[kind])

    def button(self) -> QPushButton:
        """导出 with a menu: each table as Excel or CSV."""
        button = QPushButton(self.tr("Export"), self.parent())
        button.setToolTip(self.tr("Save the rows shown, with the filters and search applied, "
                                  "as an Excel workbook or a CSV file."))
        menu = QMenu(button)
        several = len(self.tables) > 1
        for kind in self.tables:
            for fmt, text in (("xlsx", self.tr("Excel workbook (.xlsx)…")),
                              ("csv", self.tr("CSV file (.csv)…"))):
                if several:
                    text = self.tr("{table}: {format}").format(table=self.title(kind),
                                                               format=text)
                action = menu.addAction(text)
                action.setData((kind, fmt))
                action.triggered.connect(lambda _=False, k=kind, f=fmt: self.export(k, f))
        button.setMenu(menu)
        self.menu = menu
        return button

    def export(self, kind: str, fmt: str, path: str | None = None) -> None:
        """Ask where (unless ``path`` is given), then write the table on the database
        thread; a refusal (an unwritable place) is said in a message, nothing is lost."""
        if self.busy:
            return
        path = path or self.dialogs.ask_save_path(
            self.parent(), file_name(self.title(kind), self.ctx.today().isoformat(), suffix=fmt),
            fmt)
        if not path:
            return
        arguments = dict(self.tables[kind]())
        today: date = self.ctx.today()
        relay = self._start_progress()
        self.busy = True

        def job(store) -> int:
            # Imported on first export: openpyxl takes ~200 ms to load, which the 首页 and
            # every list (all carry this button) would otherwise pay before they show.
            from ...reports import spreadsheets

            return spreadsheets.export_table(
                store, kind, Path(path), fmt=fmt, today=today, translate=qt_translate,
                progress=lambda done, total: relay.report(done, total or 0), **arguments)

        def done(rows: int) -> None:
            self._stop_progress(relay)
            self.last_notice = self.dialogs.notice(
                self.parent(), self.tr("{rows} rows saved to {path}.").format(rows=rows,
                                                                           path=path),
                open_path=Path(path))
            self.exported.emit(Path(path), rows)

        def failed(error: Exception) -> None:
            self._stop_progress(relay)
            text = error_text(error)
            self.last_notice = self.dialogs.notice(self.parent(), text, warning=True)
            self.failed.emit(text)

        self.ctx.run(job, done, failed)

    def _start_progress(self) -> ProgressRelay:
        dialog = QProgressDialog(self.tr("Writing the rows…"), None, 0, 0, self.parent())
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setMinimumDuration(700)  # small lists are done before it would show
        dialog.setWindowModality(Qt.NonModal)
        bar = QProgressBar(dialog)
        dialog.setBar(bar)
        self.progress = dialog
        relay = ProgressRelay(bar, self)
        relay.start()
        return relay

    def _stop_progress(self, relay: ProgressRelay) -> None:
        self.busy = False
        relay.finish()
        relay.deleteLater()
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None


def insert_before_stretch(layout, widget: QWidget) -> None:
    """Place ``widget`` after a toolbar's buttons, before the stretch that ends them."""
    for i in range(layout.count()):
        if isinstance(layout.itemAt(i), QSpacerItem):
            layout.insertWidget(i, widget)
            return
    layout.addWidget(widget)


def attach_to_list(page, kind: str) -> ListExporter:
    """An 导出 button on a RecordListPage exporting its current query as table ``kind``."""
    ref = weakref.ref(page)  # the menu's connections must not keep a closed page alive
    exporter = ListExporter(page.ctx, page, [(kind, lambda: {"query": ref().current_query()})])
    page.export_button = exporter.button()
    page.exporter = exporter
    insert_before_stretch(page.toolbar, page.export_button)
    return exporter


def attach_to_dashboard(page) -> ListExporter:
    """The 首页's tables: its quota results (the semester and school chosen) and, for the
    lead school, every school side by side."""
    ref = weakref.ref(page)

    def arguments() -> dict:
        return {"query": ListQuery(school=ref().chosen_school()),
                "semester": ref().chosen_semester()}

    tables = [("compliance", arguments)]
    if page.ctx.directory is None or page.ctx.directory.is_lead:
        tables.append(("schools", lambda: {"semester": ref().chosen_semester()}))
    exporter = ListExporter(page.ctx, page, tables)
    page.export_button = exporter.button()
    page.exporter = exporter
    bar = page.layout().itemAt(0).layout()
    bar.insertWidget(bar.indexOf(page.status), page.export_button)
    return exporter


__all__ = ["ListExporter", "attach_to_list", "attach_to_dashboard", "insert_before_stretch"]
