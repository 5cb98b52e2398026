"""冲突: records two laptops of one school (or a restored backup) changed at once.

Every replica already picked the same winner; the losing version is kept here. The school
that owns the record may keep one version instead; another school only sets it aside.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import LABELS
from ...sync import history as sync_history
from ...sync.results import ConflictEntry
from ..context import AppContext
from ..qt_text import error_text
from ..widgets.field_errors import error_label
from .result_table import fill_row, read_only_table, selected
from .sync_labels import when


class ConflictsPanel(QWidget):
    changed = Signal()  # a conflict was resolved or set aside

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[ConflictEntry] = []
        layout = QVBoxLayout(self)
        explain = QLabel(self.tr(
            "Two laptops of one school (or a restored backup) changed the same record. Every "
            "school already shows the same version; the other one is kept here. The school "
            "that wrote the record may keep the other version instead; other schools only set "
            "it aside."), self)
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.table = read_only_table(self, [self.tr("Kind"), self.tr("Record"),
                                            self.tr("Version kept for review"),
                                            self.tr("Found"), self.tr("Can resolve")], stretch=1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep this version"), self)
        self.keep_button.setToolTip(self.tr("Make this version the record's current one "
                                            "(only for this school's own records)."))
        self.aside_button = QPushButton(self.tr("Set aside"), self)
        self.aside_button.setToolTip(self.tr("Mark as seen; the version every school shows "
                                             "stays."))
        self.keep_button.clicked.connect(self.keep)
        self.aside_button.clicked.connect(self.set_aside)
        bar.addWidget(self.keep_button)
        bar.addWidget(self.aside_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self._update_buttons()

    def show_entries(self, entries: list[ConflictEntry]) -> None:
        self.entries = list(entries)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (QCoreApplication.translate(LABELS, entry.kind_label), entry.title,
                     self.tr("Version {version} from laptop {origin}").format(
                         version=entry.version, origin=entry.origin[:8]),
                     when(entry.detected_at),
                     self.tr("Yes") if entry.can_resolve else self.tr("No (another school's)"))
            fill_row(self.table, row, cells)
        self._update_buttons()

    def current(self) -> ConflictEntry | None:
        return selected(self.table, self.entries)

    def _update_buttons(self) -> None:
        entry = self.current()
        self.keep_button.setEnabled(entry is not None and entry.can_resolve)
        self.aside_button.setEnabled(entry is not None and not entry.can_resolve)

    def keep(self) -> None:
        entry = self.current()
        if entry is None or not entry.can_resolve:
            return

        def kept(changes) -> None:
            self.ctx.announce(changes)
            self.changed.emit()

        self.error.hide()
        self.ctx.run(lambda store: sync_history.keep_version(
            store, entry.table, entry.uuid, entry.version, entry.origin), kept, self._failed)

    def set_aside(self) -> None:
        entry = self.current()
        if entry is None:
            return
        self.error.hide()
        self.ctx.run(lambda store: sync_history.set_aside(store, entry.id),
                     lambda _: self.changed.emit(), self._failed)

    def _failed(self, error: Exception) -> None:
        self.error.setText(error_text(error))
        self.error.show()
