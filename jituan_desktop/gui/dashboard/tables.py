"""Small read-only tables the dashboard's sections share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ..paged_table_model import SORT_ROLE
from ..qt_text import shown_day
from .colours import ALERT_FILL, SOON_TEXT
from ..widgets.tables import stretch_with_floor

# Rows that need the reader's attention: a pale red, readable in both light and dark text
# (each section's legend says what it means there).
ALERT_BRUSH = QBrush(ALERT_FILL)
ALERT_TEXT = QBrush(SOON_TEXT)


def read_only_table(parent, headers: list[str], stretch: int | None = 0) -> QTableWidget:
    """A table of whole rows, selectable one at a time, with column ``stretch`` (if any)
    taking the spare width."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    # Sized once per fill: sizing to contents on every item set is quadratic in the rows.
    header.setSectionResizeMode(QHeaderView.Interactive)
    if stretch is not None:
        stretch_with_floor(table, stretch)
    return table


class DayItem(QTableWidgetItem):
    """A date shown as people write it (2026年11月25日) that sorts as a date, not as text."""

    def __init__(self, day: date):
        super().__init__(shown_day(day))
        self.setData(SORT_ROLE, day.isoformat())

    def __lt__(self, other) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


def fill(table: QTableWidget, rows: list[list]) -> None:
    """Replace the table's rows; numbers are right-aligned so columns of counts line up,
    dates are written the way people write them and sort as dates."""
    table.setUpdatesEnabled(False)
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, date):
                table.setItem(r, c, DayItem(value))
                continue
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    for c in range(table.columnCount()):
        if header.sectionResizeMode(c) != QHeaderView.Stretch:
            table.resizeColumnToContents(c)
    floor = getattr(table, "stretch_floor", None)
    if floor is not None:
        floor.measure()
    table.setUpdatesEnabled(True)


def mark_row(table: QTableWidget, row: int, tooltip: str = "", *, text_only: bool = False) -> None:
    """Highlight a row that is falling behind, saying why in its tooltip."""
    for c in range(table.columnCount()):
        item = table.item(row, c)
        if item is None:
            continue
        if text_only:
            item.setForeground(ALERT_TEXT)
        else:
            item.setBackground(ALERT_BRUSH)
        if tooltip:
            item.setToolTip(tooltip)


def colours_used(table: QTableWidget) -> set[str]:
    """Every fill and text colour set on the table's items, as #rrggbb (for the legends'
    tests: a colour on the page must be in its legend)."""
    found = set()
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            if item is None:
                continue
            for brush in (item.data(Qt.BackgroundRole), item.data(Qt.ForegroundRole)):
                if brush is not None:
                    found.add(QBrush(brush).color().name())
    return found


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""
