"""报送: what goes to the county bureau. Above, what is due for which school and period
(DuePanel) with 生成…, 标记为已报送… and 打开PDF; below, the reports kept, searchable and
exported like the other lists. Another school's reports are shown, never changed here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox

from ...domain.list_query import ListQuery
from ...domain.messages import ValidationError, problem
from ...domain.submission_validation import SENT_BEFORE_GENERATED
from ...domain.submissions import Submission, SubmissionKind
from ...services import submission_ops
from ...services.directory_ops import Directory
from ..paged_table_model import Column, day_column
from ..qt_text import coded_label, error_text
from ..reports import list_export
from ..reports.output_files import OutputDialogs, copy_file, file_name, temp_path
from ..widgets.system_open import open_with_system
from ..widgets.pickers import EnumCombo
from ..widgets.record_list_page import RecordListPage
from .due_panel import DuePanel
from .due_text import report_text
from .mark_sent_dialog import MarkSentDialog


def _quarter(value) -> str:
    return str(value) if value else ""


class SubmissionsPage(RecordListPage):
    list_name = "submission"
    record_class = Submission
    kinds = frozenset({"Submission", "School"})

    def __init__(self, ctx, parent=None):
        self.dialog: MarkSentDialog | None = None
        self.last_notice: QMessageBox | None = None
        self.last_pdf: Path | None = None  # the PDF shown last (tests read it)
        super().__init__(ctx, parent)
        self.dialogs = OutputDialogs(self)
        # Reports are made by 生成…, not typed in: no New here.
        self.new_button.hide()
        self.edit_button.setText(self.tr("Open PDF"))
        self.due = DuePanel(self)
        self.due.generate_clicked.connect(self.generate)
        self.due.mark_sent_clicked.connect(self.mark_sent)
        self.due.open_clicked.connect(lambda r: self.open_pdf(r.submission_uuid,
                                                              report_text(r)))
        # What is due on top; the reports kept (toolbar, filters, list) under it.
        layout = self.layout()
        layout.insertWidget(0, self.due, 3)
        heading = QLabel(self.tr("Reports kept"), self)
        heading.setStyleSheet("font-weight: bold;")
        layout.insertWidget(1, heading)
        layout.setStretchFactor(self.table, 2)
        list_export.attach_to_list(self, "submissions")
        self.refresh_due()

    # -- the history list ------------------------------------------------------------------
    def columns(self) -> list[Column]:
        return [
            Column("school_name", self.tr("School")),
            Column("kind", self.tr("Report"), coded_label(SubmissionKind)),
            Column("year", self.tr("Year"), align_right=True),
            Column("quarter", self.tr("Quarter"), _quarter, align_right=True),
            day_column("generated_on", self.tr("Generated on")),
            day_column("sent_on", self.tr("Sent on")),
            Column("recipient", self.tr("Sent to")),
            Column("sent_by_name", self.tr("Sent by")),
        ]

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.kind_filter = EnumCombo(SubmissionKind, self, allow_empty=True)
        self.kind_filter.setItemText(0, self.tr("All reports"))
        self.school_filter = QComboBox(self)
        for text, widget in ((self.tr("Report"), self.kind_filter),
                             (self.tr("School"), self.school_filter)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        self.ctx.with_directory(lambda d: self._fill_schools(d))
        self.ctx.directory_loaded.connect(self._fill_schools)
        self.kind_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.school_filter.currentIndexChanged.connect(lambda _: self.refresh())

    def _fill_schools(self, directory: Directory) -> None:
        chosen = self.school_filter.currentData()
        self.school_filter.blockSignals(True)
        self.school_filter.clear()
        self.school_filter.addItem(self.tr("All schools"), None)
        for s in directory.schools:
            self.school_filter.addItem(s.name, s.uuid)
        self.school_filter.setCurrentIndex(max(self.school_filter.findData(chosen), 0))
        self.school_filter.blockSignals(False)

    def query(self) -> ListQuery:
        query = ListQuery()
        if self.kind_filter.value() is not None:
            query.filters["kind"] = str(self.kind_filter.value())
        query.school = self.school_filter.currentData()
        return query

    def describe(self, row: dict) -> str:
        return str(row.get("title") or "")

    def open_editor(self, row: dict | None) -> None:
        """Open: the PDF kept with the report (a report is not edited by hand)."""
        if row is not None:
            self.open_pdf(row["uuid"], row.get("title") or "")

    def _on_changed(self, changes) -> None:
        super()._on_changed(changes)
        if changes.kinds & self.kinds:
            self.refresh_due()

    # -- what is due -----------------------------------------------------------------------
    def refresh_due(self) -> None:
        today = self.ctx.today()

        def shown(reports) -> None:
            directory = self.ctx.directory
            self.due.set_reports(reports, directory.my_school if directory else None)

        self.ctx.run(lambda store: submission_ops.submissions_due(store, today=today), shown)

    def generate(self, due) -> None:
        from ...reports import submission_files  # reportlab: loaded when a PDF is made

        period, today = due.period, self.ctx.today()
        self.due.generate_button.setEnabled(False)

        def made(result) -> None:
            self.ctx.announce(result.changes)
            self.show_pdf(result.pdf, result.submission.title)

        self.ctx.run(lambda store: submission_files.generate(store, period, today=today),
                     made, self._failed)

    def mark_sent(self, due) -> None:
        if due.generated_on is None:
            self._failed(ValidationError([problem("sent_on", SENT_BEFORE_GENERATED)]))
            return
        self.dialog = MarkSentDialog(self.ctx, due, self)
        self.dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        self.dialog.open()

    def open_pdf(self, uuid: str | None, title: str) -> None:
        if not uuid:
            return
        def found(path: Path | None) -> None:
            if path is None or not path.is_file():
                self.last_notice = self.dialogs.notice(self, self.tr(
                    "No PDF is kept with this report: it was recorded without one."),
                    warning=True)
                return
            self.show_pdf(path, title)

        self.ctx.run(lambda store: submission_ops.kept_pdf(store, uuid), found, self._failed)

    def show_pdf(self, kept: Path, title: str) -> None:
        """Open a copy named after the report (the kept file is named by its hash); with
        no viewer on this machine, offer to save it."""
        path = temp_path(file_name(title or self.tr("Report"), suffix="pdf"))
        shutil.copyfile(kept, path)
        self.last_pdf = path
        self.due.update_buttons()
        if open_with_system(self, path):  # no viewer: a message with the file's path
            return
        target = self.dialogs.ask_save_path(self, path.name, "pdf")
        if target:
            self.ctx.run(lambda _store: copy_file(path, Path(target)), None, self._failed)

    def _failed(self, error: Exception) -> None:
        self.due.update_buttons()
        self.last_notice = self.dialogs.notice(self, error_text(error), warning=True)


__all__ = ["SubmissionsPage"]
