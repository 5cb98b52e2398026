"""收发记录: every bundle and joining file sent or received, newest first, with the reason
for each refusal."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...sync import results as st
from ...sync.results import HistoryEntry
from ..qt_text import qt_translate
from .export_import_panel import REFUSED_BACKGROUND, REFUSED_BRUSH
from .sync_labels import DIRECTIONS, KINDS, RESULTS, label, when


class HistoryPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Sent or received"), self.tr("School"), self.tr("Contents"),
            self.tr("Records"), self.tr("Result"), self.tr("File and reason")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.Stretch)
        layout.addWidget(self.table)

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.entries = list(entries)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate(self.cells(entry)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if entry.status == st.REFUSED:
                    item.setForeground(REFUSED_BRUSH)
                    item.setBackground(REFUSED_BACKGROUND)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def cells(self, entry: HistoryEntry) -> tuple[str, ...]:
        about = entry.file
        if entry.reason is not None:
            about = f"{entry.file}: {entry.reason.render(qt_translate)}"
        return (when(entry.at), label(DIRECTIONS, entry.direction), entry.school_name,
                label(KINDS, entry.kind), str(entry.records), label(RESULTS, entry.status),
                about)
