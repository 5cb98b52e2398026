"""How record tables behave everywhere: whole rows, one at a time, read-only, double-click
opens."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

RESIZE_PRECISION = 30  # rows


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
