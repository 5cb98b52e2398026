"""The editor of one meeting's minutes (会议纪要): kind, when and where, who chaired, who
recorded, who attended (from the rosters, by school), the agenda, what was discussed, the
decisions with who follows each up and by when, and attachments such as the 签到表 photo.

A new meeting is hosted by the user's own school on today's date (at the lead school with
every member school ticked, as its 联盟校会议 and 理事会议 are), and its title follows the
kind and month (2026年11月联盟校会议) until one is typed. Another school's meeting opens
read-only: only the school that held it may change it (the store refuses otherwise).
The directory (``ctx.directory``) must be loaded before the editor is built.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from ...domain.meetings import Meeting, MeetingKind
from ...domain.messages import ValidationError
from ..qt_text import label_of
from ..reports import record_printer
from ..widgets.attachments_widget import AttachmentsWidget
from ..widgets.form_parts import SchoolTicks, TimeRange, text_box
from ..widgets.pickers import DateEdit, EnumCombo, SearchableCombo, TeacherCombo
from ..widgets.record_editor import RecordEditor
from .attendees_picker import AttendeesPicker
from .decisions_table import DecisionsTable

class MeetingEditor(RecordEditor):
    preferred_size = (820, 700)  # less on a smaller screen; the form scrolls

    def __init__(self, ctx, record: Meeting | None = None, parent=None):
        self.directory = ctx.directory
        self._title_typed = record is not None
        super().__init__(ctx, record, parent)
        self.setWindowTitle(self.tr("New meeting minutes") if record is None
                            else self.tr("Meeting minutes"))
        self.read_only = (record is not None
                          and record.owner_school != self.directory.my_school)
        if self.read_only:
            owner = self.directory.school_name(record.owner_school) or record.owner_school
            self.freeze(self.tr("These minutes belong to {school}: they can be read here and "
                                "changed only there.").format(school=owner))
        record_printer.add_to_editor(self, "meeting")  # 打印: the 会议纪要

    # -- the form --------------------------------------------------------------------------
    def build_form(self, body: QWidget) -> None:
        d = self.directory
        form = QFormLayout(body)
        add = self.errors.add_row
        self.kind = EnumCombo(MeetingKind, body)
        add(form, self.tr("Meeting kind"), self.kind, "kind")
        self.title = QLineEdit(body)
        self.title.textEdited.connect(lambda _: setattr(self, "_title_typed", True))
        add(form, self.tr("Title"), self.title, "title")
        self.meeting_date = DateEdit(parent=body)
        add(form, self.tr("Date"), self.meeting_date, "meeting_date")
        times = TimeRange(body)
        self.start_time, self.end_time = times.start, times.end
        add(form, self.tr("Time"), times, "start_time", "end_time")
        self.place = QLineEdit(body)
        add(form, self.tr("Place"), self.place, "place")
        self.host_school = SearchableCombo(body, allow_empty=False)
        self.host_school.set_entries((s.uuid, s.name, s.code) for s in d.schools)
        self.host_school.chosen.connect(self._host_changed)
        add(form, self.tr("Host school"), self.host_school, "host_school")
        self.schools = SchoolTicks(d.schools, body, height=110)
        self.schools.itemChanged.connect(self.mark_dirty)
        add(form, self.tr("Participating schools"), self.schools, "schools")
        active = [t for t in d.teachers if t.active]
        self.chair, self.recorder = TeacherCombo(body), TeacherCombo(body)
        for combo in (self.chair, self.recorder):
            combo.set_teachers(active)
        add(form, self.tr("Chair"), self.chair, "chair")
        add(form, self.tr("Recorder"), self.recorder, "recorder")
        self.attendees = AttendeesPicker(d, body)
        self.attendees.changed.connect(self.mark_dirty)
        add(form, self.tr("Attendees"), self.attendees, "attendees")
        self.absent = text_box(body, 50)
        self.absent.setMaximumHeight(80)  # a line or two: who, and why
        self.absent.setPlaceholderText(self.tr("Who was absent, and why"))
        add(form, self.tr("Absent"), self.absent, "absent")
        self.agenda = text_box(body, 70)
        add(form, self.tr("Agenda"), self.agenda, "agenda")
        self.discussion = text_box(body, 110)
        add(form, self.tr("Discussion"), self.discussion, "discussion")
        self.decisions = DecisionsTable(d, self.ctx.today, body)
        self.decisions.changed.connect(self.mark_dirty)
        add(form, self.tr("Decisions"), self.decisions, "decisions")
        self.attachments = AttachmentsWidget(self.ctx, body)
        self.attachments.changed.connect(self.mark_dirty)
        self.attachments.setToolTip(self.tr("The signed attendance sheet, photos, slides"))
        add(form, self.tr("Attachments"), self.attachments, "attachments")
        self.kind.currentIndexChanged.connect(lambda _: self._suggest_title())
        self.meeting_date.dateChanged.connect(lambda _: self._suggest_title())

    def _suggest_title(self) -> None:
        """2026年11月联盟校会议, until the clerk types a title of their own."""
        if self._title_typed or self.read_only:
            return
        try:
            day = self.meeting_date.optional_value()
        except ValidationError:
            return
        kind = self.kind.value()
        if day is None or kind is None:
            return
        self.title.setText(self.tr("{kind} of {month}/{year}").format(
            kind=label_of(kind), month=day.month, year=day.year))

    def _host_changed(self, host: str | None) -> None:
        self.schools.set_host(host)

    # -- in and out ------------------------------------------------------------------------
    def load_defaults(self) -> None:
        mine = self.directory.my_school
        self.kind.set_value(MeetingKind.ALLIANCE)
        self.meeting_date.set_value(self.ctx.today())
        self.host_school.set_uuid(mine)
        self._host_changed(mine)
        if self.directory.is_lead:  # 联盟校会议 and 理事会议 bring every member school
            self.schools.tick_all_but(mine)
        self.attendees.show_school(mine)
        self.attendees.set_attendees([])
        self._suggest_title()

    def load(self, record: Meeting) -> None:
        self.kind.set_value(record.kind)
        self.title.setText(record.title)
        self.meeting_date.set_value(record.meeting_date)
        self.start_time.setText(record.start_time)
        self.end_time.setText(record.end_time)
        self.place.setText(record.place)
        self.host_school.set_uuid(record.host_school)
        self._host_changed(record.host_school)
        self.schools.set_ticked(record.schools)
        for combo, uuid in ((self.chair, record.chair), (self.recorder, record.recorder)):
            if uuid and self.directory.teacher(uuid) is not None:
                entry = self.directory.teacher(uuid)
                if not entry.active:  # a chair who has left since stays on the minutes
                    combo.set_teachers([t for t in self.directory.teachers
                                        if t.active or t.uuid == uuid], include_inactive=True)
            combo.set_uuid(uuid)
        self.attendees.show_school(record.host_school)
        self.attendees.set_attendees(record.attendees)
        self.absent.setPlainText(record.absent)
        self.agenda.setPlainText(record.agenda)
        self.discussion.setPlainText(record.discussion)
        self.decisions.set_decisions(record.decisions)
        self.attachments.set_attachments(record.attachments)

    def chosen_schools(self) -> list[str]:
        return self.schools.ticked(self.host_school.uuid(),
                                   self.record.schools if self.record else [])

    def collect(self) -> Meeting:
        values = dict(
            kind=self.kind.value(), title=self.title.text().strip(),
            meeting_date=self.meeting_date.value(), start_time=self.start_time.text().strip(),
            end_time=self.end_time.text().strip(), place=self.place.text().strip(),
            host_school=self.host_school.uuid() or "", schools=self.chosen_schools(),
            chair=self.chair.uuid(), recorder=self.recorder.uuid(),
            attendees=self.attendees.attendees(), absent=self.absent.toPlainText().strip(),
            agenda=self.agenda.toPlainText(), discussion=self.discussion.toPlainText(),
            decisions=self.decisions.decisions(), attachments=self.attachments.attachments())
        if self.record is None:
            return Meeting(**values)
        return dataclasses.replace(self.record, **values)

    # -- another school's minutes ----------------------------------------------------------
    def freeze_parts(self) -> None:
        self.schools.freeze()
        self.attendees.set_read_only()
        self.decisions.set_read_only()


__all__ = ["MeetingEditor"]
