"""The filter bar record lists share: a semester (its start and end bound the dates), a page's
own filters, and a school (the records that concern it).

A page mixes :class:`SemesterSchoolFilters` into its RecordListPage and calls
``add_filters(bar, [(label, widget), ...])`` from ``build_filters``; ``base_query()`` is the
ListQuery of the semester and school chosen. The semester starts on the current one; the
choices follow the directory when it reloads, keeping what was chosen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...domain.list_query import ListQuery
from ...domain.semesters import semester_label
from ...services.directory_ops import Directory
from ..qt_text import qt_translate


SEMESTER_CHARACTERS = 22


def keep_choices_whole(combo: QComboBox) -> None:
    """Hold ``combo`` at the width of its longest choice. Qt keeps the minimum width it
    measured on the empty box (a page built before the semesters arrived, after a restart,
    read "2026—2027学年第"): measure again once the choices are in."""
    combo.setMinimumWidth(0)
    combo.setMinimumWidth(combo.sizeHint().width())


class SemesterSchoolFilters:
    """For a RecordListPage: the semester and school filters around the page's own."""

    def add_filters(self, bar: QHBoxLayout, middle: list[tuple[str, QWidget]]) -> None:
        self.semester_filter = QComboBox(self)
        self.semester_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        # 2026—2027学年第一学期 whole: the page keeps at least this many characters.
        self.semester_filter.setMinimumContentsLength(SEMESTER_CHARACTERS)
        self.school_filter = QComboBox(self)
        shown = [(self.tr("Semester"), self.semester_filter), *middle,
                 (self.tr("School"), self.school_filter)]
        for text, widget in shown:
            label = QLabel(text, self)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        if self.ctx.directory is not None:
            self._fill_filters(self.ctx.directory, refresh=False)
        else:
            self.ctx.with_directory(self._fill_filters)
        self.ctx.directory_loaded.connect(self._fill_filters)
        for _, widget in shown:
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
        keep_choices_whole(self.semester_filter)
        if refresh:
            self.refresh()

    def base_query(self) -> ListQuery:
        """The dates of the semester chosen and the school chosen."""
        query = ListQuery()
        directory = self.ctx.directory
        key = self.semester_filter.currentData()
        semester = directory.semester(key) if directory is not None and key else None
        if semester is not None:
            query.date_from, query.date_to = semester.start, semester.end
        query.school = self.school_filter.currentData()
        return query


__all__ = ["SemesterSchoolFilters"]
