"""备份与恢复: the copies the app keeps in the data folder, a backup to a folder (a USB stick)
and restoring one (docs/backups.md).

A backup to a folder is encrypted with a password typed twice; a restore asks for the
password, shows the backup's date, school and counts with a warning, and only then replaces
the database (the current one is kept in the backups folder first). The restored database is
opened through the same checks as at start-up (a copied or older one becomes a new
installation that the lead approves again); the window then closes so that every page starts
again over the restored records. All work runs on the database thread (``ctx.run``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...services import backup_ops
from ...services.backup_ops import BackupsOverview, RestoreResult
from ...services.settings_ops import SettingsSnapshot
from ...sync.installation import check_installation
from ..context import AppContext
from ..qt_text import error_text, qt_translate, shown_size, shown_stamp
from ..widgets import file_dialogs
from ..widgets.field_errors import error_label
from ..widgets.screen_fit import fit_to_screen

GB = 1024 ** 3


class PasswordDialog(QDialog):
    """The backup's password: typed twice for a new backup, once to open one."""

    def __init__(self, parent=None, *, twice: bool):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password of the backup"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "The backup is encrypted with this password: without it nobody can read the "
            "backup, and nobody can restore it. Keep it apart from the USB stick.")
            if twice else self.tr("Type the password the backup was made with."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        layout.addLayout(form)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("Password"), self.password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.Password)
        if twice:
            form.addRow(self.tr("Password again"), self.again)
        else:
            self.again.hide()
        self.twice = twice
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, (420, self.sizeHint().height()))

    def accept(self) -> None:
        """A new password too short or typed differently is said here, to type again."""
        if self.twice:
            try:
                backup_ops.check_new_password(*self.values())
            except backup_ops.BackupError as exc:
                self.error.setText(error_text(exc))
                self.error.show()
                return
        super().accept()

    def values(self) -> tuple[str, str]:
        password = self.password.text()
        return password, self.again.text() if self.twice else password


