"""听课记录: every lesson observation this installation holds, newest first.

Filters narrow by semester (the current one by default), the school the lesson was taught
at (授课学校, the column beside it says the same; what one school's staff observed elsewhere
is found by the observer), observer, teacher, subject and occasion; the search box finds any words of
the record, from one Chinese character on. Rows page in on the database thread, so the
list stays quick over the 100,000 observations of a lead school.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout

from ...domain.enums import GradeBand, Occasion
from ...domain.list_query import ListQuery
from ...domain.records import LessonObservation
from ...domain.semesters import semester_label
from ...services.directory_ops import Directory
from ..context import AppContext
from ..paged_table_model import Column, day_column
from ..qt_text import coded_label, qt_translate, shown_day
from ..reports import list_export
from ..widgets.pickers import EnumCombo, SearchableCombo, TeacherCombo
from ..widgets.record_list_page import RecordListPage
from ..widgets.semester_school_filters import keep_choices_whole
from .observation_editor import ObservationEditor, subjects_of
from .rubric_panel import plain


class ObservationsPage(RecordListPage):
    list_name = "observation"
    record_class = LessonObservation
    editor_class = ObservationEditor
    kinds = frozenset({"LessonObservation", "Teacher", "School"})

    def __init__(self, ctx: AppContext, parent=None):
        self._ready = False  # no list before the filters know the current semester
        self.editor: ObservationEditor | None = None
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(self.tr("Search topic, notes, comments… (Ctrl+F)"))
        list_export.attach_to_list(self, "observations")  # 导出: the rows shown

    def columns(self) -> list[Column]:
        return [
            day_column("lesson_date", self.tr("Date")),
            Column("period_no", self.tr("Period"), align_right=True),
            Column("teacher_name", self.tr("Teacher")),
            Column("subject", self.tr("Subject")),
            Column("grade_class", self.tr("Grade and class")),
            Column("topic", self.tr("Topic")),
            Column("occasion", self.tr("Occasion"), coded_label(Occasion)),
            Column("observer_name", self.tr("Observer")),
            Column("school_name", self.tr("School taught at")),
            Column("total", self.tr("Total"), plain, align_right=True),
            Column("band", self.tr("Grade"), coded_label(GradeBand)),
        ]

    # -- filters ---------------------------------------------------------------------------
    def build_filters(self, bar: QHBoxLayout) -> None:
        self.semester = QComboBox(self)
        self.semester.setToolTip(self.tr("Semester"))
        self.school = SearchableCombo(self)
        self.school.lineEdit().setPlaceholderText(self.tr("Any school taught at"))
        self.school.setToolTip(self.tr("School taught at: only the lessons taught at this "
                                       "school (what a teacher observed: choose the observer)"))
        self.observer = TeacherCombo(self)
        self.observer.lineEdit().setPlaceholderText(self.tr("Any observer"))
        self.teacher = TeacherCombo(self)
        self.teacher.lineEdit().setPlaceholderText(self.tr("Any teacher"))
        self.subject = SearchableCombo(self)
        self.subject.lineEdit().setPlaceholderText(self.tr("Any subject"))
        self.occasion = EnumCombo(Occasion, self, allow_empty=True)
        self.occasion.setItemText(0, self.tr("Any occasion"))
        self.occasion.setToolTip(self.tr("Occasion"))
        # Two rows (which records / whose): on one row six boxes held the page at 800
        # pixels in English, and the semester box still read "2026–2027 school year, f".
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, w in enumerate((self.semester, self.school, self.occasion, self.observer,
                               self.teacher, self.subject)):
            grid.addWidget(w, i // 3, i % 3)
            if w is not self.semester:
                w.setMinimumWidth(110)
        self.semester.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        bar.addLayout(grid, 1)
        self.semester.currentIndexChanged.connect(lambda _: self.refresh())
        self.occasion.currentIndexChanged.connect(lambda _: self.refresh())
        for combo in (self.school, self.observer, self.teacher, self.subject):
            combo.chosen.connect(lambda _: self.refresh())
        self.ctx.directory_loaded.connect(self._fill_filters)
        if self.ctx.directory is not None:
            self._fill_filters(self.ctx.directory, refresh=False)  # the base refreshes next
        else:
            self.ctx.with_directory(lambda _: None)  # loads it; _fill_filters follows

    def _fill_filters(self, d: Directory, refresh: bool = True) -> None:
        """(Re)offer the choices, keeping what is chosen; the first time, choose the
        current semester."""
        widgets = (self.semester, self.school, self.observer, self.teacher, self.subject)
        for w in widgets:
            w.blockSignals(True)
        chosen = self.semester.currentData() if self._ready else d.current_semester.key
        self.semester.clear()
        self.semester.addItem(self.tr("All semesters"), None)
        for s in sorted(d.semesters, key=lambda s: s.start, reverse=True):
            self.semester.addItem(semester_label(s, qt_translate), s.key)
        self.semester.setCurrentIndex(max(self.semester.findData(chosen), 0))
        keep_choices_whole(self.semester)
        self.school.set_entries((s.uuid, s.name, s.code) for s in d.schools)
        self.observer.set_teachers(d.teachers, include_inactive=True)
        self.teacher.set_teachers(d.teachers, include_inactive=True)
        self.subject.set_entries((s, s, "") for s in subjects_of(d))
        for w in widgets:
            w.blockSignals(False)
        self._ready = True
        if refresh:
            self.refresh()

    def query(self) -> ListQuery:
        d = self.ctx.directory
        semester = d.semester(self.semester.currentData()) if self.semester.currentData() \
            else None
        occasion = self.occasion.value()
        filters = {"observer": self.observer.uuid(), "teacher": self.teacher.uuid(),
                   "subject": self.subject.uuid(), "occasion": str(occasion) if occasion
                   else None, "school": self.school.uuid()}
        return ListQuery(filters={k: v for k, v in filters.items() if v},
                         date_from=semester.start if semester else None,
                         date_to=semester.end if semester else None)

    def refresh(self) -> None:
        if self._ready:
            super().refresh()

    # -- records ---------------------------------------------------------------------------
    def empty_hint(self) -> str:
        return self.tr("No lesson observations here yet with the filters above. Click New "
                       "(Ctrl+N) to record the first one; a teacher not on the roster yet "
                       "can be added from the form.")

    def describe(self, row: dict) -> str:
        day, teacher = shown_day(row["lesson_date"]), row.get("teacher_name") or ""
        return f"{day} {teacher} {row['topic']}".strip()

