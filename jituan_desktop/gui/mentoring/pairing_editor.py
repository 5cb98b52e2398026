"""The 师徒结对 form: who mentors whom, in what, from when, towards what, and how it ended."""

from __future__ import annotations

from dataclasses import replace
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from ...domain.enums import PairingKind, PairingStatus
from ...domain.messages import ValidationError
from ...domain.records import MentorPairing
from ..context import AppContext
from ..teachers.new_teacher import offer_new_teachers
from ..widgets.pickers import UUID_ROLE, DateEdit, EnumCombo, TeacherCombo, TeacherField
from ..widgets.record_editor import RecordEditor


class OptionalDateEdit(DateEdit):
    """A date that may be left empty (a pairing with no planned end)."""

    def __init__(self, parent=None):
        super().__init__(parent=parent, optional=True)


class PairingEditor(RecordEditor):
    preferred_size = (560, 620)  # less on a smaller screen; the form scrolls

    def __init__(self, ctx: AppContext, record: MentorPairing | None = None, parent=None):
        super().__init__(ctx, record, parent)
        self.setWindowTitle(self.tr("Mentor pairing") if record is None
                            else self.tr("Mentor pairing: {mentor} → {mentee}").format(
                                mentor=self._name(record.mentor), mentee=self._name(record.mentee)))
        directory = ctx.directory
        if record is not None and directory is not None \
                and record.owner_school != directory.my_school:
            self.freeze(self.tr("This pairing belongs to {school}; only that school can change "
                                "it.").format(school=directory.school_name(record.owner_school)))
        # An empty roster, or a mentee not on it yet: add the teacher from here.
        self.new_teachers = offer_new_teachers(
            self, [self.mentor_field, self.mentee_field], self._refresh_teachers)

    def _name(self, uuid: str) -> str:
        return self.ctx.directory.teacher_name(uuid) if self.ctx.directory else ""

    def build_form(self, body: QWidget) -> None:
        form = QFormLayout(body)
        teachers = self.ctx.directory.teachers if self.ctx.directory else []
        self.mentor = TeacherCombo(body, allow_empty=True)
        self.mentor.set_teachers(teachers)
        self.mentor.lineEdit().setPlaceholderText(self.tr("Name or initials, e.g. zs"))
        self.mentee = TeacherCombo(body, allow_empty=True)
        self.mentee.set_teachers(teachers)
        self.mentee.lineEdit().setPlaceholderText(self.tr("Name or initials, e.g. zs"))
        self.mentee.chosen.connect(self._suggest_subject)
        self.subject = QLineEdit(body)
        self.kind = EnumCombo(PairingKind, body)
        self.start = DateEdit(parent=body)
        self.planned_end = OptionalDateEdit(body)
        self.goals = QPlainTextEdit(body)
        self.goals.setTabChangesFocus(True)
        # No height cap: the box takes the form's spare height. Capped, it sat in the middle
        # of its row, far below its label 目标 (walk of issue 14); the form scrolls anyway.
        self.goals.setPlaceholderText(self.tr("What the mentee should be able to do by the end"))
        self.status = EnumCombo(PairingStatus, body)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.ended_on = DateEdit(parent=body)
        self.end_reason = QLineEdit(body)
        e = self.errors
        self.mentor_field = TeacherField(self.mentor, body)
        self.mentee_field = TeacherField(self.mentee, body)
        e.add_row(form, self.tr("Mentor"), self.mentor_field, "mentor")
        e.add_row(form, self.tr("Mentee"), self.mentee_field, "mentee")
        e.add_row(form, self.tr("Subject"), self.subject, "subject")
        e.add_row(form, self.tr("Kind"), self.kind, "kind")
        e.add_row(form, self.tr("Start"), self.start, "start")
        e.add_row(form, self.tr("Planned end"), self.planned_end, "planned_end")
        self.goals_row = e.add_row(form, self.tr("Goals"), self.goals, "goals")
        e.add_row(form, self.tr("Status"), self.status, "status")
        self.ended_row = e.add_row(form, self.tr("Ended on"), self.ended_on, "ended_on")
        self.reason_row = e.add_row(form, self.tr("Reason"), self.end_reason, "end_reason")
        self.form = form

    def _refresh_teachers(self, directory) -> None:
        """A teacher was added from here: the pickers offer the roster as it is now."""
        self.mentor.set_teachers(directory.teachers)
        self.mentee.set_teachers(directory.teachers)

    def _suggest_subject(self, teacher: str | None) -> None:
        """A new pairing is usually in the mentee's own subject."""
        entry = self.ctx.directory.teacher(teacher) if self.ctx.directory else None
        if entry and entry.subjects and not self.subject.text().strip():
            self.subject.setText(entry.subjects[0])

    def _status_changed(self, *_args) -> None:
        ended = self.status.value() != PairingStatus.ACTIVE
        self.form.setRowVisible(self.ended_row, ended)
        self.form.setRowVisible(self.reason_row, ended)

    def load_defaults(self) -> None:
        self.start.set_value(self.ctx.today())
        self.ended_on.set_value(self.ctx.today())
        self._status_changed()

    def _choose(self, combo: TeacherCombo, uuid: str) -> None:
        """Choose ``uuid`` even when that teacher has since left (an old pairing)."""
        if combo.findData(uuid, UUID_ROLE) < 0 and self.ctx.directory:
            combo.set_teachers(self.ctx.directory.teachers, include_inactive=True)
        combo.set_uuid(uuid)

    def load(self, record: MentorPairing) -> None:
        self._choose(self.mentor, record.mentor)
        self._choose(self.mentee, record.mentee)
        self.subject.setText(record.subject)
        self.kind.set_value(record.kind)
        self.start.set_value(record.start)
        self.planned_end.set_optional(record.planned_end)
        self.goals.setPlainText(record.goals)
        self.status.set_value(record.status)
        self.ended_on.set_value(record.ended_on or self.ctx.today())
        self.end_reason.setText(record.end_reason)
        self._status_changed()

    def collect(self) -> MentorPairing:
        unknown = [p for p in (self.mentor_field.problem("mentor"),
                               self.mentee_field.problem("mentee")) if p]
        if unknown:
            raise ValidationError(unknown)
        ended = self.status.value() != PairingStatus.ACTIVE
        values = dict(
            mentor=self.mentor.uuid() or "", mentee=self.mentee.uuid() or "",
            subject=self.subject.text().strip(),
            kind=PairingKind.parse(self.kind.value()),
            start=self.start.value(), planned_end=self.planned_end.optional_value(),
            goals=self.goals.toPlainText().strip(),
            status=PairingStatus.parse(self.status.value()),
            ended_on=self.ended_on.value() if ended else None,
            end_reason=self.end_reason.text().strip() if ended else "")
        if self.record is None:
            return MentorPairing(**values)
        return replace(self.record, **values)


__all__ = ["PairingEditor", "OptionalDateEdit"]
