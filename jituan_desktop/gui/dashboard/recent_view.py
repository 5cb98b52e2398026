"""The latest observations, mentor sessions and activities concerning the school."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...services.dashboard_ops import RecentRecord
from ..qt_text import label_of
from .tables import fill, read_only_table


class RecentView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.records: list[RecentRecord] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = read_only_table(self, [
            self.tr("Date"), self.tr("Record"), self.tr("Topic or title"),
            self.tr("Who")], stretch=2)
        layout.addWidget(self.table)
        self.kinds = {"observation": self.tr("Lesson observation"),
                      "mentor_session": self.tr("Mentor session"),
                      "activity": self.tr("Activity")}

    def show_records(self, records: list[RecentRecord]) -> None:
        self.records = records
        fill(self.table, [[r.day,
                           self.tr("{record} · {kind}").format(
                               record=self.kinds[r.list_name], kind=label_of(r.kind)),
                           r.title, r.who] for r in records])
