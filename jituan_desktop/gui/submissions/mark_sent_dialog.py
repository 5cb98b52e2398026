"""标记为已报送…: when the generated report went to the bureau, to whom and by whom.

The dialog stays open on a refusal (a date before the report was generated, in the future,
nobody to send to), with the message under the field, so nothing typed is lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout)

from ...domain.messages import ValidationError
from ...domain.submissions import DEFAULT_RECIPIENT
from ...services import submission_ops
from ...services.changes import Changes
from ...services.submission_ops import DueReport
from ..context import AppContext
from ..qt_text import error_text, qt_translate
from ..widgets.date_field import DateEdit
from ..widgets.field_errors import FieldErrors, error_label
from ..widgets.pickers import TeacherCombo
from ..widgets.screen_fit import fit_to_screen
from .due_text import report_text


class MarkSentDialog(QDialog):
    sent = Signal(object)  # the Changes written

    def __init__(self, ctx: AppContext, due: DueReport, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.due = due
        self.setWindowTitle(self.tr("Mark as sent"))
        layout = QVBoxLayout(self)
        general = error_label(self)
        layout.addWidget(general)
        self.errors = FieldErrors(general)
        form = QFormLayout()
        layout.addLayout(form)
        form.addRow(self.tr("Report"), _wrapped(report_text(due)))
        self.sent_on = DateEdit(ctx.today(), self)
        self.recipient = QLineEdit(qt_translate("Labels", DEFAULT_RECIPIENT), self)
        self.sent_by = TeacherCombo(self)
        directory = ctx.directory
        if directory is not None:
            self.sent_by.set_teachers(directory.teachers, school=directory.my_school)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(70)
        self.errors.add_row(form, self.tr("Sent on"), self.sent_on, "sent_on")
        self.errors.add_row(form, self.tr("Sent to"), self.recipient, "recipient")
        self.errors.add_row(form, self.tr("Sent by"), self.sent_by, "sent_by")
        self.errors.add_row(form, self.tr("Notes"), self.notes, "notes")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Mark as sent"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_to_screen(self, (460, self.sizeHint().height()))

    def submit(self) -> None:
        try:
            sent_on: date = self.sent_on.value()
        except ValidationError as exc:
            self.errors.show(exc.problems)
            return
        period, today = self.due.period, self.ctx.today()
        recipient, sent_by = self.recipient.text(), self.sent_by.uuid()
        notes = self.notes.toPlainText()
        self.buttons.setEnabled(False)
        self.ctx.run(lambda store: submission_ops.mark_sent(
            store, period, sent_on=sent_on, recipient=recipient, sent_by=sent_by, notes=notes,
            today=today), self._done, self._failed)

    def _done(self, changes: Changes) -> None:
        self.ctx.announce(changes)
        self.sent.emit(changes)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(error.problems)
        else:
            self.errors.show_general(error_text(error))


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


__all__ = ["MarkSentDialog"]
