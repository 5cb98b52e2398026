"""The editor of one work plan (工作计划): whose plan, for which period, its title, 指导思想,
工作目标, 主要工作, and the 月份安排 items with where each stands.

Only the lead school writes the alliance plan; any school writes its own school plan. A plan
of another school (the lead's alliance plan at a member) opens read-only and shows how this
school stands on the items that concern it. The directory must be loaded first.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from ...domain.enums import Term
from ...domain.plan_validation import plan_bounds
from ...domain.plans import Plan, PlanScope
from ...domain.semesters import default_semester_key, months_between, school_year_label
from ...services import plan_ops
from ..qt_text import qt_translate
from ..reports import record_printer
from ..widgets.attachments_widget import AttachmentsWidget
from ..widgets.pickers import EnumCombo
from ..widgets.record_editor import RecordEditor
from .link_record_dialog import LinkRecordDialog
from .plan_items_table import PlanItemsTable

WHOLE_YEAR = ""  # the term combo's data for a plan of the whole school year


class PlanEditor(RecordEditor):
    preferred_size = (1000, 690)  # less on a smaller screen; the form scrolls

    def __init__(self, ctx, record: Plan | None = None, parent=None):
        self.directory = ctx.directory
        super().__init__(ctx, record, parent)
        self.setWindowTitle(self.tr("New work plan") if record is None else self.tr("Work plan"))
        self.read_only = (record is not None
                          and record.owner_school != self.directory.my_school)
        if self.read_only:
            owner = self.directory.school_name(record.owner_school) or record.owner_school
            note = (self.tr("This plan belongs to {school}: it can be read here and changed "
                            "only there. How this school stands on it is shown for the items "
                            "that concern it.") if record.scope is PlanScope.ALLIANCE else
                    self.tr("This plan belongs to {school}: it can be read here and changed "
                            "only there."))
            self.freeze(note.format(school=owner))
        record_printer.add_to_editor(self, "work-plan")  # 打印: the 工作计划
        if record is not None:
            self.load_progress()

    # -- the form --------------------------------------------------------------------------
    def build_form(self, body: QWidget) -> None:
        form = QFormLayout(body)
        add = self.errors.add_row
        self.scope = EnumCombo(PlanScope, body)
        add(form, self.tr("Plan"), self.scope, "scope", "school")
        self.school_year = QComboBox(body)
        this_year = default_semester_key(self.ctx.today())[0]
        for year in range(this_year + 1, this_year - 4, -1):
            self.school_year.addItem(school_year_label(year, qt_translate), year)
        add(form, self.tr("School year"), self.school_year, "school_year")
        self.term = QComboBox(body)
        self.term.addItem(qt_translate("Labels", Term.FIRST.label), Term.FIRST.value)
        self.term.addItem(qt_translate("Labels", Term.SECOND.label), Term.SECOND.value)
        self.term.addItem(self.tr("Whole school year"), WHOLE_YEAR)
        add(form, self.tr("Term"), self.term, "term")
        self.title = QLineEdit(body)
        self.title.setPlaceholderText(self.tr("e.g. 2026—2027学年第一学期联盟工作计划"))
        add(form, self.tr("Title"), self.title, "title")
        self.guiding = self._text_box(body)
        add(form, self.tr("Guiding principles"), self.guiding, "guiding")
        self.goals = self._text_box(body)
        add(form, self.tr("Work goals"), self.goals, "goals")
        self.main_work = self._text_box(body)
        add(form, self.tr("Main work"), self.main_work, "main_work")
        self.items = PlanItemsTable(self.directory, self.ctx.today, body)
        self.items.changed.connect(self.mark_dirty)
        self.items.link_requested.connect(self.link_item)
        add(form, self.tr("Monthly schedule"), self.items, "items")
        self.attachments = AttachmentsWidget(self.ctx, body)
        self.attachments.changed.connect(self.mark_dirty)
        add(form, self.tr("Attachments"), self.attachments, "attachments")
        for combo in (self.school_year, self.term):
            combo.currentIndexChanged.connect(lambda _: self._period_changed())
        if not self.directory.is_lead:
            # A member writes its own school plan; the alliance plan is the lead's.
            self.scope.set_value(PlanScope.SCHOOL)
            self.scope.setEnabled(False)
            self.scope.setToolTip(self.tr("Only the lead school writes the alliance plan."))

    @staticmethod
    def _text_box(parent: QWidget) -> QPlainTextEdit:
        box = QPlainTextEdit(parent)
        box.setTabChangesFocus(True)
        box.setMinimumHeight(70)
        return box

    def period(self) -> tuple[int, Term | None]:
        term = self.term.currentData()
        return self.school_year.currentData(), (Term(term) if term else None)

    def _period_changed(self) -> None:
        """The months an item may take are the period's."""
        year, term = self.period()
        probe = Plan(scope=PlanScope.SCHOOL, school="", school_year=year, term=term, title="")
        start, end = plan_bounds(probe)
        self.items.set_months([f"{first.year:04d}-{first.month:02d}"
                               for first, _ in months_between(start, end)])

    def _set_year(self, year: int) -> None:
        if self.school_year.findData(year) < 0:  # an old plan: its year is offered too
            self.school_year.addItem(school_year_label(year, qt_translate), year)
        self.school_year.setCurrentIndex(self.school_year.findData(year))

    # -- in and out ------------------------------------------------------------------------
    def load_defaults(self) -> None:
        year, term = default_semester_key(self.ctx.today())
        self._set_year(year)
        self.term.setCurrentIndex(self.term.findData(term.value))
        if self.directory.is_lead:
            self.scope.set_value(PlanScope.ALLIANCE)
        self._period_changed()

    def load(self, record: Plan) -> None:
        self.scope.set_value(record.scope)
        self._set_year(record.school_year)
        self.term.setCurrentIndex(self.term.findData(record.term.value if record.term
                                                     else WHOLE_YEAR))
        self._period_changed()
        self.title.setText(record.title)
        self.guiding.setPlainText(record.guiding)
        self.goals.setPlainText(record.goals)
        self.main_work.setPlainText(record.main_work)
        self.items.set_items(record.items)
        self.attachments.set_attachments(record.attachments)

    def load_progress(self) -> None:
        """Where each saved item stands; for the lead's alliance plan at a member, how this
        school stands on the items that concern it."""
        uuid = self.record.uuid
        school = (self.directory.my_school
                  if self.read_only and self.record.scope is PlanScope.ALLIANCE else None)
        self.ctx.run(lambda store: plan_ops.plan_progress(store, uuid, school=school),
                     self.items.show_progress)

    def collect(self) -> Plan:
        year, term = self.period()
        school = self.record.school if self.record is not None else self.directory.my_school
        values = dict(scope=self.scope.value(), school=school or "", school_year=year,
                      term=term, title=self.title.text().strip(),
                      guiding=self.guiding.toPlainText(), goals=self.goals.toPlainText(),
                      main_work=self.main_work.toPlainText(), items=self.items.items(),
                      attachments=self.attachments.attachments())
        if self.record is None:
            return Plan(**values)
        return dataclasses.replace(self.record, **values)

    def link_item(self, row: int) -> None:
        item = self.items.item_at(row)
        if item is None:
            return
        month = self.items.month_combo(row).currentData() or item.month
        dialog = LinkRecordDialog(self.ctx, month, self)
        self.link_dialog = dialog  # tests answer it
        dialog.accepted.connect(lambda: self._linked(row, dialog))
        dialog.open()

    def _linked(self, row: int, dialog: LinkRecordDialog) -> None:
        chosen = dialog.chosen()
        if chosen is not None or dialog.unlinked:
            self.items.link(row, chosen)

    def freeze_parts(self) -> None:
        self.items.set_read_only()


__all__ = ["PlanEditor"]
