"""会议纪要: the meetings a school held or took part in, by semester, kind and school.

The semester filter starts on the current semester; the school filter keeps the meetings a
school hosted or joined. Each row says how many of the meeting's decisions are still to be
carried out. Meetings of other schools open read-only and cannot be deleted here.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QHeaderView

from ...domain.list_query import ListQuery
from ...domain.meetings import Meeting, MeetingKind
from ..paged_table_model import Column, day_column
from ..qt_text import coded_label
from ..reports import list_export
from ..widgets.pickers import EnumCombo
from ..widgets.record_list_page import RecordListPage
from ..widgets.tables import stretch_with_floor
from ..widgets.semester_school_filters import SemesterSchoolFilters
from .meeting_editor import MeetingEditor

TITLE_COLUMN = 2


class MeetingsPage(SemesterSchoolFilters, RecordListPage):
    list_name = "meeting"
    record_class = Meeting
    editor_class = MeetingEditor
    kinds = frozenset({"Meeting", "School", "Teacher"})

    def __init__(self, ctx, parent=None):
        self.editor: MeetingEditor | None = None
        super().__init__(ctx, parent)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # the title takes the room
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        # The title takes the spare width, never less than a short title needs.
        stretch_with_floor(self.table, TITLE_COLUMN)
        # Columns fitted to rows narrower than their headers left the title short of the
        # room it stretches into: share the width out again once the rows are in.
        self.model.rowsInserted.connect(
            lambda *_: QTimer.singleShot(0, header, header.resizeSections))
        self.update_buttons()
        list_export.attach_to_list(self, "meetings")  # 导出: the rows shown

    def columns(self) -> list[Column]:
        return [
            day_column("meeting_date", self.tr("Date")),
            Column("kind", self.tr("Kind"), coded_label(MeetingKind)),
            Column("title", self.tr("Title")),  # TITLE_COLUMN
            Column("host_school_name", self.tr("Host school")),
            Column("chair_name", self.tr("Chair")),
            Column("attendee_count", self.tr("Attendees"), align_right=True),
            Column("decision_count", self.tr("Decisions"), align_right=True),
            Column("open_count", self.tr("To be carried out"), align_right=True),
        ]

    # -- filters ---------------------------------------------------------------------------
    def build_filters(self, bar: QHBoxLayout) -> None:
        self.kind_filter = EnumCombo(MeetingKind, self, allow_empty=True)
        self.kind_filter.setItemText(0, self.tr("All kinds"))
        self.add_filters(bar, [(self.tr("Kind"), self.kind_filter)])

    def query(self) -> ListQuery:
        query = self.base_query()
        if self.kind_filter.value() is not None:
            query.filters["kind"] = str(self.kind_filter.value())
        return query

    def count_text(self, n: int) -> str:
        return self.tr("{n} meetings").format(n=n)

    # -- records ---------------------------------------------------------------------------
    def show_editor(self, record: Meeting | None):
        editor = super().show_editor(record)
        editor.finished.connect(lambda _: setattr(self, "editor", None))
        return editor


__all__ = ["MeetingsPage"]
