"""The list of 师徒结对: filter by status (active first), kind and school, search by the name
or pinyin initials of mentor or mentee."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel

from ...domain.enums import PairingKind, PairingStatus
from ...domain.list_query import ListQuery
from ...domain.records import MentorPairing
from ...services import mentoring_ops
from ..context import AppContext
from ..paged_table_model import Column, day_column
from ..qt_text import coded_label
from ..reports import list_export
from ..widgets.pickers import EnumCombo, SearchableCombo
from ..widgets.record_list_page import RecordListPage


class PairingListPane(RecordListPage):
    list_name = "pairing"
    record_class = MentorPairing
    kinds = frozenset({"MentorPairing", "Teacher"})
    open_requested = Signal(object)  # a list row, or None for a new pairing
    selected = Signal(object)  # the chosen list row, or None

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(self.tr("Mentor or mentee (Ctrl+F)"))
        self.search.setMinimumWidth(110)
        self.new_button.setText(self.tr("New pairing"))
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.selected.emit(self.current_row()))
        self.model.modelReset.connect(lambda: self.selected.emit(None))
        ctx.with_directory(self._fill_schools)
        list_export.attach_to_list(self, "pairings")  # 导出: the rows shown

    def columns(self) -> list[Column]:
        kind, status = coded_label(PairingKind), coded_label(PairingStatus)
        return [Column("mentor_name", self.tr("Mentor")),
                Column("mentee_name", self.tr("Mentee")),
                Column("subject", self.tr("Subject")),
                Column("kind", self.tr("Kind"), kind),
                day_column("start", self.tr("Start")),
                Column("status", self.tr("Status"), status)]

    def build_filters(self, bar: QHBoxLayout) -> None:
        # The pane shares the page with the pairing's detail: at 1024 pixels (a projector)
        # both must fit side by side, so the filters, the search and the count take two
        # rows here instead of one long toolbar and one long filter bar.
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Status"), self), 0, 0)
        self.status_filter = EnumCombo(PairingStatus, self, allow_empty=True)
        self.status_filter.setItemText(0, self.tr("All"))
        self.status_filter.set_value(PairingStatus.ACTIVE)
        grid.addWidget(self.status_filter, 0, 1)
        grid.addWidget(QLabel(self.tr("Kind"), self), 0, 2)
        self.kind_filter = EnumCombo(PairingKind, self, allow_empty=True)
        self.kind_filter.setItemText(0, self.tr("All"))
        grid.addWidget(self.kind_filter, 0, 3)
        for combo in (self.status_filter, self.kind_filter):
            # A long English kind must not widen the pane; the open list shows it whole.
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(7)
        grid.addWidget(QLabel(self.tr("School"), self), 1, 0)
        self.school_filter = SearchableCombo(self)
        self.school_filter.lineEdit().setPlaceholderText(self.tr("All schools"))
        self.school_filter.setMinimumContentsLength(8)
        grid.addWidget(self.school_filter, 1, 1)
        self.toolbar.removeWidget(self.search)
        self.toolbar.removeWidget(self.count_label)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        grid.addLayout(search_row, 1, 2, 1, 3)
        grid.setColumnStretch(4, 1)
        bar.addLayout(grid, 1)
        self.status_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.kind_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.school_filter.chosen.connect(lambda _: self.refresh())

    def _fill_schools(self, directory) -> None:
        self.school_filter.set_entries((s.uuid, s.name, s.code) for s in directory.schools)

    def query(self) -> ListQuery:
        # str(): the combo hands back the stored code (Qt keeps str enums as plain strings).
        filters = {name: str(combo.value()) for name, combo in
                   (("status", self.status_filter), ("kind", self.kind_filter))
                   if combo.value() is not None}
        return ListQuery(filters=filters, school=self.school_filter.uuid())

    def describe(self, row: dict) -> str:
        return f"{row.get('mentor_name') or '?'} → {row.get('mentee_name') or '?'}"

    def open_editor(self, row: dict | None) -> None:
        self.open_requested.emit(row)

    # The plain pairing list cannot search by name; ours can (storage.mentoring_queries).
    def fetch_rows(self, store, query: ListQuery, offset: int, limit: int) -> list[dict]:
        return mentoring_ops.pairings_page(store, query, offset=offset, limit=limit)

    def count_rows(self, store, query: ListQuery) -> int:
        return mentoring_ops.pairings_count(store, query)

    def count_text(self, n: int) -> str:
        return self.tr("{n} pairings").format(n=n)

    def delete_current(self) -> None:
        """Another school's pairing cannot be deleted here; say so instead of failing."""
        row = self.current_row()
        directory = self.ctx.directory
        if row is not None and directory is not None \
                and row["owner_school"] != directory.my_school:
            self.ctx.failed.emit(self.tr("This pairing belongs to {school}; only that school "
                                         "can delete it.").format(
                                             school=directory.school_name(row["owner_school"])))
            return
        super().delete_current()


__all__ = ["PairingListPane"]
