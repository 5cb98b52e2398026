"""How record tables behave everywhere: whole rows, one at a time, read-only, double-click
opens."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from shiboken6 import isValid

RESIZE_PRECISION = 30  # rows
SHORT_TEXT = 12  # characters: a name, a date, a count; a longer text may be cut (tooltip)
CELL_PADDING = 12  # pixels a cell needs beyond its text (margins, focus frame)


def setup_record_table(table: QTableView, on_open: Callable[[], None], *,
                       fit_contents: bool = True) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    # Fitting columns measures only the first rows: text layout of every cell is dear.
    header.setResizeContentsPrecision(RESIZE_PRECISION)
    header.setSectionResizeMode(QHeaderView.ResizeToContents if fit_contents
                                else QHeaderView.Interactive)
    header.setStretchLastSection(True)
    table.doubleClicked.connect(lambda _: on_open())
    model = table.model()
    if fit_contents and model is not None:
        # Rows that arrive after a reset (another pairing's sessions) were sometimes not
        # measured: the columns stayed at their least width and read "2…" and "…". Measure
        # once the rows are in.
        model.rowsInserted.connect(
            lambda *_: QTimer.singleShot(0, header, header.resizeSections))


def short_text_width(table: QTableView, column: int, first: int = 0,
                     last: int | None = None) -> int:
    """The width the column's short texts (names, dates, counts) need in rows first..last
    (all rows when ``last`` is None); 0 when there is none."""
    model, metrics = table.model(), table.fontMetrics()
    last = model.rowCount() - 1 if last is None else last
    widest = 0
    for row in range(first, last + 1):
        text = model.index(row, column).data(Qt.DisplayRole)
        if text is None or isinstance(text, bool):
            continue
        text = str(text)
        if text and len(text) <= SHORT_TEXT and "\n" not in text:
            widest = max(widest, metrics.horizontalAdvance(text) + CELL_PADDING)
    return widest


class StretchFloor(QObject):
    """Keeps a stretched column (a title) at least as wide as its title and its short texts
    (开展英语联合教研 read 开展英语… at 1024 pixels): while the table is wide enough the column
    takes the spare width; when it is not, the column keeps that floor and the table scrolls
    sideways instead of cutting it."""

    def __init__(self, table: QTableView, column: int):
        super().__init__(table)
        self.table, self.column, self.minimum = table, column, 0
        table.viewport().installEventFilter(self)
        model = table.model()
        if model is not None:
            model.rowsInserted.connect(lambda *_: self.measure())
            model.modelReset.connect(self.measure)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Resize:
            self.apply()
        return False

    def measure(self) -> None:
        if not isValid(self.table):  # a table widget's model resets as the table goes
            return
        header = self.table.horizontalHeader()
        rows = min(self.table.model().rowCount(), 200)  # a name is seen in the first pages
        self.minimum = max(header.sectionSizeFromContents(self.column).width(),
                           short_text_width(self.table, self.column, 0, rows - 1))
        self.apply()

    def apply(self) -> None:
        if not isValid(self.table):
            return
        header = self.table.horizontalHeader()
        model = self.table.model()
        if model is None:
            return
        others = sum(header.sectionSize(c) for c in range(model.columnCount())
                     if c != self.column and not header.isSectionHidden(c))
        room = self.table.viewport().width() - others
        if room >= self.minimum:
            if header.sectionResizeMode(self.column) != QHeaderView.Stretch:
                header.setSectionResizeMode(self.column, QHeaderView.Stretch)
        else:
            if header.sectionResizeMode(self.column) != QHeaderView.Interactive:
                header.setSectionResizeMode(self.column, QHeaderView.Interactive)
            header.resizeSection(self.column, self.minimum)


def stretch_with_floor(table: QTableView, column: int) -> StretchFloor:
    """Let ``column`` take the table's spare width, never less than its short texts need."""
    table.horizontalHeader().setSectionResizeMode(column, QHeaderView.Stretch)
    floor = StretchFloor(table, column)
    floor.measure()
    table.stretch_floor = floor
    return floor
