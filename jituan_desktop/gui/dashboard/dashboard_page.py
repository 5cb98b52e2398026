"""首页: this semester for this school at a glance.

Quota progress per rule (and where everyone stands), and below it as tabs: plans, decisions
and reports due, for the lead school every school side by side, the latest records. One database job loads it all (``dashboard_ops.load_dashboard``); it
reloads after any change while on screen, and when the page is shown again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from ...domain.records import Semester
from ...domain.semesters import semester_label
from ...services import dashboard_ops
from ...services.changes import Changes
from ...services.dashboard_ops import Dashboard
from ...services.directory_ops import Directory
from ..context import AppContext
from ..qt_text import error_text, qt_translate, shown_day, shown_range
from ..reports import list_export
from ..widgets.semester_school_filters import keep_choices_whole
from .duties_view import DutiesView
from .recent_view import RecentView
from .rules_view import RulesView
from .schools_view import SchoolsView


class DashboardPage(QWidget):
    loaded = Signal(object)  # the Dashboard just shown

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.directory: Directory | None = None
        self.dashboard: Dashboard | None = None
        self._semesters: dict[str, Semester] = {}
        self._loading = False
        self._again = False  # something changed while loading: load once more
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        layout.addLayout(bar)
        self.semester_label = QLabel(self.tr("Semester"), self)
        self.semester_combo = QComboBox(self)
        self.semester_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.semester_label.setBuddy(self.semester_combo)
        self.school_label = QLabel(self.tr("School"), self)
        self.school_combo = QComboBox(self)
        self.school_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.school_label.setBuddy(self.school_combo)
        for w in (self.semester_label, self.semester_combo, self.school_label,
                  self.school_combo):
            bar.addWidget(w)
        bar.addSpacing(12)  # 导出 goes here (list_export.insert_before_stretch)
        self.status = QLabel(self)
        # "Counted: 1 Sep 2026 to 25 Nov 2026" beside the two boxes held the page wider
        # than a 1024-pixel projector in English: it wraps instead.
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        bar.addWidget(self.status, 1)
        self.semester_combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.school_combo.currentIndexChanged.connect(lambda _: self.refresh())

        # The quotas take the upper part; what else the page holds shares the lower part as
        # tabs, so that at 768 pixels high the quota table and its detail list keep room for
        # more than two rows (four boxes stacked left each a sliver).
        splitter = QSplitter(Qt.Vertical, self)
        layout.addWidget(splitter, 1)
        self.rules_box = QGroupBox(self.tr("Quotas"), splitter)
        self.rules_view = RulesView(self.rules_box)
        QVBoxLayout(self.rules_box).addWidget(self.rules_view)
        self.tabs = QTabWidget(splitter)
        self.duties_box = QWidget(self.tabs)
        self.duties_view = DutiesView(self.duties_box)
        self.duties_view.open_record.connect(self._open_record)
        QVBoxLayout(self.duties_box).addWidget(self.duties_view)
        self.tabs.addTab(self.duties_box, self.tr("Plans, decisions and reports"))
        self.schools_box = QWidget(self.tabs)
        self.schools_view = SchoolsView(self.schools_box)
        self.schools_view.school_chosen.connect(self.choose_school)
        QVBoxLayout(self.schools_box).addWidget(self.schools_view)
        self.tabs.addTab(self.schools_box, self.tr("Schools side by side"))
        # The lead school's only; shown once we know who we are.
        self.tabs.setTabVisible(self.tabs.indexOf(self.schools_box), False)
        self.recent_box = QWidget(self.tabs)
        self.recent_view = RecentView(self.recent_box)
        QVBoxLayout(self.recent_box).addWidget(self.recent_view)
        self.tabs.addTab(self.recent_box, self.tr("Recent records"))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.school_label.hide()
        self.school_combo.hide()
        list_export.attach_to_dashboard(self)  # 导出: its tables, as chosen above
        ctx.changed.connect(self._on_changed)
        ctx.directory_loaded.connect(self._use_directory)
        if ctx.directory is not None:
            self._use_directory(ctx.directory)
        else:
            ctx.with_directory(lambda _directory: None)  # asks for it; the signal brings it

    # -- choosers --------------------------------------------------------------------------
    def _use_directory(self, directory: Directory) -> None:
        """Fill the choosers (keeping what the reader chose) and load."""
        first = self.directory is None
        self.directory = directory
        semester_key = self.semester_combo.currentData() or directory.current_semester.key
        school = self.school_combo.currentData() if not first else directory.my_school
        semesters = list(directory.semesters)
        if directory.current_semester.key not in {s.key for s in semesters}:
            semesters.append(directory.current_semester)
        self._semesters = {s.key: s for s in semesters}
        for combo in (self.semester_combo, self.school_combo):
            combo.blockSignals(True)
            combo.clear()
        for s in sorted(semesters, key=lambda s: s.start):
            self.semester_combo.addItem(semester_label(s, qt_translate), s.key)
        self.school_combo.addItem(self.tr("Whole alliance"), "")
        for s in directory.schools:
            self.school_combo.addItem(s.name, s.uuid)
        self._set_combo(self.semester_combo, semester_key)
        self._set_combo(self.school_combo, school or "")
        for combo in (self.semester_combo, self.school_combo):
            combo.blockSignals(False)
            keep_choices_whole(combo)
        lead = directory.is_lead
        self.school_label.setVisible(lead)
        self.school_combo.setVisible(lead)
        self.refresh()

    @staticmethod
    def _set_combo(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def chosen_semester(self) -> Semester | None:
        return self._semesters.get(self.semester_combo.currentData() or "")

    def chosen_school(self) -> str | None:
        """The school looked at; None for the whole alliance (the lead school only)."""
        if self.directory is None:
            return None
        if not self.directory.is_lead:
            return self.directory.my_school
        return self.school_combo.currentData() or None

    def _open_record(self, page: str, uuid: str) -> None:
        """Go to the page that holds a duty's record, and to the record when it can."""
        window = self.window()
        if not hasattr(window, "show_page"):
            return
        shown = window.show_page(page)
        if uuid and hasattr(shown, "select_record"):
            shown.select_record(uuid)

    def choose_school(self, uuid: str) -> None:
        self._set_combo(self.school_combo, uuid)

    def choose_semester(self, key: str) -> None:
        self._set_combo(self.semester_combo, key)

    # -- loading ---------------------------------------------------------------------------
    def activate(self) -> None:
        """The main window shows the page: bring it up to date (a load under way already is)."""
        if not self._loading:
            self.refresh()

    def refresh(self) -> None:
        semester = self.chosen_semester()
        if semester is None:
            return  # the directory has not arrived; it starts the first load
        if self._loading:
            self._again = True
            return
        school, today = self.chosen_school(), self.ctx.today()
        self._loading = True
        self.status.setText(self.tr("Loading…"))
        self.ctx.run(lambda store: dashboard_ops.load_dashboard(
            store, semester, school=school, today=today), self._show, self._failed)

    def _on_changed(self, _changes: Changes) -> None:
        # Off screen, wait: activate() reloads when the page is shown again. A load under way
        # may have read before the change, so it is followed by another.
        if self.isVisible() or self._loading:
            self.refresh()

    def _failed(self, error: Exception) -> None:
        self._loading = False
        self.status.setText(error_text(error))
        self.ctx.report(error)

    def _show(self, dashboard: Dashboard) -> None:
        self._loading = False
        if self._again:  # what arrived is already out of date
            self._again = False
            self.refresh()
            return
        self.dashboard = dashboard
        directory = self.directory
        self.rules_view.show_progress(dashboard.rules, directory.school_name)
        self.recent_view.show_records(dashboard.recent)
        self.duties_view.show_duties(dashboard.duties)
        lead = dashboard.schools is not None
        self.tabs.setTabVisible(self.tabs.indexOf(self.schools_box), lead)
        if lead:
            self.schools_view.show_schools(dashboard.schools)
        where = (directory.school_name(dashboard.school) if dashboard.school
                 else self.tr("Whole alliance"))
        self.rules_box.setTitle(self.tr("Quotas: {where}").format(where=where))
        self._title_tabs(dashboard)
        self.status.setText(self.tr("Counted: {period}").format(
            period=shown_range(dashboard.start, dashboard.end)))
        self.loaded.emit(dashboard)

    def _title_tabs(self, dashboard: Dashboard) -> None:
        """Each tab says, when something needs acting on, how much: the count of pink rows
        is what makes the reader open it. Whose they are is the quotas' title above."""
        late = self.duties_view.overdue()
        title = self.tr("Plans, decisions and reports as of {day}").format(
            day=shown_day(self.ctx.today()))
        if late:
            title = self.tr("{title} · {n} overdue").format(title=title, n=late)
        self.tabs.setTabText(self.tabs.indexOf(self.duties_box), title)
        attention = len(self.schools_view.falling_behind()) if dashboard.schools else 0
        self.tabs.setTabText(self.tabs.indexOf(self.schools_box), self.tr(
            "Schools side by side · {n} needing attention").format(n=attention)
            if attention else self.tr("Schools side by side"))

    def box_title(self, box: QWidget) -> str:
        """The title shown for a section: the quotas' box or a tab's."""
        if isinstance(box, QGroupBox):
            return box.title()
        return self.tabs.tabText(self.tabs.indexOf(box))

    def section_shown(self, box: QWidget) -> bool:
        """Whether a section is on the page (a tab counts when its tab is there)."""
        index = self.tabs.indexOf(box)
        return self.tabs.isTabVisible(index) if index >= 0 else box.isVisible()
