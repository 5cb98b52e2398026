"""应报送: what is due for which school and period (sent / due soon / overdue / not yet due),
with 生成… and 标记为已报送… for this school's own reports and 打开PDF for any kept one.

Other schools' reports (the lead sees every member's annual summary) are shown read-only:
each school generates and sends its own (004: 各学校 …).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ...domain.submissions import (ANNUAL_SOURCE, QUARTERLY_RULE_NOTE, QUARTERLY_SOURCE,
                                   DueState)
from ...services.submission_ops import DueReport
from ..qt_text import label_of, qt_translate, shown_day
from .due_text import period_text

STATE_COLOURS = {DueState.OVERDUE: "#b00020", DueState.DUE_SOON: "#a15c00",
                 DueState.SENT: "#1b5e20", DueState.LATER: "#555555"}


class DuePanel(QGroupBox):
    generate_clicked = Signal(object)  # DueReport
    mark_sent_clicked = Signal(object)  # DueReport
    open_clicked = Signal(object)  # DueReport

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("What is due"))
        self.my_school: str | None = None
        self.reports: list[DueReport] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("School"), self.tr("Report"), self.tr("Period"), self.tr("Due date"),
            self.tr("State"), self.tr("Sent on")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.doubleClicked.connect(lambda _: self._open_or_generate())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("Generate…"), self)
        self.generate_button.setToolTip(self.tr(
            "Make the report's PDF from the records as they are today, keep it with the "
            "report and open it."))
        self.sent_button = QPushButton(self.tr("Mark as sent…"), self)
        self.open_button = QPushButton(self.tr("Open PDF"), self)
        self.open_button.setToolTip(self.tr("Open the PDF kept with the report."))
        for button, signal in ((self.generate_button, self.generate_clicked),
                               (self.sent_button, self.mark_sent_clicked),
                               (self.open_button, self.open_clicked)):
            button.clicked.connect(lambda _=False, s=signal: self._emit(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.note.setStyleSheet("color: #555555;")
        self.note.setText("\n".join(qt_translate("Labels", text) for text in (
            QUARTERLY_SOURCE, QUARTERLY_RULE_NOTE, ANNUAL_SOURCE)))
        layout.addWidget(self.note)
        self.update_buttons()

    def set_reports(self, reports: list[DueReport], my_school: str | None) -> None:
        """Show ``reports``, keeping the selected one selected when it is still there."""
        chosen = self.current()
        self.my_school = my_school
        self.reports = list(reports)
        self.table.setRowCount(len(self.reports))
        for row, r in enumerate(self.reports):
            state = label_of(r.state)
            if r.late:
                state = self.tr("{state} (late)").format(state=state)
            cells = [r.school_name, label_of(r.kind), period_text(r.kind, r.year, r.quarter),
                     shown_day(r.due), state, shown_day(r.sent_on)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setForeground(QBrush(QColor(STATE_COLOURS[r.state])))
                self.table.setItem(row, column, item)
        if chosen is not None:
            again = next((i for i, r in enumerate(self.reports) if r.period == chosen.period),
                         None)
            if again is not None:
                self.table.selectRow(again)
        self.update_buttons()

    def current(self) -> DueReport | None:
        rows = self.table.selectionModel().selectedRows()
        return self.reports[rows[0].row()] if rows and rows[0].row() < len(self.reports) \
            else None

    def select(self, period) -> None:
        for i, r in enumerate(self.reports):
            if r.period == period:
                self.table.selectRow(i)

    def update_buttons(self) -> None:
        """Generate and Mark as sent: this school's reports not yet sent only; Open PDF: any
        report with a PDF kept."""
        r = self.current()
        own = r is not None and r.school == self.my_school
        self.generate_button.setEnabled(own and r.sent_on is None)
        # Enabled before generating too: pressing it then says why it cannot be done yet.
        self.sent_button.setEnabled(own and r.sent_on is None)
        self.open_button.setEnabled(r is not None and r.submission_uuid is not None
                                    and r.generated_on is not None)
        why = ""
        if r is not None and not own:
            why = self.tr("Each school generates and sends its own reports: this one is "
                          "{school}'s.").format(school=r.school_name)
        elif r is not None and r.sent_on is not None:
            why = self.tr("Already sent: what went to the bureau is kept as it was.")
        self.sent_button.setToolTip(why if not self.sent_button.isEnabled() else "")
        self.generate_button.setToolTip(why if not self.generate_button.isEnabled() else self.tr(
            "Make the report's PDF from the records as they are today, keep it with the "
            "report and open it."))

    def _emit(self, signal) -> None:
        r = self.current()
        if r is not None:
            signal.emit(r)

    def _open_or_generate(self) -> None:
        if self.open_button.isEnabled():
            self._emit(self.open_clicked)
        elif self.generate_button.isEnabled():
            self._emit(self.generate_clicked)


__all__ = ["DuePanel"]
