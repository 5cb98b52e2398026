"""The editor every record type shares: a form, Save (Ctrl+S), Cancel (Esc), inline errors.

A subclass builds its form in ``build_form``, fills it in ``load`` and turns it back into a
record in ``collect``. Saving runs on the database thread; a refusal keeps the dialog open
with everything the user typed and each message next to its field. Closing with unsaved
changes asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox,
                               QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QScrollArea,
                               QTableWidget, QTextEdit, QVBoxLayout, QWidget)

from ...domain.messages import ValidationError
from ...domain.records import Record
from ...services.edit_conflicts import RecordChanged, rebased
from ..context import AppContext
from ..qt_text import error_text
from .attachments_widget import AttachmentsWidget
from .date_field import DateEdit
from .field_errors import FieldErrors, error_label
from .screen_fit import fit_to_screen

# A combo box that only chooses what the form shows (which school's roster to tick from),
# not what it saves: set this property on it and choosing is no unsaved change.
VIEW_ONLY = "jituanViewOnly"
NOTICE_STYLE = "background: #fff8dc; border: 1px solid #e6d9a8; padding: 6px;"
# Read-only inputs look it: the window's grey, not the white of a field waiting for text.
READ_ONLY_STYLE = ("QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"], "
                   "QAbstractSpinBox[readOnly=\"true\"] { background: palette(window); }")


class WheelGuard(QObject):
    """The mouse wheel scrolls the form; it changes a box's value only once the box has
    been clicked or tabbed into. (Rolling past a score or a combo box changed it unseen.)"""

    def __init__(self, scroll: QScrollArea, parent=None):
        super().__init__(parent)
        self.scroll = scroll

    def watch(self, widget: QWidget) -> None:
        widget.setFocusPolicy(Qt.StrongFocus)  # the wheel alone never gives it focus
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Wheel and not watched.hasFocus():
            QCoreApplication.sendEvent(self.scroll.verticalScrollBar(), event)
            return True
        return False


class RecordEditor(QDialog):
    saved = Signal(object)  # the record as saved
    read_only = False  # another school's record, shown but not changeable (see freeze)
    # The size the form is laid out for; a smaller screen gets less and the form scrolls
    # (the buttons below it stay in sight). Subclasses set their own.
    preferred_size: tuple[int, int] | None = None  # None: the form's own size hint

    def __init__(self, ctx: AppContext, record: Record | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.is_new = record is None
        self.saving = False
        self.saving_record: Record | None = None
        self.changed_dialog = None
        self._dirty = False
        self.unsaved_question: QMessageBox | None = None
        self.setModal(True)
        outer = QVBoxLayout(self)
        self.notice = QLabel(self)  # why the form cannot be changed, when it cannot
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.general_error = error_label(self)
        outer.addWidget(self.general_error)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        self.body = QWidget()
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)
        self.errors = FieldErrors(self.general_error)
        self.build_form(self.body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence.Save, self, activated=self.save)
        if record is not None:
            self.load(record)
        else:
            self.load_defaults()
        self._watch_changes()
        self._wheel_guard = WheelGuard(scroll, self)
        for w in self.body.findChildren(QComboBox) + self.body.findChildren(QAbstractSpinBox):
            self._wheel_guard.watch(w)
        self._dirty = False
        fit_to_screen(self, self.preferred_size)

    def showEvent(self, event) -> None:
        """Start typing in the form's first field, not on the scroll area around it."""
        super().showEvent(event)
        focused = self.focusWidget()
        if focused is None or not self.body.isAncestorOf(focused):
            for widget in self.body.findChildren(QWidget):
                if widget.isEnabled() and widget.isVisibleTo(self.body) and \
                        widget.focusPolicy() & Qt.TabFocus:
                    widget.setFocus()
                    break

    # -- for subclasses --------------------------------------------------------------------
    def build_form(self, body: QWidget) -> None:
        raise NotImplementedError

    def load(self, record: Record) -> None:
        raise NotImplementedError

    def load_defaults(self) -> None:
        """Sensible values for a new record (today, the current semester ...)."""

    def collect(self) -> Record:
        """The record the form describes; may raise ValidationError for unreadable input."""
        raise NotImplementedError

    # -- saving ----------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self, *_args) -> None:
        # A form shown read-only cannot be saved, so nothing in it is an unsaved change
        # (what fills in after it shows would otherwise ask "discard?" on closing).
        if not self.read_only:
            self._dirty = True

    # -- another school's record -----------------------------------------------------------
    def freeze(self, note: str) -> None:
        """Show the record without letting it change: records belong to the school that
        wrote them, and the services would refuse the save; say so up front instead."""
        self.read_only = True
        body = self.body
        for w in body.findChildren(QLineEdit) + body.findChildren(QPlainTextEdit):
            if not isinstance(w.parent(), QComboBox):
                w.setReadOnly(True)
        for w in body.findChildren(QAbstractSpinBox):
            w.setReadOnly(True)
            w.setButtonSymbols(QAbstractSpinBox.NoButtons)
        for w in body.findChildren(QComboBox) + body.findChildren(QAbstractButton):
            w.setEnabled(False)
        for w in body.findChildren(QAbstractItemView):
            w.setEditTriggers(QAbstractItemView.NoEditTriggers)
        for w in body.findChildren(AttachmentsWidget):
            w.set_read_only()  # the photos can still be looked at
        body.setStyleSheet(READ_ONLY_STYLE)
        self.buttons.button(QDialogButtonBox.Save).hide()
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Close"))
        self.notice.setText(note)
        self.notice.show()
        self.freeze_parts()

    def freeze_parts(self) -> None:
        """Lock what ``freeze`` cannot know of (a subclass's own composite widgets)."""

    def save(self) -> None:
        if self.saving or self.read_only:  # Ctrl+S reaches a read-only form too
            return
        self.errors.clear()
        try:
            record = self.collect()
        except ValidationError as exc:
            self.errors.show(exc.problems)
            return
        self._write(record)

    def _write(self, record: Record) -> None:
        self.saving = True
        self.buttons.setEnabled(False)
        self.saving_record = record  # what a "changed meanwhile" question is about
        self.write(record, lambda _changes: self._saved(record), self._refused)

    def write(self, record: Record, on_saved, on_error) -> None:
        """Validate and write on the database thread; a subclass may use another use case
        (it must announce the changes, as ``ctx.save`` does)."""
        self.ctx.save(record, on_saved, on_error)

    def _saved(self, record: Record) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.record = record
        self._dirty = False
        self.saved.emit(record)
        self.accept()

    def _refused(self, error: Exception) -> None:
        """Keep the form as typed and say why, next to the fields concerned."""
        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(error.problems)
        else:
            self.errors.show_general(error_text(error))
        if isinstance(error, RecordChanged):
            self._ask_about_change(error)

    def _ask_about_change(self, error: RecordChanged) -> None:
        """The record changed since the form opened (another window, a jituan command, an
        import): show the changes, save over them, or go back to the form (changed_record.py)."""
        from .changed_record import ChangedRecordDialog
        form = self.saving_record
        self.changed_dialog = dialog = ChangedRecordDialog(self.ctx, error, form, self)
        dialog.accepted.connect(lambda: self._write(rebased(form, error.current)))
        dialog.open()

    # -- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        if self.saving:  # the answer is on its way; the form waits for it
            return
        if self._dirty and not self.confirm_discard():
            return
        self._dirty = False
        super().reject()

    def closeEvent(self, event) -> None:
        if self.saving or (self._dirty and not self.confirm_discard()):
            event.ignore()
            return
        super().closeEvent(event)

    def confirm_discard(self) -> bool:
        """Ask what to do with unsaved changes: 保存 (the normal save: the form closes once
        it is written, stays open with its messages when refused), 不保存, or 取消; True
        when the form may close now without saving."""
        box = QMessageBox(QMessageBox.Question, self.tr("Unsaved changes"),
                          self.tr("This form has changes that are not saved. Save them?"),
                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, self)
        box.button(QMessageBox.Save).setText(self.tr("Save"))
        box.button(QMessageBox.Discard).setText(self.tr("Don't save"))
        box.button(QMessageBox.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.Save)
        box.setEscapeButton(QMessageBox.Cancel)
        self.unsaved_question = box  # the question open now (tests answer it)
        answer = box.exec()
        self.unsaved_question = None
        if answer == QMessageBox.Save:
            self.save()
            return False  # _saved closes the form once the record is written
        return answer == QMessageBox.Discard

    def _watch_changes(self) -> None:
        """Any edit in the form counts as an unsaved change."""
        for w in self.body.findChildren(QLineEdit):
            w.textEdited.connect(self.mark_dirty)
        for w in self.body.findChildren(QPlainTextEdit) + self.body.findChildren(QTextEdit):
            w.textChanged.connect(self.mark_dirty)
        for w in self.body.findChildren(QComboBox):
            if not w.property(VIEW_ONLY):
                w.currentIndexChanged.connect(self.mark_dirty)
        for w in self.body.findChildren(QAbstractSpinBox):
            w.editingFinished.connect(self.mark_dirty)
            if hasattr(w, "valueChanged"):
                w.valueChanged.connect(self.mark_dirty)
            if hasattr(w, "dateChanged"):
                w.dateChanged.connect(self.mark_dirty)
        for w in self.body.findChildren(QCheckBox):
            w.toggled.connect(self.mark_dirty)
        for w in self.body.findChildren(DateEdit):
            w.dateChanged.connect(self.mark_dirty)  # a day picked from the calendar
        for w in self.body.findChildren(QTableWidget):
            w.itemChanged.connect(self.mark_dirty)


__all__ = ["RecordEditor", "VIEW_ONLY"]
