"""The 师徒结对 page: the pairings on the left, the chosen pairing on the right (its facts,
the semester against the quota, its sessions as a timeline with a quick add)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QSplitter, QWidget

from ...domain.records import MentorPairing
from ...services import record_ops
from ..context import AppContext
from .pairing_detail import PairingDetailView
from .pairing_editor import PairingEditor
from .pairing_list import PairingListPane


class MentoringPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.pairings = PairingListPane(ctx, self.splitter)
        self.detail = PairingDetailView(ctx, self.splitter)
        self.splitter.addWidget(self.pairings)
        self.splitter.addWidget(self.detail)
        # The list shows its six columns whole on a 1366-pixel laptop; at 1024 pixels both
        # sides keep their least widths (the list then scrolls sideways).
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 600])
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter)
        self.chosen: str | None = None  # kept across list refreshes
        self.pairings.selected.connect(self._selected)
        self.pairings.open_requested.connect(self._open_row)
        self.pairings.model.rowsInserted.connect(self._reselect)
        self.detail.edit_requested.connect(self.open_pairing)
        self.detail.delete_requested.connect(self._delete_pairing)
        self.detail.gone.connect(lambda: setattr(self, "chosen", None))

    # -- keyboard (the main window sends Ctrl+N and Ctrl+F here) ---------------------------
    def new_record(self) -> None:
        self.open_pairing(None)

    def focus_search(self) -> None:
        self.pairings.focus_search()

    def confirm_close(self) -> bool:
        """Asked by the main window before it closes: a session typed in the quick-add row
        and not added is saved, dropped or keeps the window open, as the user says."""
        return self.detail.timeline.confirm_close()

    # -- choosing --------------------------------------------------------------------------
    def _selected(self, row: dict | None) -> None:
        if row is not None and row["uuid"] != self.chosen:
            self.chosen = row["uuid"]
            self.detail.show_pairing(self.chosen)

    def _reselect(self, *_args) -> None:
        """After the list reloads (a filter, an edit), keep the chosen pairing highlighted."""
        model = self.pairings.model
        if self.chosen is None or self.pairings.table.currentIndex().isValid():
            return
        for i in range(model.rowCount()):
            if model.row(i)["uuid"] == self.chosen:
                self.pairings.table.selectRow(i)
                return

    def select_pairing(self, uuid: str) -> None:
        """Show the pairing ``uuid`` (and highlight it when the list holds it)."""
        self.chosen = uuid
        self.detail.show_pairing(uuid)
        self._reselect()

    # -- editing ---------------------------------------------------------------------------
    def _open_row(self, row: dict | None) -> None:
        if row is None:
            self.open_pairing(None)
            return
        self.ctx.run(lambda store: record_ops.get(store, MentorPairing, row["uuid"]),
                     self.open_pairing)

    def open_pairing(self, pairing: MentorPairing | None) -> PairingEditor:
        editor = PairingEditor(self.ctx, pairing, self)
        editor.saved.connect(lambda record: self.select_pairing(record.uuid))
        editor.open()
        self.editor = editor  # the dialog open now (tests drive it)
        return editor

    def _delete_pairing(self, pairing: MentorPairing | None) -> None:
        if pairing is None:
            return
        d = self.ctx.directory
        what = f"{d.teacher_name(pairing.mentor)} → {d.teacher_name(pairing.mentee)}"
        answer = QMessageBox.question(
            self, self.tr("Delete pairing"),
            self.tr("Delete the pairing \"{what}\"? Its sessions stay recorded. You can undo "
                    "this right after.").format(what=what),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer == QMessageBox.Yes:
            self.ctx.delete(MentorPairing, pairing.uuid, what)


__all__ = ["MentoringPage"]
