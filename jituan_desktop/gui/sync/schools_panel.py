"""成员学校 (lead only): every school of the alliance, its state, what it last sent and
whether it has reported this month; adding a school, inviting, approving and revoking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from ...services.changes import Changes
from ...sync import membership as sync_membership
from ...sync import results as st
from ...sync.results import SchoolSyncState
from ..context import AppContext
from ..qt_text import error_text
from ..widgets import file_dialogs
from ..widgets.field_errors import ERROR_STYLE
from .result_table import fill_row, read_only_table, selected
from .school_dialogs import AddSchoolDialog, ApproveDialog, JobDialog, RevokeDialog
from .sync_labels import SCHOOL_STATES, label, when

NOT_REPORTED = QBrush(QColor("#fff3cd"))


class SchoolsPanel(QWidget):
    changed = Signal()  # a school was added, invited, approved or revoked

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.states: list[SchoolSyncState] = []
        self.dialog: JobDialog | None = None  # the one open (tests drive it)
        self._pending_select: str | None = None  # a school just added, chosen once shown
        self.last_folder = ""
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add school…"), self)
        self.invite_button = QPushButton(self.tr("Write invitation…"), self)
        self.invite_button.setToolTip(self.tr("Write the invitation file for the chosen school "
                                              "into a folder (for example a USB stick)."))
        self.approve_button = QPushButton(self.tr("Approve…"), self)
        self.approve_button.setToolTip(self.tr("Approve the school's laptop after comparing "
                                               "its fingerprint by phone."))
        self.revoke_button = QPushButton(self.tr("Revoke…"), self)
        self.add_button.clicked.connect(self.add_school)
        self.invite_button.clicked.connect(self.invite)
        self.approve_button.clicked.connect(self.approve)
        self.revoke_button.clicked.connect(self.revoke)
        for button in (self.add_button, self.invite_button, self.approve_button,
                       self.revoke_button):
            bar.addWidget(button)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.table = read_only_table(self, [
            self.tr("School"), self.tr("Code"), self.tr("State"),
            self.tr("Last bundle received"), self.tr("Records"), self.tr("Reported this month")],
            stretch=0)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _: self._default_action())
        outer.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        outer.addWidget(self.message)
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------
    def show_states(self, states: list[SchoolSyncState]) -> None:
        chosen = self.current()
        self.states = list(states)
        self.table.setRowCount(len(self.states))
        for row, school in enumerate(self.states):
            member = school.state != st.LEAD
            reported = (self.tr("Yes") if school.reported_this_month else self.tr("Not yet")) \
                if member else ""
            cells = (school.name, school.code, label(SCHOOL_STATES, school.state),
                     when(school.last_received_at),
                     str(school.last_received_records) if school.last_received_at else "",
                     reported)
            fill_row(self.table, row, cells, background=NOT_REPORTED
                     if member and not school.reported_this_month else None)
        wanted = self._pending_select or (chosen.school if chosen is not None else None)
        if wanted is not None and any(s.school == wanted for s in self.states):
            self._pending_select = None
            self.select(wanted)
        self._update_buttons()

    def select(self, school_uuid: str) -> None:
        for row, school in enumerate(self.states):
            if school.school == school_uuid:
                self.table.selectRow(row)

    def current(self) -> SchoolSyncState | None:
        return selected(self.table, self.states)

    def _update_buttons(self) -> None:
        school = self.current()
        member = school is not None and school.state != st.LEAD
        self.invite_button.setEnabled(member and school.state != st.JOINED)
        self.approve_button.setEnabled(member and any(
            i.state == st.INSTALLATION_WAITING for i in school.installations))
        self.revoke_button.setEnabled(member and any(
            i.state != st.INSTALLATION_REVOKED for i in school.installations))

    def _default_action(self) -> None:
        if self.approve_button.isEnabled():
            self.approve()
        elif self.invite_button.isEnabled():
            self.invite()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # -- actions ---------------------------------------------------------------------------
    def _open(self, dialog: JobDialog, done) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: done(dialog.result_value))
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        dialog.open()

    def add_school(self) -> None:
        def added(school) -> None:
            self._say(self.tr("{school} added with the code {code}. Now write its "
                              "invitation.").format(school=school.name, code=school.code))
            self._pending_select = school.uuid
            self.changed.emit()
            # Every page choosing among schools (filters, reports, the 首页) learns of it.
            self.ctx.announce(Changes().add("created", "School", school.uuid))

        self._open(AddSchoolDialog(self.ctx, self), added)

    def invite(self) -> None:
        school = self.current()
        if school is None:
            return
        folder = file_dialogs.choose_folder(
            self, self.tr("Write the invitation of {school} to which folder?").format(
                school=school.name), self.last_folder)
        if not folder:
            return
        self.last_folder = folder  # the next school's invitation goes on the same stick
        today = self.ctx.today()

        def written(path: Path) -> None:
            self._say(self.tr("The invitation of {school} was written to {path}. Give this file "
                              "to the school: it imports it with “Join an alliance” on its Sync "
                              "page.")
                      .format(school=school.name, path=str(path)))
            self.changed.emit()

        self.ctx.run(lambda store: sync_membership.invite(store, school.school, Path(folder),
                                                          today=today),
                     written, lambda error: self._say(error_text(error), True))

    def approve(self) -> None:
        school = self.current()
        if school is None:
            return

        def approved(info) -> None:
            self._say(self.tr("The laptop {fingerprint} of {school} is approved. If its "
                              "bundles were refused before (not yet approved), import them "
                              "again now. Your next export carries its certificate to the "
                              "school.").format(
                fingerprint=info.fingerprint, school=school.name))
            self.changed.emit()

        self._open(ApproveDialog(self.ctx, school, self), approved)

    def revoke(self) -> None:
        school = self.current()
        if school is None:
            return

        def revoked(info) -> None:
            self._say(self.tr("The laptop {fingerprint} of {school} is revoked.").format(
                fingerprint=info.fingerprint, school=school.name))
            self.changed.emit()

        self._open(RevokeDialog(self.ctx, school, self), revoked)