class BackupSection(QWidget):
    kinds: frozenset[str] = frozenset()
    loaded = Signal(object)  # BackupsOverview
    backed_up = Signal(object)  # the backup file's path
    previewed = Signal(object)  # BackupFacts
    restored = Signal(object)  # RestoreResult

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.overview: BackupsOverview | None = None
        self.busy = False
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The app keeps copies of the database in the data folder's backups folder: before "
            "every import of bundles, once a day it is used, and before a restore. It keeps "
            "the last 10 and one a month for a year, within the space below. These copies hold "
            "the records; a backup to a folder also carries the attached files."), self)
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.error = error_label(self)
        outer.addWidget(self.error)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size"),
                                              self.tr("Records")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        outer.addWidget(self.table, 1)
        budget_bar = QHBoxLayout()
        self.used = QLabel(self)
        self.budget = QSpinBox(self)
        self.budget.setRange(1, 100)
        self.budget.setSuffix(" GB")
        self.save_budget = QPushButton(self.tr("Keep this limit"), self)
        self.save_budget.clicked.connect(self.apply_budget)
        budget_bar.addWidget(self.used)
        budget_bar.addWidget(QLabel(self.tr("Space for backups at most:"), self))
        budget_bar.addWidget(self.budget)
        budget_bar.addWidget(self.save_budget)
        budget_bar.addStretch(1)
        outer.addLayout(budget_bar)
        bar = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now to a folder…"), self)
        self.backup_button.clicked.connect(self.choose_backup_folder)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"), self)
        self.restore_button.clicked.connect(self.choose_backup_file)
        bar.addWidget(self.backup_button)
        bar.addWidget(self.restore_button)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        # The questions asked of the user; tests answer them without a modal dialog.
        self.ask_password = self._ask_password
        self.confirm = self._confirm
        self.after_restore = self._close_window  # filled by the page's show_snapshot
        self.after_failed_restore = self._close_after_failure

    # -- the list --------------------------------------------------------------------------
    def show_snapshot(self, _snapshot: SettingsSnapshot) -> None:
        self.reload()

    def reload(self) -> None:
        self.ctx.run(backup_ops.overview, self._show)

    def _show(self, overview: BackupsOverview) -> None:
        self.overview = overview
        self.table.setRowCount(len(overview.rows))
        for row, entry in enumerate(overview.rows):
            # The school first: a copy made before restoring another school's backup holds
            # the records of the school this computer had before.
            counts = self.tr("{school}: {counts}").format(
                school=entry.facts.school_name or "?",
                counts=backup_ops.counts_text(entry.facts, qt_translate)) if entry.facts \
                else self.tr("cannot be read")
            cells = (shown_stamp(entry.made), qt_translate("Backups", backup_ops.KIND_NAMES[
                entry.kind]), shown_size(entry.size), counts)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(entry.path) if column == 0 else text)
                self.table.setItem(row, column, item)
        self.used.setText(self.tr("Backups use {used}.").format(
            used=shown_size(overview.total_bytes)))
        self.budget.setValue(max(1, round(overview.budget / GB)))
        self.loaded.emit(overview)

    def apply_budget(self) -> None:
        value = self.budget.value() * GB
        self.ctx.run(lambda store: backup_ops.set_budget(store, value), self._show,
                     self._failed)

    # -- backing up ------------------------------------------------------------------------
    def choose_backup_folder(self) -> None:
        folder = file_dialogs.choose_folder(
            self, self.tr("Choose the folder for the backup (a USB stick)"))
        if not folder:
            return
        answer = self.ask_password(True)
        if answer is not None:
            self.backup_to(Path(folder), *answer)

    def backup_to(self, folder: Path, password: str, again: str) -> None:
        self._start(self.tr("Writing the backup…"))

        def done(made) -> None:
            path, facts = made
            self._finish(self.tr("Backup written: {file}. Keep the password apart from the USB "
                                 "stick: without it the backup cannot be restored.").format(
                file=path))
            self.backed_up.emit(path)

        self.ctx.run(lambda store: backup_ops.backup_to_folder(store, folder, password, again),
                     done, self._failed)

    # -- restoring -------------------------------------------------------------------------
    def choose_backup_file(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Choose the backup to restore"), "",
            self.tr("Backups (*.jtbackup *.sqlite3)"))
        if not path:
            return
        password = None
        if Path(path).suffix == backup_ops.SUFFIX:
            answer = self.ask_password(False)
            if answer is None:
                return
            password = answer[0]
        self.preview(Path(path), password)

    def preview(self, path: Path, password: str | None) -> None:
        """Check the backup and show what it holds; restore only if the user agrees."""
        self._start(self.tr("Reading the backup…"))

        def shown(facts) -> None:
            self._finish("")
            self.previewed.emit(facts)
            if self.confirm(self.preview_text(facts)):
                self.restore(path, password)

        self.ctx.run(lambda store: backup_ops.preview(store.data_dir, path, password), shown,
                     self._failed)

    def preview_text(self, facts) -> str:
        school = facts.school_name + (f" ({facts.school_code})" if facts.school_code else "")
        return self.tr(
            "Made: {at}\nSchool: {school}\nRecords: {counts}\n\nRestoring replaces ALL the "
            "records on this computer with the ones in this backup; what was entered since "
            "the backup is lost here (the lead school sends back what it has received). The "
            "current database is kept in the backups folder first. The window closes "
            "afterwards; open the app again.").format(
            at=shown_stamp(facts.made_at) or "?", school=school or "?",
            counts=backup_ops.counts_text(facts, qt_translate))

    def restore(self, path: Path, password: str | None) -> None:
        self._start(self.tr("Restoring…"))

        def done(result: RestoreResult) -> None:
            self._finish(self.tr("Restored. The database it replaced is kept in the backups "
                                 "folder."), reload=False)  # the store is closed now
            self.restored.emit(result)
            self.after_restore()

        def failed(error: Exception) -> None:
            # The store may have been closed before the failure (another program holding
            # the database): the pages cannot go on over it either way.
            self._failed(error)
            self.after_failed_restore(error_text(error))

        # The store is closed inside the job, on the database thread that owns it.
        self.ctx.run(lambda store: backup_ops.restore(
            store.data_dir, path, password, store.clock, current=store,
            after_open=check_installation), done, failed)

    # -- helpers ---------------------------------------------------------------------------
    def _start(self, text: str) -> None:
        self.busy = True
        self.error.hide()
        self.status.setText(text)
        for button in (self.backup_button, self.restore_button, self.save_budget):
            button.setEnabled(False)

    def _finish(self, text: str, *, reload: bool = True) -> None:
        self.busy = False
        self.status.setText(text)
        for button in (self.backup_button, self.restore_button, self.save_budget):
            button.setEnabled(True)
        if text and reload:
            self.reload()

    def _failed(self, error: Exception) -> None:
        self._finish("")
        self.error.setText(error_text(error))
        self.error.show()

    def _close_window(self) -> None:
        """Every page holds records of the replaced database: start again."""
        QMessageBox.information(self, self.tr("Restore from a backup"), self.tr(
            "The backup has been restored. The window closes now; open the app again to work "
            "with the restored records. If the lead school must approve this computer again, "
            "the 同步 page says so."))
        self.window().close()

    def _close_after_failure(self, reason: str) -> None:
        QMessageBox.warning(self, self.tr("Restore from a backup"), self.tr(
            "The backup was not restored: {reason}\n\nThe window closes now; open the app "
            "again.").format(reason=reason))
        self.window().close()

    def _ask_password(self, twice: bool) -> tuple[str, str] | None:
        dialog = PasswordDialog(self, twice=twice)
        return dialog.values() if dialog.exec() == QDialog.Accepted else None

    def _confirm(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Warning, self.tr("Restore from a backup"), text,
                          QMessageBox.NoButton, self)
        go = box.addButton(self.tr("Restore"), QMessageBox.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.RejectRole)
        box.setDefaultButton(cancel)  # Enter never replaces every record by accident
        box.exec()
        return box.clickedButton() is go


__all__ = ["BackupSection", "PasswordDialog"]
