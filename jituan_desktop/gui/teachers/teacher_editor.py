"""Adding or changing one teacher of the roster.

A record belongs to the school that wrote it (services.record_ops refuses to change another
school's record), so a member school adds teachers to its own roster only; the lead school,
which sends rosters back to its members, may add a teacher to any school. A teacher another
school owns opens read-only, saying why.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout,
                               QLineEdit, QWidget)

from ...domain.enums import Gender, Position
from ...domain.records import Teacher
from ..context import AppContext
from ..widgets.pickers import EnumCombo
from ..widgets.record_editor import RecordEditor
from .teacher_choices import BACKBONE, GRADES, SUBJECTS, TITLES, backbone_label
from .value_list_field import ValueListField


class TeacherEditor(RecordEditor):
    preferred_size = (620, 560)  # less on a smaller screen; the form scrolls

    def __init__(self, ctx: AppContext, record: Teacher | None = None, parent=None):
        super().__init__(ctx, record, parent)
        self.setWindowTitle(self.tr("New teacher") if self.is_new else self.tr("Teacher"))
        self.read_only = not self.is_new and not self.owned
        if self.read_only:
            self._show_read_only()
        else:
            self.name.setFocus()  # the school is already chosen; the name is what one types

    @property
    def directory(self):
        return self.ctx.directory

    @property
    def owned(self) -> bool:
        """Whether this installation may change the record (see module docstring)."""
        my_school = self.directory.my_school if self.directory else None
        return self.record is None or self.record.owner_school == my_school

    # -- the form ---------------------------------------------------------------------------
    def build_form(self, body: QWidget) -> None:
        form = QFormLayout(body)
        self.school = QComboBox(body)
        self.name = QLineEdit(body)
        self.gender = EnumCombo(Gender, body, allow_empty=True)
        self.subjects = ValueListField(SUBJECTS, body)
        self.subjects.line.setPlaceholderText(self.tr("e.g. 语文、数学"))
        self.grades = ValueListField(GRADES, body)
        self.position = EnumCombo(Position, body)
        self.title = QComboBox(body)
        self.title.setEditable(True)
        self.title.addItems(["", *TITLES])
        self.backbone_boxes: dict[str, QCheckBox] = {}
        backbone_row = QWidget(body)
        row = QHBoxLayout(backbone_row)
        row.setContentsMargins(0, 0, 0, 0)
        for value, _label in BACKBONE:
            box = QCheckBox(backbone_label(value), backbone_row)
            self.backbone_boxes[value] = box
            row.addWidget(box)
        row.addStretch(1)
        self.phone = QLineEdit(body)
        self.active = QCheckBox(self.tr("Still teaching here"), body)
        self.active.setToolTip(self.tr("Uncheck when the teacher has left: their records stay, "
                                       "and the forms stop offering them."))
        add = self.errors.add_row
        add(form, self.tr("School"), self.school, "school")
        add(form, self.tr("Name"), self.name, "name")
        add(form, self.tr("Gender"), self.gender, "gender")
        add(form, self.tr("Subjects"), self.subjects, "subjects")
        add(form, self.tr("Grades taught"), self.grades, "grades")
        add(form, self.tr("Position"), self.position, "position")
        add(form, self.tr("Professional title"), self.title, "title")
        add(form, self.tr("Backbone titles"), backbone_row, "backbone")
        add(form, self.tr("Phone"), self.phone, "phone")
        add(form, self.tr("Status"), self.active, "active")
        self.subjects.edited.connect(self.mark_dirty)
        self.grades.edited.connect(self.mark_dirty)
        self._fill_schools()

    def _fill_schools(self) -> None:
        """Every school for the lead school; a member's own school only (and the school of
        a record being shown, whoever owns it)."""
        directory = self.directory
        if directory is None:
            return
        current = self.record.school if self.record is not None else None
        for school in directory.schools:
            if directory.is_lead or school.uuid in (directory.my_school, current):
                self.school.addItem(school.name, school.uuid)
        self.school.setEnabled(self.school.count() > 1)

    def _show_read_only(self) -> None:
        owner = self.directory.school_name(self.record.owner_school) if self.directory else ""
        self.freeze(self.tr("This teacher was entered by {school}; only that school can "
                            "change the record.").format(school=owner or "?"))

    # -- record <-> form --------------------------------------------------------------------
    def load_defaults(self) -> None:
        my_school = self.directory.my_school if self.directory else None
        self._choose_school(my_school)
        self.position.set_value(Position.TEACHER)
        self.active.setChecked(True)

    def load(self, record: Teacher) -> None:
        self._choose_school(record.school)
        self.name.setText(record.name)
        self.gender.set_value(record.gender)
        self.subjects.set_value(record.subjects)
        self.grades.set_value(record.grades)
        self.position.set_value(record.position)
        self.title.setEditText(record.title)
        for value, box in self.backbone_boxes.items():
            box.setChecked(value in record.backbone)
        self.phone.setText(record.phone)
        self.active.setChecked(record.active)

    def _choose_school(self, uuid: str | None) -> None:
        index = self.school.findData(uuid) if uuid else -1
        self.school.setCurrentIndex(max(index, 0) if self.school.count() else -1)

    def collect(self) -> Teacher:
        # A title this form does not offer (from another school's roster) is kept as it was.
        kept = [v for v in (self.record.backbone if self.record else [])
                if v not in self.backbone_boxes]
        values = dict(
            school=self.school.currentData() or "",
            name=self.name.text().strip(),
            gender=self.gender.value(),
            subjects=self.subjects.value(),
            grades=self.grades.value(),
            position=self.position.value(),
            title=self.title.currentText().strip(),
            backbone=[v for v, box in self.backbone_boxes.items() if box.isChecked()] + kept,
            phone=self.phone.text().strip(),
            active=self.active.isChecked(),
        )
        if self.record is None:
            return Teacher(**values)
        return replace(self.record, **values)


__all__ = ["TeacherEditor"]
