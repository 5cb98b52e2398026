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
from ..storage.errors import StoreError
from ..storage.store import Store
from .task_runner import TaskRunner


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
        self.runner = TaskRunner(self)
        self.loading = False
        self.refresh()

    def refresh(self) -> None:
        """Load off the UI thread; the tables fill in when the answer comes back."""
        store, today = self.store, self.today

        def load():
            if not store.is_initialised:
                return None
            semester = setup_ops.current_semester(store, today)
            results = compliance_ops.compliance(store, semester, today=today)
            behind = [r for r in results if r.status.value in ("behind", "missed")]
            return status_ops.status(store), semester, behind

        self.loading = True
        self.runner.run(load, self._show, self._show_error)

    def _show(self, loaded) -> None:
        self.loading = False
        if loaded is None:
            self.heading.setText(self.tr(
                "This data folder is not set up yet. Set it up with \"jituan init\", "
                "or start with --demo to try a demo alliance."))
            for widget in (self.counts_title, self.counts, self.behind_title, self.behind):
                widget.hide()
            return
        report, semester, behind = loaded
        role = self.tr("Lead school") if report["role"] == "lead" else self.tr("Member school")
        self.heading.setText(self.tr("{school} ({role}) · {alliance}").format(
            school=report["school"], role=role,
            alliance=report["alliance"] or self.tr("not joined yet")))
        headers = [self.tr("School"), self.tr("Teachers"), self.tr("Observations"),
                   self.tr("Pairings"), self.tr("Mentor sessions"), self.tr("Activities")]
        keys = ["teachers", "observations", "pairings", "mentor_sessions", "activities"]
        rows = [[name] + [n[k] for k in keys] for name, n in report["counts"].items()]
        self._fill(self.counts, headers, rows)
        self.behind_title.setText(self.tr("{semester}: {n} behind on a quota").format(
            semester=semester_label(semester, qt_translate), n=len(behind)))
        self._fill(self.behind, [self.tr("Rule"), self.tr("For"), self.tr("Done"),
                                 self.tr("Short by"), self.tr("Due")],
                   [[r.rule.name, r.subject.name, f"{r.count}/{r.threshold}", r.short_by,
                     r.due.isoformat()] for r in behind[:500]])

    def _show_error(self, error: Exception) -> None:
        """A data folder that went away (USB stick pulled) is a message, not a crash."""
        self.loading = False
        text = error.render(qt_translate) if isinstance(error, StoreError) else str(error)
        self.heading.setText(text)

    def closeEvent(self, event) -> None:
        self.runner.shutdown()
        super().closeEvent(event)

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
