"""学期: the alliance calendar. The lead school keeps it; members see it (or the defaults)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from ...domain.enums import Term
from ...domain.records import Semester
from ...domain.semesters import default_semester, school_year_label, semester_label
from ...services.settings_ops import SettingsSnapshot
from ..qt_text import qt_translate, shown_day
from ..widgets.pickers import DateEdit, EnumCombo
from ..widgets.record_editor import RecordEditor
from .table_section import TableSection, chosen


class SemesterEditor(RecordEditor):
    def __init__(self, ctx, record: Semester | None = None, parent=None, *,
                 after: Semester | None = None):
        self.after = after  # the last semester of the calendar: a new one follows it
        super().__init__(ctx, record, parent)
        self.setWindowTitle(self.tr("Edit semester") if record else self.tr("New semester"))

    def build_form(self, body: QWidget) -> None:
        form = QFormLayout(body)
        self.school_year = QSpinBox(body)
        self.school_year.setRange(2000, 2100)
        self.school_year.valueChanged.connect(self._show_years)
        self.years = QLabel(body)
        self.term = EnumCombo(Term, body)
        self.start = DateEdit(parent=body)
        self.end = DateEdit(parent=body)
        self.errors.add_row(form, self.tr("School year"), self.school_year, "school_year")
        form.addRow("", self.years)
        self.errors.add_row(form, self.tr("Semester"), self.term, "term")
        self.errors.add_row(form, self.tr("Start date"), self.start, "start")
        self.errors.add_row(form, self.tr("End date"), self.end, "end")

    def _show_years(self, year: int) -> None:
        self.years.setText(school_year_label(year, qt_translate))

    def load(self, record: Semester) -> None:
        self.school_year.setValue(record.school_year)
        self._show_years(record.school_year)
        self.term.set_value(record.term)
        self.start.set_value(record.start)
        self.end.set_value(record.end)

    def load_defaults(self) -> None:
        """The semester after the last one, on the default dates."""
        if self.after is None:
            year, term = self.ctx.today().year, Term.FIRST
        elif self.after.term is Term.FIRST:
            year, term = self.after.school_year, Term.SECOND
        else:
            year, term = self.after.school_year + 1, Term.FIRST
        self.load(default_semester(year, term))

    def collect(self) -> Semester:
        values = dict(school_year=self.school_year.value(), term=chosen(self.term, Term),
                      start=self.start.value(), end=self.end.value())
        return Semester(**values) if self.record is None else replace(self.record, **values)


class SemestersSection(TableSection):
    record_class = Semester
    kinds = frozenset({"Semester"})

    def headers(self) -> list[str]:
        return [self.tr("Semester"), self.tr("Start date"), self.tr("End date")]

    def rows_of(self, snapshot: SettingsSnapshot) -> list[Semester]:
        self.stored = snapshot.semesters_stored
        return snapshot.semesters

    def cells(self, s: Semester) -> list[str]:
        return [semester_label(s, qt_translate), shown_day(s.start), shown_day(s.end)]

    def describe(self, s: Semester) -> str:
        return semester_label(s, qt_translate)

    def member_note(self) -> str:
        if getattr(self, "stored", True):
            return self.tr("The lead school sets the alliance calendar.")
        return self.tr("The lead school sets the alliance calendar. Until it arrives, the usual "
                       "dates are used (September to January, February to July).")

    def make_editor(self, record: Semester | None) -> SemesterEditor:
        last = max(self.records, key=lambda s: s.start) if self.records else None
        return SemesterEditor(self.ctx, record, self, after=last)


__all__ = ["SemestersSection", "SemesterEditor"]
