"""报表: choose a report, fill in only what it needs, 生成 — then 打开 or 另存为….

The reports are the catalogue's (``reports.catalogue``), in its order and with its titles.
Each asks for its own fields: a semester, a school (the lead school may choose any, a member
school prints its own), a year, or the one record a form is about. The PDF is made on the
database thread into a temporary file with a progress bar, then opened with the system's
viewer or copied where the user chooses. A refusal (a record gone, a folder not writable)
is said on the page in the user's language; every choice stays as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QProgressBar, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from ...domain.semesters import semester_label
from ...reports import catalogue
from ...domain.report_periods import due_summary_year
from ...domain.submissions import due_quarter, quarters_to_show
from ...reports.annual_summary import annual_summary_xlsx
from ...reports.catalogue import ReportKind, ReportRequest
from ...services.directory_ops import Directory
from ..context import AppContext
from ..qt_text import error_text, qt_translate
from ..widgets.progress_relay import ProgressRelay
from ..widgets.field_errors import error_label
from ..widgets.system_open import open_with_system
from .output_files import OutputDialogs, copy_file, file_name, temp_path
from .record_picker import RecordPicker

KEY_ROLE = Qt.UserRole
XLSX_KINDS = frozenset({"annual-summary"})  # reports that also come as a workbook


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialogs = OutputDialogs(self)
        self.pdf: Path | None = None  # the PDF made last, for Open and Save as
        self.saved: Path | None = None  # where the last copy or workbook went
        self.busy = False
        self.last_notice = None
        outer = QHBoxLayout(self)
        self.kinds = QListWidget(self)
        for kind in catalogue.KINDS.values():
            item = QListWidgetItem(qt_translate("Reports", kind.title))
            item.setData(KEY_ROLE, kind.key)
            self.kinds.addItem(item)
        # As wide as the longest title (English ones run long), never a scroll bar.
        self.kinds.setFixedWidth(max(180, self.kinds.sizeHintForColumn(0)
                                     + 2 * self.kinds.frameWidth() + 16))
        self.kinds.setSpacing(2)
        outer.addWidget(self.kinds)
        outer.addWidget(self._build_form(), 1)
        self.kinds.currentItemChanged.connect(lambda *_: self._kind_changed())
        ctx.directory_loaded.connect(self._fill_choices)
        ctx.with_directory(self._fill_choices)
        self.kinds.setCurrentRow(0)

    # -- building --------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        self.heading = QLabel(panel)
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        box = QGroupBox(self.tr("What to print"), panel)
        self.form = QFormLayout(box)
        self.semester = QComboBox(box)
        self.semester.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.school = QComboBox(box)
        self.school.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.year = QSpinBox(box)
        self.year.setRange(2000, 2100)
        self.year.setValue(due_summary_year(self.ctx.today()))
        self.year.setToolTip(self.tr("The year ending on 30 November: from 1 December of the "
                                     "year before."))
        self.quarter = quarter_combo(self.ctx.today(), box)
        self.picker = RecordPicker(self.ctx, box)
        self.record_label = QLabel(box)
        self.form.addRow(self.tr("Semester"), self.semester)
        self.form.addRow(self.tr("School"), self.school)
        self.form.addRow(self.tr("Year"), self.year)
        self.form.addRow(self.tr("Quarter"), self.quarter)
        self.form.addRow(self.record_label, self.picker)
        layout.addWidget(box, 1)
        for combo in (self.semester, self.school, self.quarter):
            combo.currentIndexChanged.connect(lambda _: self._stale())
        self.year.valueChanged.connect(lambda _: self._stale())
        self.picker.chosen.connect(lambda _: self._stale())

        row = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("Generate"), panel)
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.progress = QProgressBar(panel)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.relay = ProgressRelay(self.progress, self)
        row.addWidget(self.generate_button)
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        layout.addLayout(row)

        self.error = error_label(panel)
        layout.addWidget(self.error)
        self.result = QLabel(panel)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.result)
        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"), panel)
        self.open_button.setToolTip(self.tr("Open the PDF with this computer's PDF viewer, to "
                                            "look at it or print it."))
        self.open_button.clicked.connect(self.open_pdf)
        self.save_button = QPushButton(self.tr("Save as…"), panel)
        self.save_button.clicked.connect(self.save_pdf)
        self.xlsx_button = QPushButton(self.tr("Export Excel…"), panel)
        self.xlsx_button.setToolTip(self.tr("The same summary as an Excel workbook, to hand "
                                            "in or to add to."))
        self.xlsx_button.clicked.connect(self.export_xlsx)
        for button in (self.open_button, self.save_button, self.xlsx_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self._stale()
        return panel

    def _fill_choices(self, directory: Directory) -> None:
        """Offer the semesters and schools, keeping what is chosen (the first time: the
        semester a report is due for, and one's own school)."""
        semester = self.semester.currentData() or directory.report_semester.key
        school = self.school.currentData() or directory.my_school
        for combo in (self.semester, self.school):
            combo.blockSignals(True)
            combo.clear()
        semesters = {s.key: s for s in directory.semesters}
        for s in (directory.current_semester, directory.report_semester):
            semesters.setdefault(s.key, s)
        for s in sorted(semesters.values(), key=lambda s: s.start, reverse=True):
            self.semester.addItem(semester_label(s, qt_translate), s.key)
        # A member school prints its own school's reports; the lead school any school's.
        for s in directory.schools:
            if directory.is_lead or s.uuid == directory.my_school:
                self.school.addItem(s.name, s.uuid)
        self.school.setEnabled(self.school.count() > 1)
        for combo, data in ((self.semester, semester), (self.school, school)):
            combo.setCurrentIndex(max(combo.findData(data), 0))
            combo.blockSignals(False)

    # -- choosing --------------------------------------------------------------------------
    def kind(self) -> ReportKind | None:
        item = self.kinds.currentItem()
        return catalogue.KINDS.get(item.data(KEY_ROLE)) if item is not None else None

    def choose(self, key: str) -> None:
        """Show the report ``key`` (a catalogue key)."""
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(KEY_ROLE) == key:
                self.kinds.setCurrentRow(row)
                return

    def _kind_changed(self) -> None:
        kind = self.kind()
        if kind is None:
            return
        self.heading.setText(qt_translate("Reports", kind.title))
        needs = set(kind.needs)
        for field, widget in (("semester", self.semester), ("school", self.school),
                              ("year", self.year), ("quarter", self.quarter),
                              ("id", self.picker)):
            self.form.setRowVisible(widget, field in needs)
        if "quarter" in needs:  # the quarter list names its year: 2026年第3季度
            self.form.setRowVisible(self.year, False)
        self.record_label.setText({
            "observation": self.tr("Lesson observation"),
            "activity": self.tr("Activity"),
            "meeting": self.tr("Meeting"),
            "pairing": self.tr("Mentor pairing"),
            "plan": self.tr("Work plan"),
        }.get(kind.record_kind or "", ""))
        self.picker.set_kind(kind.record_kind if "id" in needs else None)
        self.error.hide()
        self._stale()

    def focus_search(self) -> None:
        """Ctrl+F: the record search, for the forms of one record."""
        if self.picker.isVisible():
            self.picker.setFocus()

    def request(self) -> ReportRequest:
        kind, needs = self.kind(), set(self.kind().needs)
        year = self.year.value() if "year" in kind.needs else None
        quarter = None
        if "quarter" in needs:  # the quarter chosen names its year
            year, quarter = self.quarter.currentData()["year"], self.quarter.currentData()["quarter"]
        return ReportRequest(
            today=self.ctx.today(),
            id=self.picker.uuid() if "id" in needs else None,
            semester=self.semester.currentData() if "semester" in needs else None,
            school=self.school.currentData() if "school" in needs else None,
            year=year, quarter=quarter)

    def default_name(self, suffix: str = "pdf") -> str:
        """听课节数统计表_2026-1_城关小学.pdf: the title, then what was chosen."""
        kind = self.kind()
        needs, parts = set(kind.needs), []
        if "id" in needs:
            parts.append(self.picker.file_words())
        if "semester" in needs:
            parts.append(self.semester.currentData() or "")
        if "quarter" in needs:
            parts.append(self.quarter.currentText())
        elif "year" in needs:
            parts.append(str(self.year.value()))
        if "school" in needs:
            parts.append(self.school.currentText())
        return file_name(qt_translate("Reports", kind.title), *parts, suffix=suffix)

    # -- generating ------------------------------------------------------------------------
    def generate(self) -> None:
        kind = self.kind()
        if kind is None or self.busy:
            return
        self.error.hide()
        if "id" in kind.needs and not self.picker.uuid():
            self._show_error(self.tr("Choose the record to print in the list first."))
            return
        key, request = kind.key, self.request()
        target = temp_path(self.default_name())
        self._set_busy(True)
        self.relay.start()
        progress = self.relay.report
        self.ctx.run(lambda store: catalogue.render(store, key, request, target,
                                                    progress=progress),
                     self._generated, self._failed)

    def _generated(self, path: Path) -> None:
        self.relay.finish()
        self.progress.hide()  # "Ready: …" says it from here
        self._set_busy(False)
        self.pdf = path
        # The file is a temporary copy (output_files.temp_folder): say how to keep it.
        self.result.setText(self.tr("Ready: {name}. Open shows it; this copy is removed when "
                                    "the app closes, so click Save as… to keep it.").format(
            name=path.name))
        self._show_actions()

    def _failed(self, error: Exception) -> None:
        self.relay.finish()
        self.progress.hide()
        self._set_busy(False)
        self._show_error(error_text(error))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.generate_button.setEnabled(not busy)
        self._show_actions()

    def _stale(self) -> None:
        """A choice changed: the PDF made before is not this one any more."""
        self.pdf = None
        self.result.clear()
        self.progress.hide()
        self._show_actions()

    def _show_actions(self) -> None:
        kind = self.kind()
        self.open_button.setEnabled(self.pdf is not None and not self.busy)
        self.save_button.setEnabled(self.pdf is not None and not self.busy)
        self.xlsx_button.setVisible(kind is not None and kind.key in XLSX_KINDS)
        self.xlsx_button.setEnabled(not self.busy)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- the file made ---------------------------------------------------------------------
    def open_pdf(self) -> None:
        if self.pdf is None:
            return
        open_with_system(self, self.pdf)  # no viewer: a message with the file's path

    def save_pdf(self) -> None:
        if self.pdf is None:
            return
        target = self.dialogs.ask_save_path(self, self.default_name(), "pdf")
        if target:
            source = self.pdf
            self._write(lambda _store: copy_file(source, Path(target)))

    def export_xlsx(self) -> None:
        target = self.dialogs.ask_save_path(self, self.default_name("xlsx"), "xlsx")
        if target:
            request = self.request()
            self._write(lambda store: annual_summary_xlsx(store, request, Path(target)))

    def _write(self, job) -> None:
        """Write a file on the database thread; say where it went, or why not."""
        self.error.hide()
        self._set_busy(True)

        def done(path: Path) -> None:
            self._set_busy(False)
            self.saved = Path(path)
            self.result.setText(self.tr("Saved to {path}").format(path=str(path)))

        def failed(error: Exception) -> None:
            self._set_busy(False)
            self._show_error(error_text(error))

        self.ctx.run(job, done, failed)


def quarter_combo(today, parent) -> QComboBox:
    """The quarter in progress and the seven before it, each with its year; the one that
    ended last chosen (its report is the one to write now)."""
    combo = QComboBox(parent)
    year, quarter = quarters_to_show(today)[0]
    for _ in range(8):
        combo.addItem(QCoreApplication.translate("ReportsPage", "Quarter {quarter} of {year}")
                      .format(year=year, quarter=quarter), {"year": year, "quarter": quarter})
        year, quarter = (year - 1, 4) if quarter == 1 else (year, quarter - 1)
    due = dict(zip(("year", "quarter"), due_quarter(today)))
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == due))
    return combo


__all__ = ["ReportsPage"]
