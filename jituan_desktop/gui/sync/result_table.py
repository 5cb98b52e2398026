"""The read-only tables of the 同步 page, and how a refused row looks in them."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem,
                               QWidget)

REFUSED_BRUSH = QBrush(QColor("#b00020"))
REFUSED_BACKGROUND = QBrush(QColor("#fde7ea"))


def read_only_table(parent: QWidget, headers: list[str], stretch: int,
                    wrap: bool = False) -> QTableWidget:
    """Rows selected whole, columns as wide as their contents but ``stretch``, which takes
    the rest; with ``wrap`` its long texts (a refusal's reason) wrap onto more lines."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.Stretch)
    table.setWordWrap(wrap)
    if wrap:
        # Row heights follow the wrapped text only once the column has its real width
        # (a table filled while hidden would otherwise keep rows many lines tall).
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


def fill_row(table: QTableWidget, row: int, cells, *, refused: bool = False,
             background: QBrush | None = None, tips: tuple[str, ...] = ()) -> None:
    """Put ``cells`` in ``row``: a refused one red on pink, else on ``background`` if given;
    ``tips`` are tooltips by column (a cell's own text when none is given)."""
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setToolTip(tips[column] if column < len(tips) and tips[column] else text)
        if refused:
            item.setForeground(REFUSED_BRUSH)
            item.setBackground(REFUSED_BACKGROUND)
        elif background is not None:
            item.setBackground(background)
        table.setItem(row, column, item)


def selected(table: QTableWidget, shown: list):
    """The entry of ``shown`` (one per row, in order) on the selected row, or None."""
    rows = table.selectionModel().selectedRows()
    if not rows or rows[0].row() >= len(shown):
        return None
    return shown[rows[0].row()]
