"""A pairing's 指导记录 as a timeline (newest first), with a one-line quick add above it.

Quick add: date (today), kind (the last one used), topic, minutes — Enter saves. The full
form opens from "Details…" (carrying what the row holds) or by double-clicking a session.
Closing the window with a topic typed but not added asks 保存 / 丢弃 / 取消
(:meth:`SessionTimeline.confirm_close`, which the main window calls through the page).
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLineEdit,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout,
                               QWidget)

from ...domain.enums import SessionKind
from ...domain.list_query import ListQuery
from ...domain.messages import QT_TRANSLATE_NOOP, ValidationError, problem
from ...domain.records import MentorPairing, MentorSession
from ...services import mentoring_ops, query_ops
from ...services.changes import Changes
from ..context import AppContext
from ..paged_table_model import Column, PagedTableModel, day_column
from ..qt_text import coded_label, error_text, shown_day
from ..widgets.field_errors import FieldErrors, error_label
from ..widgets.pickers import DateEdit, EnumCombo
from ..widgets.tables import setup_record_table
from .session_editor import SessionEditor, minutes_box, minutes_of

EXCERPT_CHARS = 40


def excerpt(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= EXCERPT_CHARS else line[:EXCERPT_CHARS] + "…"


TOPIC_NEEDED = QT_TRANSLATE_NOOP("Validation", "Write what the session was about, then press Enter.")


class QuickAddRow(QWidget):
    """Date, kind, topic, minutes on one line; Enter saves; refusals show under the field."""

    submitted = Signal(object)  # the MentorSession the row describes
    details_requested = Signal(object)  # the same, to finish in the full form

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        # Two lines (when, what kind / what, how long): on one line the row needed 820
        # pixels in English and held the page wider than a 1024-pixel projector.
        lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(4)
        first, second = QHBoxLayout(), QHBoxLayout()
        lines.addLayout(first)
        lines.addLayout(second)
        self.general = error_label(self)
        self.errors = FieldErrors(self.general)
        self.default_day = ctx.today()
        self.session_date = DateEdit(self.default_day, self)
        self.kind = EnumCombo(SessionKind, self)
        # The kind shows whole ("Mentee observes mentor's lesson"): it has a line to share
        # with the date only.
        self.kind.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.topic = QLineEdit(self)
        self.topic.setPlaceholderText(self.tr("Topic, then Enter"))
        self.topic.setMinimumWidth(120)
        self.minutes = minutes_box(self)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setToolTip(self.tr("Duration in minutes"))
        for row, widget, field, stretch in (
                (first, self.session_date, "session_date", 0), (first, self.kind, "kind", 0),
                (second, self.topic, "topic", 3), (second, self.minutes, "duration_minutes", 0)):
            row.addLayout(self._with_message(widget, field), stretch)
        first.addStretch(1)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setToolTip(self.tr("Add the session (Enter)"))
        self.add_button.clicked.connect(self.submit)
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.clicked.connect(self._details)
        for b in (self.add_button, self.details_button):
            second.addWidget(b, 0, Qt.AlignTop)
        self.pairing: str | None = None
        self.busy = False

    def _with_message(self, widget: QWidget, field: str) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        message = error_label(self)
        box.addWidget(message)
        box.addStretch(1)
        self.errors.watch(widget, message, field)
        return box

    def follow_today(self) -> None:
        """A date left at its default means today, also when the page was built on an
        earlier day (a laptop that slept overnight with it open); a date chosen stays."""
        today = self.ctx.today()
        if today != self.default_day and \
                self.session_date.text() == self.session_date.shown_text(self.default_day):
            self.session_date.set_value(today)
        self.default_day = today

    def session(self) -> MentorSession:
        self.follow_today()
        return MentorSession(pairing=self.pairing or "", session_date=self.session_date.value(),
                             kind=SessionKind.parse(self.kind.value()),
                             topic=self.topic.text().strip(),
                             duration_minutes=minutes_of(self.minutes))

    def _details(self) -> None:
        self.errors.clear()
        try:
            self.details_requested.emit(self.session())
        except ValidationError as error:  # a typed date that is no date
            self.errors.show(error.problems)

    def keyPressEvent(self, event) -> None:
        # Fields pass Enter up to the row (a line edit, spin box or closed combo ignores it).
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        session = self.ready_session()
        if session is not None:
            self.submitted.emit(session)

    def ready_session(self) -> MentorSession | None:
        """The session to save, or None (with the reason shown under its field)."""
        if not self.pairing or self.busy:
            return None
        self.errors.clear()
        try:
            session = self.session()
        except ValidationError as error:  # a typed date that is no date: nothing is saved
            self.errors.show(error.problems)
            return None
        if not session.topic:
            # A stray Enter must not count a session toward the quota: the row asks for
            # what the session was about (the full form allows a session without one).
            self.errors.show([problem("topic", TOPIC_NEEDED)])
            return None
        return session

    def has_typing(self) -> bool:
        """A topic typed that was not added (what closing the window would lose)."""
        return self.isEnabled() and bool(self.pairing) and bool(self.topic.text().strip())

    def refused(self, error: Exception) -> None:
        """Say why next to the fields; everything typed stays."""
        self.busy = False
        if isinstance(error, ValidationError):
            self.errors.show(error.problems)
        else:
            self.errors.show_general(error_text(error))

    def accepted(self) -> None:
        """Ready for the next one: same date and kind (often a batch from one notebook)."""
        self.busy = False
        self.errors.clear()
        self.topic.clear()
        self.minutes.setValue(0)
        self.topic.setFocus()


class SessionTimeline(QWidget):
    """Quick add, the sessions newest first, and Open / Delete for the chosen one."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.pairing: MentorPairing | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.quick = QuickAddRow(ctx, self)
        self.quick.submitted.connect(self._quick_save)
        self.quick.details_requested.connect(lambda preset: self.open_editor(None, preset))
        layout.addWidget(self.quick)
        layout.addWidget(self.quick.general)
        self.model = PagedTableModel(self._columns(), lambda offset, limit: [],
                                     run=ctx.run_pages, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_record_table(self.table, self.open_current)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button = QPushButton(self.tr("Delete session"), self)
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        ctx.changed.connect(self._on_changed)

    def _columns(self) -> list[Column]:
        return [day_column("session_date", self.tr("Date")),
                Column("kind", self.tr("Kind"), coded_label(SessionKind)),
                Column("topic", self.tr("Topic")),
                Column("duration_minutes", self.tr("Minutes"), str, align_right=True),
                Column("content", self.tr("Content"), excerpt)]

    def set_pairing(self, pairing: MentorPairing | None, *, can_add: bool) -> None:
        self.pairing = pairing
        self.quick.pairing = pairing.uuid if pairing else None
        self.quick.follow_today()
        self.quick.setEnabled(pairing is not None and can_add)
        self.quick.setToolTip("" if can_add else self.tr(
            "Sessions are recorded by the schools of the mentor and the mentee."))
        self.refresh()

    def refresh(self) -> None:
        if self.pairing is None:
            self.model.set_fetch(lambda offset, limit: [])
            return
        store, query = self.ctx.store, ListQuery(filters={"pairing": self.pairing.uuid})
        self.model.set_fetch(lambda offset, limit: query_ops.page(
            store, "mentor_session", query, offset=offset, limit=limit))
        self.model.fetchMore()

    def _on_changed(self, changes: Changes) -> None:
        if "MentorSession" in changes.kinds:
            self.refresh()

    # -- adding ----------------------------------------------------------------------------
    def _quick_save(self, session: MentorSession) -> None:
        self.quick.busy = True
        self.ctx.save(session, lambda _changes: self.quick.accepted(), self.quick.refused)

    def confirm_close(self) -> bool:
        """The window is closing: True to let it. With a session typed in the quick-add row
        and not added, ask: 保存 adds it first (and keeps the window open, with the reason
        under the field, if it is refused), 丢弃 closes, 取消 stays."""
        if not self.quick.has_typing():
            return True
        answer = QMessageBox.question(
            self, self.tr("Session not added"),
            self.tr("The session \"{topic}\" typed in the quick-add row has not been added. "
                    "Add it before closing?").format(topic=self.quick.topic.text().strip()),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Discard:
            return True
        if answer != QMessageBox.Save:
            return False
        return self._save_quick_now()

    def _save_quick_now(self) -> bool:
        """Add the quick row's session and wait for the database thread's answer (a few
        milliseconds): the window closes only once it is kept."""
        session = self.quick.ready_session()
        if session is None:
            return False
        outcome: list[bool] = []
        loop = QEventLoop(self)

        def saved(_changes) -> None:
            self.quick.accepted()
            outcome.append(True)
            loop.quit()

        def refused(error: Exception) -> None:
            self.quick.refused(error)
            outcome.append(False)
            loop.quit()

        self.quick.busy = True
        self.ctx.save(session, saved, refused)
        if not outcome:
            loop.exec()
        return outcome[0]

    def open_editor(self, row: dict | None, preset: MentorSession | None = None) -> None:
        """The full form: on a saved session (``row``) or a new one, from ``preset``."""
        if self.pairing is None:
            return
        pairing = self.pairing
        if row is None:
            editor = SessionEditor(self.ctx, pairing, None, self, preset=preset)
            editor.saved.connect(lambda _record: self.quick.accepted())
            self._show_editor(editor)
            return
        self.ctx.run(lambda store: mentoring_ops.session(store, row["uuid"]),
                     lambda record: self._show_editor(SessionEditor(self.ctx, pairing, record,
                                                                    self)))

    def _show_editor(self, editor: SessionEditor) -> None:
        self.editor = editor  # the dialog open now (tests drive it)
        editor.open()

    def current_row(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_editor(row)

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        directory = self.ctx.directory
        if directory is not None and row["owner_school"] != directory.my_school:
            self.ctx.failed.emit(self.tr("This session was recorded by {school}; only that "
                                         "school can delete it.").format(
                                             school=directory.school_name(row["owner_school"])))
            return
        what = self.tr("{date} {kind} {topic}").format(
            date=shown_day(row["session_date"]), kind=coded_label(SessionKind)(row["kind"]),
            topic=row["topic"]).strip()
        answer = QMessageBox.question(
            self, self.tr("Delete session"),
            self.tr("Delete the session \"{what}\"? You can undo this right after.").format(
                what=what), QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer == QMessageBox.Yes:
            self.ctx.delete(MentorSession, row["uuid"], what)


__all__ = ["SessionTimeline", "QuickAddRow", "excerpt"]
