"""联盟活动: the activities a school hosted or joined, by semester, type and school.

The semester filter starts on the current semester (its start and end bound the dates);
the school filter keeps the activities a school hosted or took part in. Activities of
other schools open read-only and cannot be deleted here.
"""

from __future__ import annotations

import json

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel

from ...domain.enums import ActivityType, Mode
from ...domain.list_query import ListQuery
from ...domain.records import Activity
from ...domain.semesters import semester_label
from ...services.directory_ops import Directory
from ..paged_table_model import Column, day_column
from ..qt_text import coded_label, qt_translate
from ..reports import list_export
from ..widgets.pickers import EnumCombo
from ..widgets.record_list_page import RecordListPage
from .activity_editor import ActivityEditor


def _count_schools(value) -> str:
    schools = json.loads(value) if isinstance(value, str) else value
    return str(len(schools or []))


TITLE_COLUMN = 2


class ActivitiesPage(RecordListPage):
    list_name = "activity"
    record_class = Activity
    editor_class = ActivityEditor
    kinds = frozenset({"Activity", "School"})

    def __init__(self, ctx, parent=None):
        self.editor: ActivityEditor | None = None
        super().__init__(ctx, parent)
        ctx.directory_loaded.connect(self._fill_filters)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # the title, not the student count, takes the room
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.Stretch)
        self.update_buttons()
        list_export.attach_to_list(self, "activities")  # 导出: the rows shown

    def columns(self) -> list[Column]:
        return [
            day_column("activity_date", self.tr("Date")),
            Column("type", self.tr("Type"), coded_label(ActivityType)),
            Column("title", self.tr("Title")),  # TITLE_COLUMN
            Column("host_school_name", self.tr("Host school")),
            Column("schools", self.tr("Participating schools"), _count_schools,
                   align_right=True),
            Column("mode", self.tr("Mode"), coded_label(Mode)),
            Column("teachers_reached", self.tr("Teachers reached"), align_right=True),
            Column("students_reached", self.tr("Students reached"), align_right=True),
        ]

    # -- filters ---------------------------------------------------------------------------
    def build_filters(self, bar: QHBoxLayout) -> None:
        self.semester_filter = QComboBox(self)
        self.semester_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.type_filter = EnumCombo(ActivityType, self, allow_empty=True)
        self.type_filter.setItemText(0, self.tr("All types"))
        self.school_filter = QComboBox(self)
        for text, widget in ((self.tr("Semester"), self.semester_filter),
                             (self.tr("Type"), self.type_filter),
                             (self.tr("School"), self.school_filter)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        if self.ctx.directory is not None:
            self._fill_filters(self.ctx.directory, refresh=False)
        else:
            self.ctx.with_directory(self._fill_filters)
        for widget in (self.semester_filter, self.type_filter, self.school_filter):
            widget.currentIndexChanged.connect(lambda _: self.refresh())

    def _fill_filters(self, directory: Directory, refresh: bool = True) -> None:
        """Offer the directory's semesters and schools, keeping what was chosen."""
        semester = self.semester_filter.currentData() if self.semester_filter.count() else (
            directory.current_semester.key)
        school = self.school_filter.currentData()
        for combo in (self.semester_filter, self.school_filter):
            combo.blockSignals(True)
            combo.clear()
        self.semester_filter.addItem(self.tr("All semesters"), None)
        for s in sorted(directory.semesters, key=lambda s: s.start, reverse=True):
            self.semester_filter.addItem(semester_label(s, qt_translate), s.key)
        self.school_filter.addItem(self.tr("All schools"), None)
        for s in directory.schools:
            self.school_filter.addItem(s.name, s.uuid)
        self.semester_filter.setCurrentIndex(max(self.semester_filter.findData(semester), 0))
        self.school_filter.setCurrentIndex(max(self.school_filter.findData(school), 0))
        for combo in (self.semester_filter, self.school_filter):
            combo.blockSignals(False)
        if refresh:
            self.refresh()

    def query(self) -> ListQuery:
        query = ListQuery()
        directory = self.ctx.directory
        key = self.semester_filter.currentData()
        semester = directory.semester(key) if directory is not None and key else None
        if semester is not None:
            query.date_from, query.date_to = semester.start, semester.end
        if self.type_filter.value() is not None:
            query.filters["type"] = str(self.type_filter.value())  # a code, whatever Qt hands back
        query.school = self.school_filter.currentData()
        return query

    # -- records ---------------------------------------------------------------------------
    def show_editor(self, record: Activity | None):
        editor = super().show_editor(record)
        editor.finished.connect(lambda _: setattr(self, "editor", None))
        return editor


__all__ = ["ActivitiesPage"]
