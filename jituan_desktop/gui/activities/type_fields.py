"""The fields only some kinds of activity have, kept in ``Activity.extra`` (DESIGN §3).

集体备课 names its 主备人, 单元/课题 and 研讨要点; 支教/轮岗 its 派出学校, 接收学校, 学科 and
起止日期; 送教下乡 where it went and which subject; lessons shown to others (磨课, 同课异构,
示范课) their subject and 课题. Keys are the ones the demo alliance writes, so imported and
generated records open in the same fields. Values are plain text (school and teacher names,
not references) because a 送教 school or a 主备人 may be outside the alliance.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QCompleter, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from ...domain.enums import ActivityType as A
from ...services.directory_ops import Directory
from ..widgets.field_errors import FieldErrors, error_label
from ..widgets.pickers import DateEdit

FIELDS_OF_TYPE: dict[A, tuple[str, ...]] = {
    A.COLLECTIVE_PREP: ("lead_preparer", "unit", "key_points"),
    A.ROTATION: ("sending_school", "receiving_school", "subject", "dates"),
    A.OUTREACH: ("receiving_school", "subject"),
    A.LESSON_POLISHING: ("subject", "unit"),
    A.SAME_TOPIC: ("subject", "unit"),
    A.DEMONSTRATION: ("subject", "unit"),
}
KNOWN = frozenset(key for keys in FIELDS_OF_TYPE.values() for key in keys)
DATES_SEPARATOR = "至"  # 2026-09-01至2027-01-20, as written on the rotation forms
DATES_RE = re.compile(r"(\d{4}-\d{2}-\d{2})\s*(?:至|~|-{1,2}|to)\s*(\d{4}-\d{2}-\d{2})")


def _names_combo(names: list[str], parent: QWidget) -> QComboBox:
    """A choice among known names that still takes any name typed."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.NoInsert)
    combo.addItem("")
    combo.addItems(names)
    combo.completer().setFilterMode(Qt.MatchContains)
    return combo


class TypeFields(QWidget):
    """The rows of ``FIELDS_OF_TYPE`` for the chosen type; the others are hidden, and only
    the shown ones are saved. Keys this form does not know are kept as they were."""

    changed = Signal()

    def __init__(self, directory: Directory, parent=None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        schools = [s.name for s in directory.schools]
        subjects = sorted({s for t in directory.teachers for s in t.subjects})
        self.lead_preparer = QLineEdit(self)
        completer = QCompleter(sorted({t.name for t in directory.teachers if t.active}), self)
        completer.setFilterMode(Qt.MatchContains)
        self.lead_preparer.setCompleter(completer)
        self.unit = QLineEdit(self)
        self.key_points = QPlainTextEdit(self)
        self.key_points.setTabChangesFocus(True)
        self.key_points.setFixedHeight(70)
        self.sending_school = _names_combo(schools, self)
        self.receiving_school = _names_combo(schools, self)
        self.subject = _names_combo(subjects, self)
        self.dates_from = DateEdit(parent=self)
        self.dates_to = DateEdit(parent=self)
        self.dates_from.dateChanged.connect(
            lambda day: day is not None and self.dates_to.set_minimum(day))
        dates = QWidget(self)
        column = QVBoxLayout(dates)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        box = QHBoxLayout()
        box.addWidget(self.dates_from)
        box.addWidget(QLabel(self.tr("to"), dates))
        box.addWidget(self.dates_to)
        box.addStretch(1)
        column.addLayout(box)
        self.dates_message = error_label(dates)  # a typed date refused, under the two fields
        column.addWidget(self.dates_message)
        dates.setFocusProxy(self.dates_from)
        self.rows: dict[str, QWidget] = {
            "lead_preparer": self.lead_preparer, "unit": self.unit,
            "key_points": self.key_points, "sending_school": self.sending_school,
            "receiving_school": self.receiving_school, "subject": self.subject,
            "dates": dates}
        labels = {
            "lead_preparer": self.tr("Lead preparer"), "unit": self.tr("Unit / topic"),
            "key_points": self.tr("Discussion points"),
            "sending_school": self.tr("Sending school"),
            "receiving_school": self.tr("Receiving school"), "subject": self.tr("Subject"),
            "dates": self.tr("From – to")}
        for key, widget in self.rows.items():
            self.form.addRow(labels[key], widget)
        self._kept: dict[str, str] = {}
        self.set_type(None)

    def watch_dates(self, errors: FieldErrors) -> None:
        """Show refusals of the two dates under them, as the editor's other fields do."""
        errors.watch(self.dates_from, self.dates_message, "extra.dates_from")
        errors.watch(self.dates_to, self.dates_message, "extra.dates_to")

    def set_type(self, activity_type: A | None) -> None:
        shown = FIELDS_OF_TYPE.get(activity_type, ())
        for key, widget in self.rows.items():
            self.form.setRowVisible(widget, key in shown)
        self.setVisible(bool(shown))
        self.shown = shown

    def set_values(self, extra: dict[str, str], default_day: date) -> None:
        self._kept = {k: v for k, v in extra.items() if k not in KNOWN}
        self.lead_preparer.setText(extra.get("lead_preparer", ""))
        self.unit.setText(extra.get("unit", ""))
        self.key_points.setPlainText(extra.get("key_points", ""))
        for key in ("sending_school", "receiving_school", "subject"):
            getattr(self, key).setCurrentText(extra.get(key, ""))
        match = DATES_RE.search(extra.get("dates", ""))
        first, last = ((date.fromisoformat(match[1]), date.fromisoformat(match[2]))
                       if match else (default_day, default_day))
        self.dates_from.set_value(first)
        self.dates_to.set_value(max(first, last))

    def values(self) -> dict[str, str]:
        """The extra fields to save: the shown ones that are filled, and unknown keys."""
        found = dict(self._kept)
        for key in self.shown:
            if key == "dates":
                value = (f"{self.dates_from.value().isoformat()}{DATES_SEPARATOR}"
                         f"{self.dates_to.value().isoformat()}")
            else:
                widget = self.rows[key]
                value = (widget.toPlainText() if isinstance(widget, QPlainTextEdit)
                         else widget.currentText() if isinstance(widget, QComboBox)
                         else widget.text())
            if value.strip():
                found[key] = value.strip()
        return found

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.lead_preparer, self.unit, self.key_points):
            widget.setReadOnly(read_only)
        for widget in (self.sending_school, self.receiving_school, self.subject,
                       self.dates_from, self.dates_to):
            widget.setEnabled(not read_only)
