"""The school's own duties now: plan items of this month (and late ones), meeting decisions
to follow up, reports due to the county bureau; what is overdue or due soon stands out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.duties import Duty, DutyState
from ..qt_text import label_of
from .colours import ALERT_FILL, CONTEXT, DUE_SOON, OVERDUE, SOON_TEXT
from .legend import Legend, LegendEntry
from .tables import fill, mark_row, read_only_table

SHOWN_ROWS = 5


class DutiesView(QWidget):
    open_record = Signal(str, str)  # page key, record uuid

    PAGES = {"plan": "plans", "meeting": "meetings", "submission": "submissions"}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.duties: list[Duty] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = read_only_table(self, [
            self.tr("Status"), self.tr("Kind"), self.tr("What"), self.tr("Who"),
            self.tr("Due"), self.tr("From")], stretch=2)
        self.table.setToolTip(self.tr("Double-click a row to open its page."))
        self.table.cellDoubleClicked.connect(self._open)
        # What needs doing is what a principal opens the 首页 for: keep SHOWN_ROWS rows in
        # view on a 768-pixel-high screen instead of three behind a scroll bar.
        rows = self.table.verticalHeader().defaultSectionSize() * SHOWN_ROWS
        self.table.setMinimumHeight(rows + self.table.horizontalHeader().sizeHint().height()
                                    + 2 * self.table.frameWidth())
        layout.addWidget(self.table, 1)
        self.legend = Legend([
            LegendEntry(ALERT_FILL, QCoreApplication.translate(CONTEXT, OVERDUE), True),
            LegendEntry(SOON_TEXT, QCoreApplication.translate(CONTEXT, DUE_SOON), False)], self)
        layout.addWidget(self.legend)

    def what(self, duty: Duty) -> str:
        if duty.report is None:
            return duty.what
        if duty.quarter:
            return self.tr("{report}, quarter {quarter} of {year}").format(
                report=label_of(duty.report), quarter=duty.quarter, year=duty.year)
        return self.tr("{report}, {year}").format(report=label_of(duty.report), year=duty.year)

    def show_duties(self, duties: list[Duty]) -> None:
        self.duties = duties
        fill(self.table, [[label_of(d.state), label_of(d.kind), self.what(d), d.who,
                           d.due or "", d.source] for d in duties])
        for row, duty in enumerate(duties):
            if duty.state is DutyState.LATE:
                mark_row(self.table, row, self.tr("Overdue: its date has passed."))
            elif duty.state is DutyState.DUE_SOON:
                mark_row(self.table, row, self.tr("Due within a week."), text_only=True)
        late = sum(1 for d in duties if d.state is DutyState.LATE)
        soon = sum(1 for d in duties if d.state is DutyState.DUE_SOON)
        todo = sum(1 for d in duties if d.state is DutyState.OPEN)
        self.summary.setText(self.tr("Overdue {late} · due within a week {soon} · to do {todo}")
                             .format(late=late, soon=soon, todo=todo) if duties else
                             self.tr("Nothing planned, decided or due for now."))

    def overdue(self) -> int:
        return sum(1 for d in self.duties if d.state is DutyState.LATE)

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.duties):
            duty = self.duties[row]
            self.open_record.emit(self.PAGES[duty.table], duty.uuid)
