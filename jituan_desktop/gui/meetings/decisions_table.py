"""决定事项: a meeting's decisions, one row each — what, who follows it up, by when, its state
and the day it was carried out.

A row left empty is not a decision (a row added and never filled); a row with anything in
it is kept, so that the save says what is missing (a decision without a date ...).
Marking a decision carried out fills in today, the day people usually tick it off.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.meetings import Decision, DecisionState
from ...services.directory_ops import Directory
from ..widgets.date_field import DateEdit
from ..widgets.pickers import EnumCombo, TeacherCombo

TEXT, FOLLOW_UP, DUE, STATE, DONE_ON = range(5)
DECISION_ROLE = Qt.UserRole  # the Decision a row was loaded from (its id and note)

COMBO_CHROME = 36  # pixels a combo box takes beside its text (frame, arrow)


class DecisionsTable(QWidget):
    changed = Signal()

    def __init__(self, directory: Directory, today: Callable[[], date], parent=None):
        super().__init__(parent)
        self.directory = directory
        self.today = today
        self.read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Decision"), self.tr("Followed up by"), self.tr("Due by"),
            self.tr("State"), self.tr("Done on")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.Stretch)
        # The state's column takes its longest choice whole ("Carried out" in English).
        sample = EnumCombo(DecisionState)  # never shown; only its choices are read
        metrics = self.table.fontMetrics()
        state_width = max([84] + [metrics.horizontalAdvance(sample.itemText(i)) + COMBO_CHROME
                                  for i in range(sample.count())])
        for column, width in ((FOLLOW_UP, 190), (DUE, 128), (STATE, state_width),
                              (DONE_ON, 128)):
            header.setSectionResizeMode(column, QHeaderView.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(150)
        self.table.itemChanged.connect(self._text_changed)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add decision"), self)
        self.add_button.clicked.connect(lambda: self.add_row(None, focus=True))
        self.remove_button = QPushButton(self.tr("Remove decision"), self)
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    # -- rows -------------------------------------------------------------------------------
    def add_row(self, decision: Decision | None, *, focus: bool = False) -> int:
        d = decision or Decision()
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        item = QTableWidgetItem(d.text)
        item.setData(DECISION_ROLE, d)
        self.table.setItem(row, TEXT, item)
        self.table.blockSignals(False)
        person = TeacherCombo(self.table)
        person.set_teachers([t for t in self.directory.teachers
                             if t.active or t.uuid == d.follow_up], include_inactive=True)
        person.set_uuid(d.follow_up)
        person.lineEdit().setCursorPosition(0)  # a long school name never hides the person's
        due = DateEdit(d.due, self.table, optional=True)
        due.field = "decisions"
        state = EnumCombo(DecisionState, self.table)
        state.set_value(d.state)
        done_on = DateEdit(d.done_on, self.table, optional=True)
        done_on.field = "decisions"
        person.chosen.connect(lambda _: self.changed.emit())
        for edit in (due, done_on):
            edit.dateChanged.connect(lambda _: self.changed.emit())
        state.currentIndexChanged.connect(lambda _, s=state, d=done_on: self._state_changed(s, d))
        for column, widget in ((FOLLOW_UP, person), (DUE, due), (STATE, state),
                               (DONE_ON, done_on)):
            self.table.setCellWidget(row, column, widget)
        self._fit_row(row)
        if focus:
            self.table.setCurrentCell(row, TEXT)
            self.table.editItem(self.table.item(row, TEXT))
            self.changed.emit()
        return row

    def _text_changed(self, item: QTableWidgetItem) -> None:
        self._fit_row(item.row())
        self.changed.emit()

    def _fit_row(self, row: int) -> None:
        """Tall enough for the whole decision (it wraps) and for the date fields."""
        self.table.resizeRowToContents(row)
        due = self.widget(row, DUE)
        least = due.sizeHint().height() + 6 if due is not None else 0
        self.table.setRowHeight(row, max(self.table.rowHeight(row), least))

    def _state_changed(self, state: EnumCombo, done_on: DateEdit) -> None:
        """Carried out today unless another day is given; open again has no such day."""
        if state.value() is DecisionState.DONE:
            if not done_on.text().strip():
                done_on.set_value(self.today())
        elif state.value() is DecisionState.OPEN:
            done_on.clear_value()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def widget(self, row: int, column: int):
        return self.table.cellWidget(row, column)

    # -- in and out -------------------------------------------------------------------------
    def set_decisions(self, decisions: list[Decision]) -> None:
        self.table.setRowCount(0)
        for d in decisions:
            self.add_row(d)

    def decisions(self) -> list[Decision]:
        """The decisions as the table shows them; raises ValidationError for a date that
        cannot be read (the message says which field)."""
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, TEXT)
            text = (item.text() if item else "").strip()
            due = self.widget(row, DUE).optional_value()
            follow_up = self.widget(row, FOLLOW_UP).uuid()
            if not text and due is None and follow_up is None:
                continue
            before: Decision = item.data(DECISION_ROLE) if item else None
            values = dict(text=text, follow_up=follow_up, due=due,
                          state=self.widget(row, STATE).value(),
                          done_on=self.widget(row, DONE_ON).optional_value())
            if before is not None:
                found.append(Decision(id=before.id, note=before.note, **values))
            else:
                found.append(Decision(**values))
        return found

    def set_read_only(self) -> None:
        self.read_only = True
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        for w in (self.add_button, self.remove_button):
            w.setVisible(False)
        for row in range(self.table.rowCount()):
            for column in (FOLLOW_UP, STATE):
                self.widget(row, column).setEnabled(False)
            for column in (DUE, DONE_ON):
                self.widget(row, column).setReadOnly(True)


__all__ = ["DecisionsTable"]
