"""A table model that pages rows in from the database as the view scrolls.

Lists hold 100,000 observations at the lead school; the model never loads them all. It
asks ``fetch(offset, limit)`` for one page when the view first shows and another each
time the view scrolls near the end (Qt's canFetchMore/fetchMore), and starts over when
the query changes. Rows are dicts; columns say which key to show under which header.

Given ``run`` (the app's database thread), pages load off the UI thread: the rows arrive a
moment later, and an answer to a query that has since changed is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from .qt_text import day_samples, shown_day

DISPLAY, ALIGNMENT = Qt.DisplayRole, Qt.TextAlignmentRole
# The stored value of a cell (an ISO date, a number): what a sort compares, never the shown
# text (2026年10月8日 sorts before 2026年9月1日 as text).
SORT_ROLE = Qt.UserRole
CELL_MARGIN = 16  # the delegate's text margins and focus frame, both sides
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)

Fetch = Callable[[int, int], list[dict]]
# run(job, on_done, on_failed): the app's database thread (AppContext.run_pages).
Run = Callable[[Callable[[], list[dict]], Callable[[list[dict]], None],
                Callable[[Exception], None]], None]


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    format: Callable[[Any], str] | None = None
    align_right: bool = False
    # Texts the column must show whole however the rows page in: a list sized on its first
    # page of 2027年1月5日 would otherwise elide 2026年12月28日 further down.
    fits: tuple[str, ...] = ()


def day_column(key: str, header: str) -> Column:
    """A column of stored ISO dates shown as people write them, never elided."""
    return Column(key, header, shown_day, fits=tuple(day_samples()))


class PagedTableModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], fetch: Fetch, *, page_size: int = 100,
                 run: Run | None = None, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.page_size = page_size
        self._fetch = fetch
        self._run = run
        self._rows: list[dict] = []
        self._shown: list[tuple[str, ...]] = []
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self._fitting: dict[int, QSize] = {}

    # -- paging -----------------------------------------------------------------------------
    def set_fetch(self, fetch: Fetch) -> None:
        """A new query (filters, search text): drop what is loaded and start over."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._shown = []
        self._exhausted = False
        self._loading = False
        self._generation += 1
        self.endResetModel()

    @property
    def loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self._loading:
            return
        fetch, offset, limit = self._fetch, len(self._rows), self.page_size
        if self._run is None:
            self._append(fetch(offset, limit))
            return
        self._loading = True
        generation = self._generation

        def arrived(page: list[dict]) -> None:
            if generation == self._generation:
                self._loading = False
                self._append(page)

        def job() -> list[dict]:
            # A query the user has typed past by the time the job starts is not run at all.
            return fetch(offset, limit) if generation == self._generation else []

        self._run(job, arrived, self.give_up)

    def give_up(self, _error: Exception | None = None) -> None:
        """A page failed to load (the error is reported elsewhere): stop asking for more."""
        self._loading = False
        self._exhausted = True

    def _append(self, page: list[dict]) -> None:
        if len(page) < self.page_size:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self._shown.extend(self._texts(row) for row in page)
            self.endInsertRows()

    def row(self, index: int) -> dict:
        return self._rows[index]

    # -- the model --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        # Asked thousands of times per repaint, for a dozen roles: the shown text of a row
        # is made once, when the row arrives, and every other role answers at once.
        if role == DISPLAY:
            return self._shown[index.row()][index.column()]
        if role == ALIGNMENT and self.columns[index.column()].align_right:
            return RIGHT
        if role == SORT_ROLE:
            return self._rows[index.row()].get(self.columns[index.column()].key)
        if role == Qt.SizeHintRole and self.columns[index.column()].fits:
            return self._fitting_size(index.column())
        return None

    def _fitting_size(self, column: int) -> QSize:
        size = self._fitting.get(column)
        if size is None:
            metrics = QFontMetrics(QApplication.font())
            width = max(metrics.horizontalAdvance(t) for t in self.columns[column].fits)
            size = self._fitting[column] = QSize(width + CELL_MARGIN, metrics.height() + 6)
        return size

    def _texts(self, row: dict) -> tuple[str, ...]:
        texts = []
        for column in self.columns:
            value = row.get(column.key)
            texts.append("" if value is None else
                         column.format(value) if column.format else str(value))
        return tuple(texts)
