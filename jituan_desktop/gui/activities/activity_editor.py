"""The editor of one alliance activity (联盟活动): what, when, where, who, and what came of it.

A new activity is hosted by the user's own school on today's date. An activity of another
school opens read-only: only its owner may change it (the store refuses otherwise).
The directory (``ctx.directory``) must be loaded before the editor is built.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QWidget)

from ...domain.enums import ActivityType, Mode
from ...domain.records import Activity
from ..reports import record_printer
from ..widgets.attachments_widget import AttachmentsWidget
from ..widgets.form_parts import SchoolTicks, TimeRange, text_box
from ..widgets.pickers import DateEdit, EnumCombo, SearchableCombo
from ..widgets.record_editor import RecordEditor
from .participants_table import ParticipantsTable
from .type_fields import TypeFields

class ActivityEditor(RecordEditor):
    preferred_size = (780, 700)  # less on a smaller screen; the form scrolls

    def __init__(self, ctx, record: Activity | None = None, parent=None):
        self.directory = ctx.directory
        super().__init__(ctx, record, parent)
        self.setWindowTitle(self.tr("New alliance activity") if record is None
                            else self.tr("Alliance activity"))
        self.read_only = (record is not None
                          and record.owner_school != self.directory.my_school)
        if self.read_only:
            self._make_read_only(record)
        record_printer.add_to_editor(self, "activity")  # 打印: the 联盟活动登记表

    # -- the form --------------------------------------------------------------------------
    def build_form(self, body: QWidget) -> None:
        d = self.directory
        form = QFormLayout(body)
        add = self.errors.add_row
        self.type = EnumCombo(ActivityType, body)
        add(form, self.tr("Activity type"), self.type, "type", "extra")
        self.title = QLineEdit(body)
        add(form, self.tr("Title"), self.title, "title")
        self.activity_date = DateEdit(parent=body)
        add(form, self.tr("Date"), self.activity_date, "activity_date")
        times = TimeRange(body)
        self.start_time, self.end_time = times.start, times.end
        add(form, self.tr("Time"), times, "start_time", "end_time")
        self.place = QLineEdit(body)
        add(form, self.tr("Place"), self.place, "place")
        self.mode = EnumCombo(Mode, body)
        add(form, self.tr("Mode"), self.mode, "mode")
        self.host_school = SearchableCombo(body, allow_empty=False)
        self.host_school.set_entries((s.uuid, s.name, s.code) for s in d.schools)
        self.host_school.chosen.connect(self._host_changed)
        add(form, self.tr("Host school"), self.host_school, "host_school")
        self.schools = SchoolTicks(d.schools, body)
        self.schools.itemChanged.connect(self.mark_dirty)
        add(form, self.tr("Participating schools"), self.schools, "schools")
        self.participants = ParticipantsTable(d, body)
        self.participants.changed.connect(self.mark_dirty)
        add(form, self.tr("Participants"), self.participants, "participants")
        self.teachers_reached = QSpinBox(body)
        self.teachers_reached.setRange(0, 100000)  # the limits validate_activity sets
        self.count_button = QPushButton(self.tr("Count the participants"), body)
        self.count_button.setToolTip(self.tr("Set the teachers reached to the number of "
                                             "teachers listed above"))
        self.count_button.clicked.connect(self.count_participants)
        # A new activity's 人次 follows the participant list until someone types a number
        # (often larger: everyone in the hall, not only those named).
        self._reached_follows, self._counting = True, False
        self.teachers_reached.valueChanged.connect(self._reached_typed)
        self.participants.changed.connect(
            lambda: self._reached_follows and self.count_participants())
        reached = QWidget(body)
        box = QHBoxLayout(reached)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.teachers_reached)
        box.addWidget(self.count_button)
        box.addStretch(1)
        reached.setFocusProxy(self.teachers_reached)
        add(form, self.tr("Teachers reached"), reached, "teachers_reached")
        self.students_reached = QSpinBox(body)
        self.students_reached.setRange(0, 1000000)
        for box in (self.teachers_reached, self.students_reached):
            box.setMinimumWidth(110)
            box.setMaximumWidth(140)
        add(form, self.tr("Students reached"), self.students_reached, "students_reached")
        self.type_fields = TypeFields(d, body)
        self.type_fields.watch_dates(self.errors)
        self.type_label = QLabel(self.tr("For this type"), body)
        form.addRow(self.type_label, self.type_fields)
        self.type.currentIndexChanged.connect(lambda _: self._type_changed())
        self.agenda = text_box(body)
        add(form, self.tr("Agenda"), self.agenda, "agenda")
        self.notes = text_box(body)
        add(form, self.tr("Activity record"), self.notes, "notes")
        self.outcomes = text_box(body)
        add(form, self.tr("Outcomes"), self.outcomes, "outcomes")
        self.attachments = AttachmentsWidget(self.ctx, body)
        self.attachments.changed.connect(self.mark_dirty)
        self.attachments.setToolTip(self.tr("Sign-in sheets, photos, slides"))
        add(form, self.tr("Attachments"), self.attachments, "attachments")
        self._type_changed()

    def _type_changed(self) -> None:
        self.type_fields.set_type(self.type.value())
        self.type_label.setVisible(self.type_fields.isVisibleTo(self.body))

    def _host_changed(self, host: str | None) -> None:
        self.schools.set_host(host)

    def count_participants(self) -> None:
        """人次 from the participant list: each teacher once, whatever their roles."""
        self._counting = True
        self.teachers_reached.setValue(len({p.teacher for p in self.participants.participants()}))
        self._counting = False
        self.mark_dirty()

    def _reached_typed(self, _value: int) -> None:
        if not self._counting:
            self._reached_follows = False

    # -- in and out ------------------------------------------------------------------------
    def load_defaults(self) -> None:
        self.type.set_value(ActivityType.COLLECTIVE_PREP)
        self.activity_date.set_value(self.ctx.today())
        self.mode.set_value(Mode.ONSITE)
        self.host_school.set_uuid(self.directory.my_school)
        self._host_changed(self.directory.my_school)
        self.type_fields.set_values({}, self.ctx.today())

    def load(self, record: Activity) -> None:
        self.type.set_value(record.type)
        self.title.setText(record.title)
        self.activity_date.set_value(record.activity_date)
        self.start_time.setText(record.start_time)
        self.end_time.setText(record.end_time)
        self.place.setText(record.place)
        self.mode.set_value(record.mode)
        self.host_school.set_uuid(record.host_school)
        self._host_changed(record.host_school)
        self.schools.set_ticked(record.schools)
        self.participants.set_participants(record.participants)
        self.teachers_reached.setValue(record.teachers_reached)
        self.students_reached.setValue(record.students_reached)
        self.agenda.setPlainText(record.agenda)
        self.notes.setPlainText(record.notes)
        self.outcomes.setPlainText(record.outcomes)
        self.attachments.set_attachments(record.attachments)
        self.type_fields.set_values(record.extra, record.activity_date)
        self._type_changed()

    def chosen_schools(self) -> list[str]:
        return self.schools.ticked(self.host_school.uuid(),
                                   self.record.schools if self.record else [])

    def collect(self) -> Activity:
        values = dict(
            host_school=self.host_school.uuid() or "", schools=self.chosen_schools(),
            type=self.type.value(), title=self.title.text().strip(),
            activity_date=self.activity_date.value(), start_time=self.start_time.text().strip(),
            end_time=self.end_time.text().strip(), place=self.place.text().strip(),
            mode=self.mode.value(), participants=self.participants.participants(),
            teachers_reached=self.teachers_reached.value(),
            students_reached=self.students_reached.value(),
            agenda=self.agenda.toPlainText(), notes=self.notes.toPlainText(),
            outcomes=self.outcomes.toPlainText(), extra=self.type_fields.values(),
            attachments=self.attachments.attachments())
        if self.record is None:
            return Activity(**values)
        return dataclasses.replace(self.record, **values)

    # -- another school's activity ---------------------------------------------------------
    def _make_read_only(self, record: Activity) -> None:
        owner = self.directory.school_name(record.owner_school) or record.owner_school
        self.freeze(self.tr("This activity belongs to {school}: it can be read here and "
                            "changed only there.").format(school=owner))

    def freeze_parts(self) -> None:
        self.schools.freeze()
        self.participants.set_read_only(True)
        self.type_fields.set_read_only(True)


__all__ = ["ActivityEditor"]
