"""A settings section that lists the alliance's records of one kind in a small table.

The lead school adds, edits and deletes them; a member school sees the same table with the
buttons disabled and a note saying who sets them. The lists are short (a few semesters,
templates and rules), so the whole list comes with the page's snapshot.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...domain.records import Record
from ...services.settings_ops import SettingsSnapshot
from ..context import AppContext
from ..widgets.tables import setup_record_table


def chosen(combo, enum):
    """An EnumCombo's member: Qt hands a str-based enum back as a plain string."""
    value = combo.value()
    return None if value is None else enum.parse(value)


class TableSection(QWidget):
    record_class: type[Record]
    kinds: frozenset[str] = frozenset()  # Changes kinds this section shows

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.records: list[Record] = []
        self.editable = False
        self.editor = None  # the open editor, if any
        self.layout_ = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.layout_.addWidget(self.note)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.new_text(), self)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(self.edit_text(), self)
        self.edit_button.clicked.connect(self.open_current)
        self.delete_button = QPushButton(self.delete_text(), self)
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setEnabled(False)
            bar.addWidget(button)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.table = QTableWidget(0, len(self.headers()), self)
        self.table.setHorizontalHeaderLabels(self.headers())
        setup_record_table(self.table, self.open_current)
        self.layout_.addWidget(self.table, 1)

    # -- for subclasses --------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def rows_of(self, snapshot: SettingsSnapshot) -> list[Record]:
        raise NotImplementedError

    def cells(self, record: Record) -> list[str]:
        raise NotImplementedError

    def describe(self, record: Record) -> str:
        return str(getattr(record, "name", ""))

    def make_editor(self, record: Record | None):
        """The editor dialog for ``record`` (None: a new one)."""
        raise NotImplementedError

    def member_note(self) -> str:
        """Shown above the table when this school may only look."""
        return ""

    def new_text(self) -> str:
        return self.tr("Add")

    def edit_text(self) -> str:
        return self.tr("Edit")

    def delete_text(self) -> str:
        return self.tr("Delete")

    def can_edit(self, snapshot: SettingsSnapshot) -> bool:
        return snapshot.is_lead

    # -- behaviour -------------------------------------------------------------------------
    def show_snapshot(self, snapshot: SettingsSnapshot) -> None:
        keep = self.current_record()
        self.editable = self.can_edit(snapshot)
        self.records = self.rows_of(snapshot)
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            for column, text in enumerate(self.cells(record)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setEnabled(self.editable)
        note = "" if self.editable else self.member_note()
        self.note.setText(note)
        self.note.setVisible(bool(note))
        uuids = [r.uuid for r in self.records]
        if keep is not None and keep.uuid in uuids:
            self.table.selectRow(uuids.index(keep.uuid))
        elif self.records:
            self.table.selectRow(0)

    def current_record(self) -> Record | None:
        row = self.table.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def new_record(self) -> None:
        if self.editable:
            self._open(None)

    def open_current(self) -> None:
        record = self.current_record()
        if self.editable and record is not None:
            self._open(record)

    def _open(self, record: Record | None) -> None:
        self.editor = self.make_editor(record)
        self.editor.setAttribute(Qt.WA_DeleteOnClose)  # editors come and go; don't pile up
        self.editor.open()

    def delete_current(self) -> None:
        record = self.current_record()
        if not self.editable or record is None:
            return
        what = self.describe(record)
        answer = QMessageBox.question(
            self, self.tr("Delete"),
            self.tr("Delete \"{what}\"? You can undo this right after.").format(what=what),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer == QMessageBox.Yes:
            self.ctx.delete(self.record_class, record.uuid, what)


__all__ = ["TableSection", "chosen"]
