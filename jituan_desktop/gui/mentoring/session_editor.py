"""The full 指导记录 form: what was done, what the mentee took away, the mentor's feedback,
next steps, the lesson it was about, and photos of the paper record."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ...domain.enums import SessionKind
from ...domain.records import MentorPairing, MentorSession
from ...services import mentoring_ops
from ..context import AppContext
from ..qt_text import shown_day
from ..widgets.attachments_widget import AttachmentsWidget
from ..widgets.pickers import DateEdit, EnumCombo, SearchableCombo
from ..widgets.record_editor import RecordEditor

MAX_MINUTES = 600


def minutes_box(parent=None) -> QSpinBox:
    """Minutes, 0 shown blank: a session whose length nobody noted."""
    box = QSpinBox(parent)
    box.setRange(0, MAX_MINUTES)
    box.setSingleStep(5)
    box.setSpecialValueText(" ")
    return box


def minutes_of(box: QSpinBox) -> int | None:
    return box.value() or None


class SessionEditor(RecordEditor):
    preferred_size = (620, 720)  # less on a smaller screen; the form scrolls

    def __init__(self, ctx: AppContext, pairing: MentorPairing,
                 record: MentorSession | None = None, parent=None, *,
                 preset: MentorSession | None = None):
        """``preset``: what the quick-add row already holds, for a new session."""
        self.pairing = pairing
        self.preset = preset
        self._linked: str | None = (record or preset).observation if (record or preset) else None
        self._lessons_loaded = False
        super().__init__(ctx, record, parent)
        directory = ctx.directory
        names = (directory.teacher_name(pairing.mentor), directory.teacher_name(pairing.mentee)) \
            if directory else ("", "")
        self.setWindowTitle(self.tr("Mentor session: {mentor} → {mentee}").format(
            mentor=names[0], mentee=names[1]))
        self.attachments.changed.connect(self.mark_dirty)
        if record is not None and directory is not None \
                and record.owner_school != directory.my_school:
            self.freeze(self.tr("This session was recorded by {school}; only that school can "
                                "change it.").format(school=directory.school_name(
                                    record.owner_school)))
        ctx.run(lambda store: mentoring_ops.linkable_observations(store, pairing),
                self._lessons_arrived)

    def build_form(self, body: QWidget) -> None:
        form = QFormLayout(body)
        self.session_date = DateEdit(parent=body)
        self.kind = EnumCombo(SessionKind, body)
        self.duration = minutes_box(body)
        self.duration.setSuffix(self.tr(" min"))
        self.topic = QLineEdit(body)
        self.content = self._text(body, self.tr("What was done: the lesson, the discussion …"))
        self.takeaway = self._text(body, self.tr("What the mentee took away"))
        self.feedback = self._text(body, self.tr("The mentor's feedback"))
        self.next_steps = self._text(body, self.tr("What comes next"))
        self.observation = SearchableCombo(body, allow_empty=True)
        self.observation.lineEdit().setPlaceholderText(self.tr("A lesson one of the pair observed"))
        self.attachments = AttachmentsWidget(self.ctx, body)
        e = self.errors
        e.add_row(form, self.tr("Date"), self.session_date, "session_date")
        e.add_row(form, self.tr("Kind"), self.kind, "kind")
        e.add_row(form, self.tr("Duration"), self.duration, "duration_minutes")
        e.add_row(form, self.tr("Topic"), self.topic, "topic")
        e.add_row(form, self.tr("Content"), self.content, "content")
        e.add_row(form, self.tr("Takeaway"), self.takeaway, "takeaway")
        e.add_row(form, self.tr("Mentor's feedback"), self.feedback, "feedback")
        e.add_row(form, self.tr("Next steps"), self.next_steps, "next_steps")
        e.add_row(form, self.tr("Linked lesson"), self.observation, "observation")
        e.add_row(form, self.tr("Attachments"), self.attachments, "attachments")

    @staticmethod
    def _text(parent: QWidget, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit(parent)
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        box.setMinimumHeight(70)
        return box

    def _lessons_arrived(self, rows: list[dict]) -> None:
        directory = self.ctx.directory
        entries = [(r["uuid"], self.tr("{date} {topic} (taught by {teacher})").format(
                        date=shown_day(r["lesson_date"]), topic=r["topic"],
                        teacher=directory.teacher_name(r["teacher"]) if directory else ""),
                    r["subject"]) for r in rows]
        if self._linked and all(uuid != self._linked for uuid, _, _ in entries):
            entries.insert(0, (self._linked, self.tr("(a lesson no longer listed)"), ""))
        dirty = self.dirty
        self.observation.set_entries(entries)
        self.observation.set_uuid(self._linked)
        self._lessons_loaded = True
        self._dirty = dirty

    def _fill(self, s: MentorSession) -> None:
        self.session_date.set_value(s.session_date)
        self.kind.set_value(s.kind)
        self.duration.setValue(s.duration_minutes or 0)
        self.topic.setText(s.topic)
        self.content.setPlainText(s.content)
        self.takeaway.setPlainText(s.takeaway)
        self.feedback.setPlainText(s.feedback)
        self.next_steps.setPlainText(s.next_steps)
        self.attachments.set_attachments(s.attachments)

    def load_defaults(self) -> None:
        self._fill(self.preset or MentorSession(pairing=self.pairing.uuid,
                                                session_date=self.ctx.today(),
                                                kind=SessionKind.MENTEE_OBSERVES))

    def load(self, record: MentorSession) -> None:
        self._fill(record)

    def collect(self) -> MentorSession:
        chosen = self.observation.uuid() if self._lessons_loaded else self._linked
        values = dict(
            pairing=self.pairing.uuid, session_date=self.session_date.value(),
            kind=SessionKind.parse(self.kind.value()), duration_minutes=minutes_of(self.duration),
            topic=self.topic.text().strip(), content=self.content.toPlainText().strip(),
            takeaway=self.takeaway.toPlainText().strip(),
            feedback=self.feedback.toPlainText().strip(),
            next_steps=self.next_steps.toPlainText().strip(), observation=chosen,
            attachments=self.attachments.attachments())
        if self.record is None:
            return MentorSession(**values)
        return replace(self.record, **values)


__all__ = ["SessionEditor", "minutes_box", "minutes_of", "MAX_MINUTES"]
