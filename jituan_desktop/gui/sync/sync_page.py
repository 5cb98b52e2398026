"""同步: the alliance's exchange of bundles by USB stick or shared folder.

The header says who this laptop is (school, alliance, state, the fingerprint read over the
phone) and what waits; the tabs export and import, list the member schools (lead only), the
history of every file sent and received, and the conflicts to review. Everything shown comes
from one snapshot read on the database thread, read again after every sync action and after
any other page's change (records not yet sent grow as people type).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from ...sync import documents as sync_docs
from ...sync import history as sync_history
from ...sync import joining as sync_joining
from ...sync import overview as sync_overview
from ...sync.results import ConflictEntry, HistoryEntry, JoinResult, SyncOverview
from ..context import AppContext
from ..qt_text import error_text
from ..widgets import file_dialogs
from .conflicts_panel import ConflictsPanel
from .export_import_panel import ExportImportPanel
from .header_panel import SyncHeader
from .history_panel import HistoryPanel
from .schools_panel import SchoolsPanel


@dataclass(frozen=True)
class SyncSnapshot:
    overview: SyncOverview
    history: list[HistoryEntry]
    conflicts: list[ConflictEntry]


def load_snapshot(store, today) -> SyncSnapshot:
    return SyncSnapshot(sync_overview.overview(store, today=today),
                        sync_history.history(store), sync_history.conflict_entries(store))


class SyncPage(QWidget):
    loaded = Signal(object)  # SyncSnapshot, each time the page has been filled
    joined = Signal(object)  # JoinResult

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot: SyncSnapshot | None = None
        self._reload_pending = False
        layout = QVBoxLayout(self)
        self.header = SyncHeader(self)
        self.header.join_requested.connect(self.join)
        layout.addWidget(self.header)
        self.tabs = QTabWidget(self)
        self.transfer = ExportImportPanel(ctx, self.tabs)
        self.schools = SchoolsPanel(ctx, self.tabs)
        self.history = HistoryPanel(self.tabs)
        self.conflicts = ConflictsPanel(ctx, self.tabs)
        self.tabs.addTab(self.transfer, self.tr("Export and import"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        layout.addWidget(self.tabs, 1)
        self.schools.hide()  # a tab only at the lead school, once the overview says so
        for signal in (self.transfer.finished, self.schools.changed, self.conflicts.changed,
                       ctx.changed):
            signal.connect(self.schedule_reload)
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        today = self.ctx.today()
        self.ctx.run(lambda store: load_snapshot(store, today), self._fill,
                     lambda error: self.header.show_error(error_text(error)))

    def _fill(self, snapshot: SyncSnapshot) -> None:
        self.snapshot = snapshot
        overview = snapshot.overview
        self.header.show_overview(overview)
        self.transfer.show_overview(overview)
        is_lead = overview.role == "lead"
        index = self.tabs.indexOf(self.schools)
        if is_lead and index < 0:
            self.tabs.insertTab(1, self.schools, self.tr("Member schools"))
        elif not is_lead and index >= 0:
            self.tabs.removeTab(index)
        self.schools.show_states(list(overview.schools))
        self.history.show_entries(snapshot.history)
        self.conflicts.show_entries(snapshot.conflicts)
        title = self.tr("Conflicts ({count})").format(count=len(snapshot.conflicts)) \
            if snapshot.conflicts else self.tr("Conflicts")
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), title)
        self.loaded.emit(snapshot)

    def schedule_reload(self, *_why) -> None:
        """Read again soon; several reasons arriving together (an import that announces
        what it changed, then says it finished) read once."""
        if not self._reload_pending:
            self._reload_pending = True
            QTimer.singleShot(0, self, self._reload_now)

    def _reload_now(self) -> None:
        self._reload_pending = False
        self.reload()

    def activate(self) -> None:
        """Shown again: records typed elsewhere and USB sticks plugged in meanwhile."""
        if self.snapshot is not None:
            self.reload()

    # -- joining (a member school) ---------------------------------------------------------
    def join(self) -> None:
        invitation = file_dialogs.open_file(
            self, self.tr("Choose the invitation from the lead school"), "",
            self.tr("Invitations (*.json);;All files (*)"))
        if not invitation or not self._invitation_is_for_us(Path(invitation)):
            return
        folder = file_dialogs.choose_folder(
            self, self.tr("Write the join request to which folder (for example the USB "
                          "stick)?"), str(Path(invitation).parent))
        if not folder:
            return

        def joined(result: JoinResult) -> None:
            self.header.show_joined(result)
            if not self.transfer.folder.currentText().strip():
                self.transfer.folder.setEditText(folder)  # the stick the request went to
            # The school's own records were re-labelled to the invited school.
            self.ctx.announce(result.changes)
            self.joined.emit(result)

        self.ctx.run(lambda store: sync_joining.join(store, Path(invitation), Path(folder)),
                     joined, lambda error: self.header.show_error(error_text(error)))

    def _invitation_is_for_us(self, path: Path) -> bool:
        """A stick often holds the invitations of several schools, named only by code; joining
        with another school's one would make this laptop that school. Ask before that."""
        try:
            invitation = sync_docs.read_invitation(sync_docs.read_document_file(path),
                                                   source=path.name)
        except Exception:  # not an invitation: join() refuses it with its own message
            return True
        ours = self.snapshot.overview.school if self.snapshot is not None else ""
        invited = invitation["school"]["name"]
        if not ours or invited == ours:
            return True
        answer = QMessageBox.question(
            self, self.tr("Join an alliance"),
            self.tr("This invitation is for {invited}, but this laptop is set up as {ours}. "
                    "Joining with it makes this laptop {invited}. Join as {invited}?").format(
                invited=invited, ours=ours),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes


__all__ = ["SyncPage", "SyncSnapshot"]
