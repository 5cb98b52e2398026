"""Export to a folder (a USB stick, a share) and import files or a whole folder.

Both run on the database thread through ``ctx.run``; the use cases report progress from
there through a ProgressRelay. Each imported file gets its own line of result, and a
refused file is shown in red with the reason naming it, never only in a log.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGroupBox, QHBoxLayout,
                               QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from ...sync import exporting as sync_export
from ...sync import importing as sync_import
from ...sync import folders as sync_folders
from ...sync import results as st
from ...sync.results import ExportResult, ImportResult, SyncOverview, all_changes
from ..context import AppContext
from ..qt_text import error_text, qt_translate
from ..widgets import file_dialogs
from ..widgets.field_errors import ERROR_STYLE, error_label
from ..widgets.progress_relay import ProgressRelay
from .removable_media import removable_folders
from .result_table import fill_row, read_only_table
from .sync_labels import RESULTS, label


def not_for_here(result: ImportResult) -> bool:
    """A file for the other side on a shared stick (the import skipped it): not an error."""
    return result.status == st.SKIPPED


def own_file(result: ImportResult) -> bool:
    """This school's own export or join request, met again on its stick: skipped too, but
    not "another school's file" (which is what 非本校文件 read as, for its own bundle)."""
    return not_for_here(result) and result.reason is not None \
        and result.reason.text in sync_import.OWN_FILES


class ExportImportPanel(QWidget):
    finished = Signal()          # an export or import ended (the page reloads its overview)
    exported = Signal(object)    # ExportResult
    imported = Signal(object)    # list[ImportResult]

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.is_lead = False
        self.results: list[ImportResult] = []
        # Fingerprints the lead has approved or revoked since: a join request shown in the
        # last import's results then says so, not "check it by phone, then approve it".
        self.decided: dict[str, str] = {}
        outer = QVBoxLayout(self)
        outer.addWidget(self._build_export())
        outer.addWidget(self._build_import(), 1)

    # -- building --------------------------------------------------------------------------
    def _build_export(self) -> QGroupBox:
        box = QGroupBox(self.tr("Export"), self)
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Export to"), box))
        self.folder = QComboBox(box)
        self.folder.setEditable(True)
        self.folder.setInsertPolicy(QComboBox.NoInsert)
        self.folder.setMinimumContentsLength(30)
        self.folder.setToolTip(self.tr("A USB stick, a shared folder or any folder; "
                                       "USB sticks plugged in are offered here."))
        row.addWidget(self.folder, 1)
        self.choose_button = QPushButton(self.tr("Choose folder…"), box)
        self.choose_button.clicked.connect(self.choose_folder)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.full = QCheckBox(self.tr("Send everything again (not only what is new)"), box)
        self.full.setToolTip(self.tr("Use this when the lead school has lost records or asks "
                                     "for everything again."))
        row.addWidget(self.full)
        row.addStretch(1)
        self.export_button = QPushButton(self.tr("Export"), box)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.export_progress = QProgressBar(box)
        self.export_progress.hide()
        layout.addWidget(self.export_progress)
        self.export_relay = ProgressRelay(self.export_progress, self)
        self.export_result = QLabel(box)
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.export_result)
        self.export_error = error_label(box)
        layout.addWidget(self.export_error)
        return box

    def _build_import(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import"), self)
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.files_button = QPushButton(self.tr("Import files…"), box)
        self.files_button.setToolTip(self.tr("Bundles (.jtb) and join requests (.json)"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("Import a folder…"), box)
        self.folder_button.setToolTip(self.tr(
            "A shared folder where the schools put their bundles: every bundle in it is "
            "imported; those already imported change nothing."))
        self.folder_button.clicked.connect(self.choose_import_folder)
        row.addWidget(self.files_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.import_progress = QProgressBar(box)
        self.import_progress.hide()
        layout.addWidget(self.import_progress)
        self.import_relay = ProgressRelay(self.import_progress, self)
        self.summary = QLabel(box)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = read_only_table(box, [self.tr("File"), self.tr("Result"),
                                           self.tr("Details")], stretch=2, wrap=True)
        self.table.hide()
        layout.addWidget(self.table, 1)
        return box

    # -- showing ---------------------------------------------------------------------------
    def show_overview(self, overview: SyncOverview) -> None:
        """Offer the remembered folder first, then the removable media present now."""
        self.is_lead = overview.role == "lead"
        typed = self.folder.currentText()
        choices = [overview.export_folder] if overview.export_folder else []
        choices += [f for f in removable_folders() if f not in choices]
        self.folder.clear()
        self.folder.addItems(choices)
        self.folder.setEditText(typed or (choices[0] if choices else ""))
        can_export = overview.role is not None and overview.state != st.NOT_JOINED
        self.export_button.setEnabled(can_export and not self.busy)
        self.export_button.setToolTip("" if can_export else self.tr(
            "Join the alliance first: the lead school's invitation is needed."))
        self.full.setVisible(overview.role == "member")
        decided = {i.fingerprint: i.state for s in overview.schools for i in s.installations
                   if i.state in (st.INSTALLATION_APPROVED, st.INSTALLATION_REVOKED)}
        if decided != self.decided:
            self.decided = decided
            if any(r.kind == "join_request" for r in self.results):
                self._show_results(self.results)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.export_button, self.files_button, self.folder_button,
                       self.choose_button):
            button.setEnabled(not busy)

    # -- export ----------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("Export to which folder?"),
                                            self.folder.currentText())
        if folder:
            self.folder.setEditText(folder)

    def export(self) -> None:
        folder = self.folder.currentText().strip()
        self.export_error.hide()
        self.export_result.clear()
        if not folder:
            self.choose_folder()
            folder = self.folder.currentText().strip()
            if not folder:
                return
        if not Path(folder).is_dir():
            self._export_failed_text(self.tr("The folder {folder} does not exist or is not "
                                             "reachable (is the USB stick plugged in?).")
                                     .format(folder=folder))
            return
        full = self.full.isVisible() and self.full.isChecked()
        relay = self.export_relay

        def job(store) -> ExportResult:
            result = sync_export.export_bundle(store, Path(folder), full=full,
                                               progress=relay.report)
            sync_folders.set_export_folder(store, folder)
            return result

        self._set_busy(True)
        relay.start()
        self.ctx.run(job, self._exported, self._export_failed)

    def _exported(self, result: ExportResult) -> None:
        self.export_relay.finish()
        self._set_busy(False)
        text = self.tr("Exported {records} records and {attachments} attachments to {path}").format(
            records=result.records, attachments=result.attachments, path=str(result.path))
        if self.is_lead:  # one bundle for everyone: a newcomer expects one per school
            text += " " + self.tr("Give this same file to every member school: each imports it "
                                  "with “Import files…”.")
        else:  # what next: the walk of issue 14 found the member told only where it went
            text += " " + self.tr("Give this file to the lead school (on a USB stick or a "
                                  "shared folder): it imports it with “Import files…”.")
        self.export_result.setText(text)
        self.exported.emit(result)
        self.finished.emit()

    def _export_failed(self, error: Exception) -> None:
        self.export_relay.finish()
        self._set_busy(False)
        self._export_failed_text(error_text(error))
        self.finished.emit()

    def _export_failed_text(self, text: str) -> None:
        self.export_error.setText(text)
        self.export_error.show()

    # -- import ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = file_dialogs.open_files(
            self, self.tr("Import which files?"), self.folder.currentText(),
            self.tr("Bundles and join requests (*.jtb *.json);;All files (*)"))
        if paths:
            self.import_paths([Path(p) for p in paths])

    def choose_import_folder(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("Import every bundle of which "
                                                          "folder?"),
                                            self.folder.currentText())
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        relay = self.import_relay
        self.summary.clear()
        self.summary.setStyleSheet("")
        self._set_busy(True)
        relay.start()
        self.ctx.run(lambda store: sync_import.import_paths(store, paths, progress=relay.report),
                     self._imported, self._import_failed)

    def _imported(self, results: list[ImportResult]) -> None:
        self.import_relay.finish()
        self._set_busy(False)
        self.results = list(results)
        self._show_results(self.results)
        changes = all_changes(self.results)
        if changes:  # the pages that show these kinds refresh, and only they
            self.ctx.announce(changes)
        self.imported.emit(self.results)
        self.finished.emit()

    def _import_failed(self, error: Exception) -> None:
        self.import_relay.finish()
        self._set_busy(False)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(error_text(error))
        self.finished.emit()

    def _show_results(self, results: list[ImportResult]) -> None:
        own = sum(1 for r in results if own_file(r))
        skipped = sum(1 for r in results if not_for_here(r)) - own
        refused = sum(1 for r in results if r.status == st.REFUSED)
        counts = dict(total=len(results), skipped=skipped, refused=refused, own=own,
                      accepted=sum(1 for r in results if r.status == st.ACCEPTED),
                      known=sum(1 for r in results if r.status == st.KNOWN))
        if not results:
            self.summary.setText(self.tr("No bundle or join request was found there."))
        elif refused:
            self.summary.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
            self.summary.setText(self.tr("{refused} of {total} files were refused: nothing of "
                                         "them was imported. See why below.").format(**counts))
        else:
            text = self.tr("{accepted} files imported, {known} imported before (nothing "
                           "changed).").format(**counts)
            if skipped:
                text += " " + self.tr("{skipped} files are not for this school and were left "
                                      "alone.").format(**counts)
            if own:
                text += " " + self.tr("{own} files were exported by this school and were "
                                      "left alone.").format(**counts)
            self.summary.setText(text)
        self.table.setRowCount(len(results))
        for row, result in enumerate(results):
            status = (self.tr("This school's own file") if own_file(result)
                      else self.tr("Not for this school") if not_for_here(result)
                      else label(RESULTS, result.status))
            fill_row(self.table, row, (result.path.name, status, self.details(result)),
                     refused=result.status == st.REFUSED,
                     tips=(str(result.path),))
        self.table.setVisible(bool(results))
        self.table.resizeRowsToContents()

    def details(self, result: ImportResult) -> str:
        """One line about one file, in the user's language."""
        if result.status in (st.REFUSED, st.SKIPPED):
            if result.reason is not None:
                return result.reason.render(qt_translate)
            return self.tr("{file} was refused.").format(file=result.path.name)
        if result.status == st.KNOWN:
            return self.tr("Imported before: nothing changed.")
        if result.kind == "join_request" and result.fingerprint in self.decided:
            approved = self.decided[result.fingerprint] == st.INSTALLATION_APPROVED
            return (self.tr("Join request of {school}, fingerprint {fingerprint}: approved.")
                    if approved else
                    self.tr("Join request of {school}, fingerprint {fingerprint}: revoked.")
                    ).format(school=result.school_name, fingerprint=result.fingerprint)
        if result.kind == "join_request":
            return self.tr("Join request of {school}, fingerprint {fingerprint}. Check it with "
                           "the school by phone, then approve it under Member schools.").format(
                school=result.school_name, fingerprint=result.fingerprint)
        text = self.tr("From {school}: {received} records, {added} of them new.").format(
            school=result.school_name, received=result.received, added=result.added)
        if result.conflicts:
            text += " " + self.tr("{conflicts} conflicts to review.").format(
                conflicts=result.conflicts)
        return text
