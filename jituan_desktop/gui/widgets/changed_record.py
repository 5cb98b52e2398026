"""The question a form asks when its record changed since it was opened (issue 14).

Another window, a ``jituan`` command or an imported bundle saved the record meanwhile; the
save was refused and nothing was written (services/edit_conflicts.py). The user chooses:
查看改动 shows, field by field, what is stored now beside what the form holds; 覆盖保存 saves
the form over it (the other version stays in the record's history); 取消 goes back to the
form with everything typed in it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ...domain.records import Record
from ...services import edit_conflicts
from ...services.edit_conflicts import Difference, RecordChanged
from ..context import AppContext
from ..qt_text import error_text, qt_translate

TABLE_HEIGHT = 260  # a few fields' worth; the rest scrolls
TABLE_MIN_HEIGHT = 140
WIDTH = 620  # the message reads in three or four lines; less on a smaller screen


class ChangedRecordDialog(QDialog):
    """Accepted: save the form over the stored version. Rejected: back to the form."""

    def __init__(self, ctx: AppContext, error: RecordChanged, form: Record, parent=None):
        super().__init__(parent)
        self.ctx, self.error, self.form = ctx, error, form
        self.differences: list[Difference] | None = None
        self.setWindowTitle(self.tr("Changed since you opened it"))
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.setMinimumWidth(min(WIDTH, screen.width() - 40))
        layout = QVBoxLayout(self)
        self.message = QLabel(error_text(error) + "\n" + self.tr(
            "Show changes lists what differs between what is saved now and this form. Save "
            "anyway keeps your form (the other version stays in the record's history). "
            "Cancel goes back to the form; nothing you typed is lost."), self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved now"), self.tr("In your form")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.setMaximumHeight(TABLE_HEIGHT)
        self.table.hide()
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Show changes"), self)
        self.overwrite_button = QPushButton(self.tr("Save anyway"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        # Enter never overwrites by accident: only Cancel is ever the default button.
        for button in (self.show_button, self.overwrite_button):
            button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.overwrite_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.show_button.clicked.connect(self.show_changes)
        self.overwrite_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

    def show_changes(self) -> None:
        """Look the names up on the database thread, then list the fields that differ."""
        self.show_button.setEnabled(False)
        stored, form = self.error.current, self.form
        self.ctx.run(lambda store: edit_conflicts.differences(store, stored, form, qt_translate),
                     self._shown, self._failed)

    def _shown(self, found: list[Difference]) -> None:
        self.differences = found
        if not found:
            found = [Difference("", self.tr("(no field differs)"), "", "")]
        self.table.setRowCount(len(found))
        for row, difference in enumerate(found):
            for column, text in enumerate((difference.label, difference.stored,
                                           difference.form)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.show()
        self.table.resizeRowsToContents()
        self.table.setMinimumHeight(TABLE_MIN_HEIGHT)
        self.adjustSize()  # grown to show the table, within the screen (the table scrolls)

    def _failed(self, error: Exception) -> None:
        self.show_button.setEnabled(True)
        self.message.setText(self.message.text() + "\n" + error_text(error))


__all__ = ["ChangedRecordDialog"]
