"""The 听课过程 table of the paper 听课本: time, 环节, what happened, the observer's comment."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.records import ProcessNote

FIELDS = ("time", "stage", "process", "comment")
EDIT_TRIGGERS = (QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                 | QAbstractItemView.AnyKeyPressed)


class ProcessNotesTable(QWidget):
    rows_changed = Signal()  # a row added or removed (typing is seen by itemChanged)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(FIELDS), self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Stage"), self.tr("Process"), self.tr("Comment")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(1, 90)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setMinimumHeight(150)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add row"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove row"), self)
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_notes(self, notes: list[ProcessNote]) -> None:
        self.table.setRowCount(0)
        for note in notes:
            self._append(note)
        self.table.resizeRowsToContents()

    def notes(self) -> list[ProcessNote]:
        """The rows typed, skipping rows left entirely empty."""
        found = []
        for row in range(self.table.rowCount()):
            values = {f: (self.table.item(row, c).text() if self.table.item(row, c) else "")
                      .strip() for c, f in enumerate(FIELDS)}
            if any(values.values()):
                found.append(ProcessNote(**values))
        return found

    def add_row(self) -> None:
        self._append(ProcessNote())
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self.rows_changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.rows_changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers if read_only
                                   else EDIT_TRIGGERS)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

    def _append(self, note: ProcessNote) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, field in enumerate(FIELDS):
            self.table.setItem(row, column, QTableWidgetItem(getattr(note, field) or ""))
