"""A page listing one kind of record: filters, search as you type, a paged table, and
New / Edit / Delete with confirmation and undo.

Subclasses say which list (``storage.listing``), which columns, which filters, and how to
open the editor. Rows page in from the database thread as the table scrolls; the count
arrives on its own, so a slow count never holds the rows back.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from ...domain.list_query import ListQuery
from ...domain.records import Record
from ...services import query_ops, record_ops
from ...services.changes import Changes
from ..context import AppContext
from ..paged_table_model import Column, PagedTableModel
from .tables import setup_record_table, short_text_width

SEARCH_DELAY_MS = 150  # one query per pause in typing, not one per key
MAX_COLUMN_WIDTH = 320  # a long topic must not push the other columns off screen
COUNT_DELAY_MS = 300  # the total waits for a longer pause: rows first, never queued behind it
EMPTY_HINT_STYLE = "background: #f3f7fb; border: 1px solid #c9d9ea; padding: 8px;"


class RecordListPage(QWidget):
    list_name: str = ""
    record_class: type[Record] | None = None
    kinds: frozenset[str] = frozenset()  # Changes kinds that refresh this list

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.editor = None  # the editor open from this page, if any
        layout = QVBoxLayout(self)
        self.toolbar = QHBoxLayout()
        layout.addLayout(self.toolbar)
        self.filter_bar = QHBoxLayout()
        layout.addLayout(self.filter_bar)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setToolTip(self.tr("New (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(self.tr("Open"), self)
        self.edit_button.clicked.connect(self.open_current)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_current)
        for w in (self.new_button, self.edit_button, self.delete_button):
            self.toolbar.addWidget(w)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.search, 2)
        self.count_label = QLabel(self)
        self.toolbar.addWidget(self.count_label)
        self.model = PagedTableModel(self.columns(), self._fetcher(), run=ctx.run_pages,
                                     parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        # Widths fit the first page once (_size_columns); the user may drag them after.
        setup_record_table(self.table, self.open_current, fit_contents=False)
        self._sized = False
        self.model.rowsInserted.connect(self._size_columns)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.model.modelReset.connect(self.update_buttons)
        # What an empty list means and what to do (the first day at a school starts here).
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyListHint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(EMPTY_HINT_STYLE)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.build_filters(self.filter_bar)
        self.filter_bar.addStretch(1)
        for i in range(self.filter_bar.count()):
            combo = self.filter_bar.itemAt(i).widget()
            if isinstance(combo, QComboBox) \
                    and combo.sizeAdjustPolicy() != QComboBox.AdjustToContents:
                # A long English label ("Backbone teacher coaching") must not widen the page
                # past a 1366-pixel laptop screen; the open list still shows it whole.
                # A box that asked to fit its contents (the 学期, the 学年) keeps them whole:
                # "2026-2027学" told the reader nothing.
                combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(max(combo.minimumContentsLength(), 7))
        ctx.changed.connect(self._on_changed)
        self._count_generation = 0
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._start_count)
        self.refresh()

    # -- for subclasses --------------------------------------------------------------------
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def build_filters(self, bar: QHBoxLayout) -> None:
        """Add filter widgets to ``bar``; call ``self.refresh`` when one changes."""

    def query(self) -> ListQuery:
        """The list query from the filters; the search text is added by the page."""
        return ListQuery()

    editor_class: type | None = None  # a RecordEditor taking (ctx, record, parent)

    def open_editor(self, row: dict | None) -> None:
        """Open the editor on ``row`` (a list row) or on a new record when None: the record
        is read on the database thread, and forms wait for the directory of choices."""
        if row is None:
            self.ctx.with_directory(lambda _d: self.show_editor(None))
            return
        uuid, cls = row["uuid"], self.record_class
        self.ctx.run(lambda store: record_ops.get(store, cls, uuid),
                     lambda record: self.ctx.with_directory(lambda _d: self.show_editor(record)))

    def show_editor(self, record: Record | None):
        self.editor = self.editor_class(self.ctx, record, self)
        self.editor.open()
        return self.editor

    def fetch_rows(self, store, query: ListQuery, offset: int, limit: int) -> list[dict]:
        """One page of rows (on the database thread); the storage list by default."""
        return query_ops.page(store, self.list_name, query, offset=offset, limit=limit)

    def count_rows(self, store, query: ListQuery) -> int:
        """How many rows the query has in all (on the database thread)."""
        return query_ops.count(store, self.list_name, query)

    def count_text(self, n: int) -> str:
        return self.tr("{n} records").format(n=n)

    def empty_hint(self) -> str:
        """What to do when the list is empty and nothing is being searched for."""
        return self.tr("Nothing here yet with the filters above. Click New (Ctrl+N) to add "
                       "the first record, or choose other filters.")

    def show_empty_hint(self, count: int) -> None:
        """An empty list says why and what to do; a list with rows says nothing."""
        text = ""
        if count == 0:
            searched = self.search.text().strip()
            text = self.tr("Nothing matches \"{text}\". Clear the search box to see "
                           "every record.").format(text=searched) if searched \
                else self.empty_hint()
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))

    def describe(self, row: dict) -> str:
        """A few words naming the row, for the delete confirmation and the undo bar."""
        return str(row.get("topic") or row.get("title") or row.get("name") or "")

    # -- behaviour -------------------------------------------------------------------------
    def current_query(self) -> ListQuery:
        query = self.query()
        query.text = self.search.text().strip()
        return query

    def _fetcher(self, query: ListQuery | None = None):
        store, query = self.ctx.store, query or ListQuery()
        return lambda offset, limit: self.fetch_rows(store, query, offset, limit)

    def refresh(self) -> None:
        """Start the list over with the current filters and search text."""
        query = self.current_query()
        self.model.set_fetch(self._fetcher(query))
        self.model.fetchMore()
        self._count_generation += 1
        self._counted_query = query
        self.count_label.setText(self.tr("counting…"))
        self._count_timer.start()

    def _start_count(self) -> None:
        generation, query = self._count_generation, self._counted_query

        def counted(n: int | None) -> None:
            if n is not None and generation == self._count_generation:
                self.count_label.setText(self.count_text(n))
                self.show_empty_hint(n)

        def count(store) -> int | None:
            # Skipped when a newer query came meanwhile: typing never waits on stale counts.
            if generation != self._count_generation:
                return None
            return self.count_rows(store, query)

        self.ctx.run(count, counted)

    def _size_columns(self, _parent=None, first: int = 0, last: int | None = None) -> None:
        """Fit the columns to the first page that has rows, once: later pages and queries
        keep the widths the user sees (and may have dragged), only widening a column whose
        short texts (a three-character name beyond the first rows fitted) would be cut."""
        header = self.table.horizontalHeader()
        if not self._sized:
            self._sized = True
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount() - 1):
                header.resizeSection(column, min(header.sectionSize(column),
                                                 MAX_COLUMN_WIDTH))
        for column in range(self.model.columnCount()):  # the last too: squeezed, it is cut
            if header.sectionResizeMode(column) != QHeaderView.Interactive:
                continue  # fitted or stretched by Qt itself
            need = min(short_text_width(self.table, column, first, last), MAX_COLUMN_WIDTH)
            if need > header.sectionSize(column):
                header.resizeSection(column, need)

    def _on_changed(self, changes: Changes) -> None:
        if changes.kinds & self.kinds:
            self.refresh()

    def current_row(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def new_record(self) -> None:
        self.open_editor(None)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_editor(row)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def is_own(self, row: dict | None) -> bool:
        """Whether this school wrote the row's record: only then may it change or delete it."""
        directory = self.ctx.directory
        return (row is not None and directory is not None
                and row.get("owner_school") == directory.my_school)

    def update_buttons(self) -> None:
        """Open needs a row; Delete needs a row this school wrote (and says why not)."""
        row = self.current_row()
        own = self.is_own(row)
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(own)
        self.delete_button.setToolTip("" if own or row is None else self.tr(
            "Only the school that wrote this record can change or delete it."))

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None or self.record_class is None or not self.is_own(row):
            return
        what = self.describe(row)
        answer = QMessageBox.question(
            self, self.tr("Delete"),
            self.tr("Delete \"{what}\"? You can undo this right after.").format(what=what),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer == QMessageBox.Yes:
            self.ctx.delete(self.record_class, row["uuid"], what)


__all__ = ["RecordListPage", "Column"]
