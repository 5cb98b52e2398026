"""联盟活动: the activities a school hosted or joined, by semester, type and school.

The semester filter starts on the current semester (its start and end bound the dates);
the school filter keeps the activities a school hosted or took part in. Activities of
other schools open read-only and cannot be deleted here.
"""

from __future__ import annotations

import json

from PySide6.QtWidgets import QHBoxLayout, QHeaderView

from ...domain.enums import ActivityType, Mode
from ...domain.list_query import ListQuery
from ...domain.records import Activity
from ..paged_table_model import Column, day_column
from ..qt_text import coded_label
from ..reports import list_export
from ..widgets.pickers import EnumCombo
from ..widgets.record_list_page import RecordListPage
from ..widgets.tables import stretch_with_floor
from ..widgets.semester_school_filters import SemesterSchoolFilters
from .activity_editor import ActivityEditor


def _count_schools(value) -> str:
    try:
        schools = json.loads(value) if isinstance(value, str) else value
    except ValueError:  # a stored value that is no JSON (``jituan check`` names it)
        schools = []
    return str(len(schools) if isinstance(schools, list) else 0)


TITLE_COLUMN = 2


class ActivitiesPage(SemesterSchoolFilters, RecordListPage):
    list_name = "activity"
    record_class = Activity
    editor_class = ActivityEditor
    kinds = frozenset({"Activity", "School"})

    def __init__(self, ctx, parent=None):
        self.editor: ActivityEditor | None = None
        super().__init__(ctx, parent)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # the title, not the student count, takes the room
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        # The title takes the spare width, never less than a short title needs.
        stretch_with_floor(self.table, TITLE_COLUMN)
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
        self.type_filter = EnumCombo(ActivityType, self, allow_empty=True)
        self.type_filter.setItemText(0, self.tr("All types"))
        self.add_filters(bar, [(self.tr("Type"), self.type_filter)])

    def query(self) -> ListQuery:
        query = self.base_query()
        if self.type_filter.value() is not None:
            query.filters["type"] = str(self.type_filter.value())  # a code, whatever Qt hands back
        return query

    # -- records ---------------------------------------------------------------------------
    def show_editor(self, record: Activity | None):
        editor = super().show_editor(record)
        editor.finished.connect(lambda _: setattr(self, "editor", None))
        return editor


__all__ = ["ActivitiesPage"]
