"""Every school of the alliance side by side, for the lead school's coordinator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...services.dashboard_ops import STALE_DAYS, SchoolRow
from .colours import ALERT_FILL, CONTEXT, SCHOOL_BEHIND
from .legend import Legend, LegendEntry
from .tables import fill, mark_row, read_only_table


class SchoolsView(QWidget):
    """Activities, observations, pairings, sessions, last record and people behind per school;
    schools falling behind are highlighted. Double-clicking a school looks at it."""

    school_chosen = Signal(str)  # school UUID

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[SchoolRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = read_only_table(self, [
            self.tr("School"), self.tr("Activities"), self.tr("Observations"),
            self.tr("Pairings"), self.tr("Mentor sessions"), self.tr("Last record"),
            self.tr("Behind or missed / all")])
        self.table.horizontalHeaderItem(6).setToolTip(self.tr(
            "People and pairings of the school behind or missed on some quota rule, "
            "of all those quota rules apply to"))
        self.table.setToolTip(self.tr("Double-click a school to look at its people"))
        self.table.cellDoubleClicked.connect(self._chosen)
        layout.addWidget(self.table, 1)
        # The pink rows, explained on the page (a tooltip alone is found by nobody).
        self.legend = Legend([LegendEntry(ALERT_FILL, QCoreApplication.translate(
            CONTEXT, SCHOOL_BEHIND).format(days=STALE_DAYS), True)], self)
        layout.addWidget(self.legend)

    def show_schools(self, rows: list[SchoolRow]) -> None:
        self.rows = rows
        fill(self.table, [[r.name, r.tally.activities, r.tally.observations, r.tally.pairings,
                           r.tally.sessions,
                           r.tally.last_record or "—",
                           f"{r.behind}/{r.subjects}"] for r in rows])
        for index, r in enumerate(rows):
            if r.falling_behind:
                mark_row(self.table, index, self._why(r))

    def _why(self, r: SchoolRow) -> str:
        reasons = []
        if r.days_quiet is None:
            reasons.append(self.tr("No record this semester"))
        elif r.stale:
            reasons.append(self.tr("No record for {days} days (more than {limit})").format(
                days=r.days_quiet, limit=STALE_DAYS))
        if r.many_behind:
            reasons.append(self.tr("{behind} of {all} people and pairings are behind or missed"
                                   ).format(
                behind=r.behind, all=r.subjects))
        return "\n".join(reasons)

    def falling_behind(self) -> list[str]:
        """Names of the highlighted schools."""
        return [r.name for r in self.rows if r.falling_behind]

    def _chosen(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.rows):
            self.school_chosen.emit(self.rows[row].uuid)
