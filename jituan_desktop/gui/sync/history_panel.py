"""收发记录: every bundle and joining file sent or received, newest first, with the reason
for each refusal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...sync import results as st
from ...sync.results import HistoryEntry
from ..qt_text import qt_translate
from .result_table import fill_row, read_only_table
from .sync_labels import CONTEXT, DIRECTIONS, KINDS, RESULTS, WRITTEN, label, when


class HistoryPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []
        layout = QVBoxLayout(self)
        self.table = read_only_table(self, [
            self.tr("When"), self.tr("Sent or received"), self.tr("School"), self.tr("Contents"),
            self.tr("Records"), self.tr("Result"), self.tr("File and reason")], stretch=6,
            wrap=True)
        layout.addWidget(self.table)

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.entries = list(entries)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            fill_row(self.table, row, self.cells(entry), refused=entry.status == st.REFUSED)
        self.table.resizeRowsToContents()

    def cells(self, entry: HistoryEntry) -> tuple[str, ...]:
        about = entry.file
        if entry.reason is not None:
            reason = entry.reason.render(qt_translate)
            # The reasons name their file; one that does not is shown after it.
            about = reason if entry.file in reason else f"{entry.file}: {reason}"
        result = label(RESULTS, entry.status) if entry.direction != st.SENT \
            else QCoreApplication.translate(CONTEXT, WRITTEN)
        return (when(entry.at), label(DIRECTIONS, entry.direction), entry.school_name,
                label(KINDS, entry.kind), str(entry.records), result,
                about)
