"""The main window: who this installation is, what it holds, and who is behind this semester.

The full set of pages (records, mentoring, activities, settings) builds on this window.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHeaderView, QLabel, QMainWindow, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain.semesters import semester_label
from ..services import compliance_ops, setup_ops, status_ops
from ..storage.store import Store


def qt_translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate(context, text)


class OverviewWindow(QMainWindow):
    def __init__(self, store: Store, today: date | None = None):
        super().__init__()
        self.store = store
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Jituan Desktop"))
        self.resize(1000, 680)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.heading = QLabel(body)
        self.heading.setTextFormat(Qt.PlainText)
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 4)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.counts_title = QLabel(self.tr("Records per school"), body)
        layout.addWidget(self.counts_title)
        self.counts = QTableWidget(body)
        layout.addWidget(self.counts, 2)
        self.behind_title = QLabel(body)
        layout.addWidget(self.behind_title)
        self.behind = QTableWidget(body)
        layout.addWidget(self.behind, 3)
        self.setCentralWidget(body)
        self.refresh()

    def refresh(self) -> None:
        if not self.store.is_initialised:
            self.heading.setText(self.tr(
                "This data folder is not set up yet. Set it up with \"jituan init\", "
                "or start with --demo to try a demo alliance."))
            for widget in (self.counts_title, self.counts, self.behind_title, self.behind):
                widget.hide()
            return
        report = status_ops.status(self.store)
        role = self.tr("Lead school") if report["role"] == "lead" else self.tr("Member school")
        self.heading.setText(self.tr("{school} ({role}) · {alliance}").format(
            school=report["school"], role=role,
            alliance=report["alliance"] or self.tr("not joined yet")))
        headers = [self.tr("School"), self.tr("Teachers"), self.tr("Observations"),
                   self.tr("Pairings"), self.tr("Mentor sessions"), self.tr("Activities")]
        keys = ["teachers", "observations", "pairings", "mentor_sessions", "activities"]
        rows = [[name] + [n[k] for k in keys] for name, n in report["counts"].items()]
        self._fill(self.counts, headers, rows)

        semester = setup_ops.current_semester(self.store, self.today)
        results = compliance_ops.compliance(self.store, semester, today=self.today)
        behind = [r for r in results if r.status.value in ("behind", "missed")]
        self.behind_title.setText(self.tr("{semester}: {n} behind on a quota").format(
            semester=semester_label(semester, qt_translate), n=len(behind)))
        self._fill(self.behind, [self.tr("Rule"), self.tr("For"), self.tr("Done"),
                                 self.tr("Short by"), self.tr("Due")],
                   [[r.rule.name, r.subject.name, f"{r.count}/{r.threshold}", r.short_by,
                     r.due.isoformat()] for r in behind[:500]])

    @staticmethod
    def _fill(table: QTableWidget, headers: list[str], rows: list[list]) -> None:
        table.clear()
        table.setColumnCount(len(headers))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        table.resizeColumnsToContents()
