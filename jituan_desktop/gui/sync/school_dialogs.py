"""The lead's small dialogs about member schools: add one, approve a laptop, revoke one.

Each runs its use case on the database thread when OK is pressed; a refusal is shown in the
dialog with everything typed kept, and the dialog closes only when the use case succeeded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QMessageBox, QVBoxLayout, QWidget)

from ...domain.messages import ValidationError
from ...sync import membership as sync_membership
from ...sync import results as st
from ...sync.results import SchoolSyncState
from ..context import AppContext
from ..qt_text import error_text
from ..widgets.field_errors import FieldErrors, error_label
from ..widgets.screen_fit import fit_to_screen
from .header_panel import fingerprint_font
from .sync_labels import INSTALLATION_STATES, label


class JobDialog(QDialog):
    """A form whose OK runs one use case; ``result`` holds its answer once accepted."""

    def __init__(self, ctx: AppContext, title: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: Any = None
        self.running = False
        self.setWindowTitle(title)
        self.body = QVBoxLayout(self)
        self.general_error = error_label(self)
        self.errors = FieldErrors(self.general_error)
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        self.body.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body.addWidget(self.buttons)

    def showEvent(self, event) -> None:
        """Typing starts in the first field, and Tab goes through the fields before OK: the
        buttons were made before the subclass's fields, so Qt's creation order is wrong."""
        super().showEvent(event)
        fields = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.FieldRole)
            holder = item.widget() if item is not None else None
            if holder is not None:  # FieldErrors wraps each field with its message
                fields += [w for w in (holder, *holder.findChildren(QWidget))
                           if w.focusPolicy() & Qt.TabFocus][:1]
        ok = self.buttons.button(QDialogButtonBox.Ok)
        for before, after in zip(fields, fields[1:] + [ok]):
            QWidget.setTabOrder(before, after)
        if fields and self.focusWidget() not in fields:
            fields[0].setFocus()

    def job(self) -> Callable | None:
        """The use case to run (a function of the store), or None to stay open."""
        raise NotImplementedError

    def submit(self) -> None:
        if self.running:
            return
        job = self.job()
        if job is None:
            return
        self.errors.clear()
        self.running = True
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.ctx.run(job, self._done, self._refused)

    def _done(self, value: Any) -> None:
        self.running = False
        self.result_value = value
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.running = False
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(error.problems)
        else:
            self.errors.show_general(error_text(error))
        self.adjustSize()  # grow with the message instead of cutting it off


class AddSchoolDialog(JobDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, self.tr("Add a member school"), parent)
        self.name = QLineEdit(self)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("Left empty: the next free code (S02, S03 …)"))
        self.errors.add_row(self.form, self.tr("School name"), self.name, "name", "school_name")
        self.errors.add_row(self.form, self.tr("School code (optional)"), self.code, "code",
                            "school_code")
        fit_to_screen(self, (max(420, self.sizeHint().width()), self.sizeHint().height()))

    def job(self):
        name, code = self.name.text().strip(), self.code.text().strip() or None
        return lambda store: sync_membership.add_school(store, name, code=code)


class ApproveDialog(JobDialog):
    """The lead types the fingerprint the member reads over the phone."""

    def __init__(self, ctx: AppContext, school: SchoolSyncState, parent=None):
        super().__init__(ctx, self.tr("Approve {school}").format(school=school.name), parent)
        self.school = school
        explain = QLabel(self.tr(
            "Phone {school} and ask them to read the fingerprint shown on their Sync page. "
            "Type it here: it must match the join request you imported.").format(
            school=school.name), self)
        explain.setWordWrap(True)
        self.body.insertWidget(0, explain)
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setFont(fingerprint_font(self.fingerprint, 4))
        self.fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.errors.add_row(self.form, self.tr("Fingerprint read by the school"),
                            self.fingerprint, "fingerprint")
        fit_to_screen(self, (max(480, self.sizeHint().width()), self.sizeHint().height()))

    def job(self):
        typed = self.fingerprint.text().strip()
        if not typed:
            self.errors.show_general(self.tr("Type the fingerprint the school reads to you."))
            return None
        school = self.school.school
        return lambda store: sync_membership.approve(store, school, typed)


class RevokeDialog(JobDialog):
    """Revoke one laptop of a school (a stolen one, say); asks again before doing it."""

    def __init__(self, ctx: AppContext, school: SchoolSyncState, parent=None):
        super().__init__(ctx, self.tr("Revoke a laptop of {school}").format(school=school.name),
                         parent)
        self.school = school
        explain = QLabel(self.tr("Bundles signed by a revoked laptop are refused from now on. "
                                 "The school's records already received stay."), self)
        explain.setWordWrap(True)
        self.body.insertWidget(0, explain)
        self.installation = QComboBox(self)
        for info in school.installations:
            if info.state != st.INSTALLATION_REVOKED:
                self.installation.addItem(
                    f"{info.fingerprint}  ({label(INSTALLATION_STATES, info.state)})",
                    info.installation)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("For example: laptop stolen"))
        self.errors.add_row(self.form, self.tr("Laptop (fingerprint)"), self.installation,
                            "installation")
        self.errors.add_row(self.form, self.tr("Reason"), self.reason, "reason")
        fit_to_screen(self, (max(480, self.sizeHint().width()), self.sizeHint().height()))

    def job(self):
        installation = self.installation.currentData()
        if installation is None:
            self.errors.show_general(self.tr("This school has no laptop to revoke."))
            return None
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("Revoke the laptop {fingerprint} of {school}? Its bundles will be refused.")
            .format(fingerprint=self.installation.currentText(), school=self.school.name))
        if answer != QMessageBox.Yes:
            return None
        reason = self.reason.text().strip()
        return lambda store: sync_membership.revoke(store, installation, reason=reason)
