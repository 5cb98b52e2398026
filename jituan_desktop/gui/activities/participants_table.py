"""Who took part in an activity and in which role (主讲, 主备, 执教, 听课, 记录), one row each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QTableWidget, QVBoxLayout, QWidget)

from ...domain.enums import ParticipantRole
from ...domain.records import Participant
from ...services.directory_ops import Directory
from ..widgets.pickers import EnumCombo, TeacherCombo


class ParticipantsTable(QWidget):
    """A table of (teacher, role) rows with Add and Remove; rows without a teacher are
    left out of ``participants()`` (a row added and never filled is not a participant)."""

    changed = Signal()

    def __init__(self, directory: Directory, parent=None):
        super().__init__(parent)
        self.directory = directory
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Teacher"), self.tr("Role")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        # The role column holds combo boxes, which ResizeToContents does not see: as wide as
        # the longest role needs.
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Fixed)
        self.table.setColumnWidth(1, EnumCombo(ParticipantRole).sizeHint().width() + 12)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setMinimumHeight(140)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add participant"), self)
        self.add_button.clicked.connect(lambda: self.add_row(None, ParticipantRole.OBSERVING,
                                                             focus=True))
        self.remove_button = QPushButton(self.tr("Remove participant"), self)
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def add_row(self, teacher: str | None, role: ParticipantRole, *,
                focus: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = TeacherCombo(self.table)
        # A teacher who has left since stays on the rows that already name them.
        combo.set_teachers([t for t in self.directory.teachers if t.active or t.uuid == teacher],
                           include_inactive=True)
        combo.set_uuid(teacher)
        if teacher and combo.uuid() != teacher:
            # Not in the directory at all (removed): keep the reference rather than drop it.
            combo.addItem(self.tr("(removed teacher)"), teacher)
            combo.setCurrentIndex(combo.count() - 1)
        roles = EnumCombo(ParticipantRole, self.table)
        roles.set_value(role)
        combo.chosen.connect(lambda _: self.changed.emit())
        roles.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.table.setCellWidget(row, 0, combo)
        self.table.setCellWidget(row, 1, roles)
        if focus:
            self.table.setCurrentCell(row, 0)
            combo.setFocus()
            self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def teacher_combo(self, row: int) -> TeacherCombo:
        return self.table.cellWidget(row, 0)

    def role_combo(self, row: int) -> EnumCombo:
        return self.table.cellWidget(row, 1)

    def set_participants(self, participants: list[Participant]) -> None:
        self.table.setRowCount(0)
        for p in participants:
            self.add_row(p.teacher, p.role)

    def participants(self) -> list[Participant]:
        found = []
        for row in range(self.table.rowCount()):
            teacher = self.teacher_combo(row).uuid()
            if teacher:
                found.append(Participant(teacher=teacher, role=self.role_combo(row).value()))
        return found

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.add_button, self.remove_button):
            w.setVisible(not read_only)
        for row in range(self.table.rowCount()):
            self.teacher_combo(row).setEnabled(not read_only)
            self.role_combo(row).setEnabled(not read_only)
