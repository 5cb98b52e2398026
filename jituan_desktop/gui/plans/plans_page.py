"""工作计划: the alliance's plan and each school's plans, by school year, term, kind and
school, with search and export. A plan of another school opens read-only; the lead's
alliance plan reaches every member by sync and shows there how the member stands on it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel

from ...domain.enums import Term
from ...domain.list_query import ListQuery
from ...domain.plans import Plan, PlanScope
from ...domain.semesters import default_semester_key, school_year_label
from ...services.directory_ops import Directory
from ..paged_table_model import Column
from ..qt_text import coded_label, qt_translate
from ..reports import list_export
from ..widgets.pickers import EnumCombo
from ..widgets.record_list_page import RecordListPage
from ..widgets.tables import stretch_with_floor
from .plan_editor import PlanEditor

TITLE_COLUMN = 4


class PlansPage(RecordListPage):
    list_name = "plan"
    record_class = Plan
    editor_class = PlanEditor
    kinds = frozenset({"Plan", "School"})

    def __init__(self, ctx, parent=None):
        self.editor: PlanEditor | None = None
        super().__init__(ctx, parent)
        ctx.directory_loaded.connect(self._fill_filters)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        # The title takes the spare width, never less than a short title needs.
        stretch_with_floor(self.table, TITLE_COLUMN)
        self.update_buttons()
        list_export.attach_to_list(self, "plans")  # 导出: the rows shown

    def columns(self) -> list[Column]:
        whole_year = self.tr("Whole school year")
        term = coded_label(Term)
        return [
            Column("school_year", self.tr("School year"),
                   lambda year: school_year_label(year, qt_translate)),
            Column("term_shown", self.tr("Term"),
                   lambda code: term(code) if code else whole_year),
            Column("scope", self.tr("Plan"), coded_label(PlanScope)),
            Column("school_name", self.tr("School")),
            Column("title", self.tr("Title")),  # TITLE_COLUMN
            Column("item_count", self.tr("Items"), align_right=True),
        ]

    # -- filters ---------------------------------------------------------------------------
    def build_filters(self, bar: QHBoxLayout) -> None:
        self.year_filter = QComboBox(self)
        self.year_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.year_filter.setMinimumContentsLength(11)  # 2026—2027学年 whole
        self.year_filter.addItem(self.tr("All school years"), None)
        this_year = default_semester_key(self.ctx.today())[0]
        for year in range(this_year + 1, this_year - 4, -1):
            self.year_filter.addItem(school_year_label(year, qt_translate), year)
        self.year_filter.setCurrentIndex(self.year_filter.findData(this_year))
        self.term_filter = EnumCombo(Term, self, allow_empty=True)
        self.term_filter.setItemText(0, self.tr("All terms"))
        self.scope_filter = EnumCombo(PlanScope, self, allow_empty=True)
        self.scope_filter.setItemText(0, self.tr("All plans"))
        self.school_filter = QComboBox(self)
        for text, widget in ((self.tr("School year"), self.year_filter),
                             (self.tr("Term"), self.term_filter),
                             (self.tr("Plan"), self.scope_filter),
                             (self.tr("School"), self.school_filter)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        if self.ctx.directory is not None:
            self._fill_filters(self.ctx.directory, refresh=False)
        else:
            self.ctx.with_directory(self._fill_filters)
        for widget in (self.year_filter, self.term_filter, self.scope_filter,
                       self.school_filter):
            widget.currentIndexChanged.connect(lambda _: self.refresh())

    def _fill_filters(self, directory: Directory, refresh: bool = True) -> None:
        school = self.school_filter.currentData()
        self.school_filter.blockSignals(True)
        self.school_filter.clear()
        self.school_filter.addItem(self.tr("All schools"), None)
        for s in directory.schools:
            self.school_filter.addItem(s.name, s.uuid)
        self.school_filter.setCurrentIndex(max(self.school_filter.findData(school), 0))
        self.school_filter.blockSignals(False)
        if refresh:
            self.refresh()

    def query(self) -> ListQuery:
        query = ListQuery()
        year = self.year_filter.currentData()
        if year is not None:
            query.filters["school_year"] = str(year)
        for name, combo in (("term", self.term_filter), ("scope", self.scope_filter)):
            if combo.value() is not None:
                query.filters[name] = combo.value().value
        query.school = self.school_filter.currentData()
        return query

    # -- records ---------------------------------------------------------------------------
    def show_editor(self, record: Plan | None):
        editor = super().show_editor(record)
        editor.finished.connect(lambda _: setattr(self, "editor", None))
        return editor


__all__ = ["PlansPage"]
