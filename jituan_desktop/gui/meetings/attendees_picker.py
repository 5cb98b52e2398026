"""出席人员: who attended, ticked off the rosters school by school.

A meeting brings people of several schools together; the roster of one school shows at a
time (the host's first, its leaders at the top), and every tick is kept while another
school's roster is shown.
Below, the names chosen so far, so the clerk sees the whole list at a glance.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from ...domain.enums import Position
from ...services.directory_ops import Directory
from ..widgets.record_editor import VIEW_ONLY

TEACHER_ROLE = Qt.UserRole


class AttendeesPicker(QWidget):
    changed = Signal()

    def __init__(self, directory: Directory, parent=None):
        super().__init__(parent)
        self.directory = directory
        self._chosen: list[str] = []  # in the order they were ticked (or stored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.school = QComboBox(self)
        self.school.setProperty(VIEW_ONLY, True)  # which roster is shown is not saved
        for s in directory.schools:
            self.school.addItem(s.name, s.uuid)
        self.school.currentIndexChanged.connect(lambda _: self._fill())
        self.all_button = QPushButton(self.tr("Tick all of this school"), self)
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button = QPushButton(self.tr("Untick all of this school"), self)
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        label = QLabel(self.tr("Roster of"), self)
        label.setBuddy(self.school)
        bar.addWidget(label)
        bar.addWidget(self.school, 1)
        bar.addWidget(self.all_button)
        bar.addWidget(self.none_button)
        layout.addLayout(bar)
        self.roster = QListWidget(self)
        self.roster.setMinimumHeight(110)
        self.roster.setMaximumHeight(160)
        self.roster.itemChanged.connect(self._ticked)
        layout.addWidget(self.roster)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.setFocusProxy(self.roster)
        self._fill()

    def show_school(self, school: str | None) -> None:
        index = self.school.findData(school)
        if index >= 0:
            self.school.setCurrentIndex(index)

    def _fill(self) -> None:
        school = self.school.currentData()
        chosen = set(self._chosen)
        self.roster.blockSignals(True)
        self.roster.clear()
        staff = [t for t in self.directory.teachers
                 if t.school == school and (t.active or t.uuid in chosen)]
        # School leaders first (校长, 副校长, 教导主任 …): most meetings are theirs.
        rank = {p: i for i, p in enumerate(Position)}
        staff.sort(key=lambda t: rank.get(t.position, len(rank)))
        for t in staff:
            item = QListWidgetItem(t.name, self.roster)
            item.setData(TEACHER_ROLE, t.uuid)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if t.uuid in chosen else Qt.Unchecked)
        self.roster.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        uuid = item.data(TEACHER_ROLE)
        if item.checkState() == Qt.Checked and uuid not in self._chosen:
            self._chosen.append(uuid)
        elif item.checkState() != Qt.Checked and uuid in self._chosen:
            self._chosen.remove(uuid)
        self._summarise()
        self.changed.emit()

    def _tick_all(self, on: bool) -> None:
        for i in range(self.roster.count()):
            self.roster.item(i).setCheckState(Qt.Checked if on else Qt.Unchecked)

    def _summarise(self) -> None:
        names = [self.directory.teacher_name(u) or self.tr("(removed teacher)")
                 for u in self._chosen]
        self.summary.setText(self.tr("{n} attending: {names}").format(
            n=len(names), names="、".join(names)) if names else self.tr("Nobody ticked yet."))

    def set_attendees(self, uuids: list[str]) -> None:
        self._chosen = list(dict.fromkeys(uuids))
        self._fill()
        self._summarise()

    def attendees(self) -> list[str]:
        return list(self._chosen)

    def tick(self, uuid: str) -> None:
        """Tick one teacher, whichever school's roster shows."""
        teacher = self.directory.teacher(uuid)
        if teacher is not None:
            self.show_school(teacher.school)
        for i in range(self.roster.count()):
            if self.roster.item(i).data(TEACHER_ROLE) == uuid:
                self.roster.item(i).setCheckState(Qt.Checked)
                return

    def set_read_only(self) -> None:
        self.school.setEnabled(True)  # still browsable: the roster shows who was ticked
        for w in (self.all_button, self.none_button):
            w.setVisible(False)
        self.roster.itemChanged.disconnect(self._ticked)
        for i in range(self.roster.count()):
            self.roster.item(i).setFlags(Qt.ItemIsEnabled)
        self.school.currentIndexChanged.connect(lambda _: self._freeze_items())

    def _freeze_items(self) -> None:
        for i in range(self.roster.count()):
            self.roster.item(i).setFlags(Qt.ItemIsEnabled)


__all__ = ["AttendeesPicker"]
