"""Editors that show another school's record without letting it be changed.

Records belong to the school that wrote them (the services refuse any other school's edit);
the form says so up front instead of failing at Save.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QComboBox, QDialogButtonBox,
                               QLineEdit, QPlainTextEdit)

from ..widgets.record_editor import RecordEditor


class OwnedRecordEditor(RecordEditor):
    """A RecordEditor that can be frozen for a record this school does not own."""

    read_only = False

    def freeze(self, note: str) -> None:
        """Make every field read-only, drop Save, and say why at the top."""
        self.read_only = True
        body = self.body
        for w in body.findChildren(QLineEdit) + body.findChildren(QPlainTextEdit):
            if not isinstance(w.parent(), QComboBox):
                w.setReadOnly(True)
        for w in body.findChildren(QAbstractSpinBox):
            w.setReadOnly(True)
            w.setButtonSymbols(QAbstractSpinBox.NoButtons)
        for w in body.findChildren(QComboBox) + body.findChildren(QCheckBox):
            w.setEnabled(False)
        self.buttons.button(QDialogButtonBox.Save).hide()
        self.errors.show_general(note)
        self.general_error.setStyleSheet("")

    def save(self) -> None:
        if not self.read_only:
            super().save()
