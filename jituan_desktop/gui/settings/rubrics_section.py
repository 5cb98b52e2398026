"""评课量表: the rubric templates observers score lessons on, with their items.

Changing a template's items saves it as a new version (services/settings_ops.save_rubric),
so observations scored on the old items keep their meaning.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDoubleSpinBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.records import RubricTemplate
from ...domain.rubric import RubricItem
from ...services import settings_ops
from ...services.settings_ops import SettingsSnapshot
from ..widgets.record_editor import RecordEditor
from .table_section import TableSection


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


class RubricEditor(RecordEditor):
    preferred_size = (520, 520)  # less on a smaller screen; the form scrolls
    NAME, MAX, BONUS = range(3)

    def __init__(self, ctx, record: RubricTemplate | None = None, parent=None):
        super().__init__(ctx, record, parent)
        self.setWindowTitle(self.tr("Edit rubric template") if record
                            else self.tr("New rubric template"))

    def build_form(self, body: QWidget) -> None:
        outer = QVBoxLayout(body)
        form = QFormLayout()
        outer.addLayout(form)
        self.name = QLineEdit(body)
        self.errors.add_row(form, self.tr("Template name"), self.name, "name")
        self.version = QLabel(body)
        form.addRow(self.tr("Version"), self.version)
        self.items = QTableWidget(0, 3, body)
        self.items.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Maximum score"), self.tr("Bonus")])
        self.items.verticalHeader().hide()
        self.items.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add item"), body)
        self.add_button.clicked.connect(self._add_empty_item)
        self.remove_button = QPushButton(self.tr("Remove item"), body)
        self.remove_button.clicked.connect(self.remove_item)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        self.total = QLabel(body)
        bar.addWidget(self.total)
        rows = QWidget(body)
        box = QVBoxLayout(rows)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(bar)
        box.addWidget(self.items)
        self.errors.add_row(form, self.tr("Items"), rows, "items")
        hint = QLabel(self.tr("Changing the items saves the template as a new version: "
                              "observations already scored keep their scores."), body)
        hint.setWordWrap(True)
        outer.addWidget(hint)

    # -- items -----------------------------------------------------------------------------
    def add_item(self, item: RubricItem) -> int:
        row = self.items.rowCount()
        self.items.insertRow(row)
        self.items.setItem(row, self.NAME, QTableWidgetItem(item.name))
        score = QDoubleSpinBox(self.items)
        score.setRange(0, 100)
        score.setDecimals(1)
        score.setValue(item.max_score)
        score.valueChanged.connect(self._items_changed)
        self.items.setCellWidget(row, self.MAX, score)
        bonus = QCheckBox(self.items)
        bonus.setChecked(item.bonus)
        bonus.toggled.connect(self._items_changed)
        self.items.setCellWidget(row, self.BONUS, bonus)
        self._items_changed()
        return row

    def _add_empty_item(self) -> None:
        self.add_item(RubricItem(name="", max_score=10))

    def remove_item(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)
            self._items_changed()

    def _items_changed(self, *_args) -> None:
        self.mark_dirty()
        total = sum(i.max_score for i in self.item_values() if not i.bonus)
        self.total.setText(self.tr("Total: {total} points").format(total=_plain(total)))

    def item_values(self) -> list[RubricItem]:
        found = []
        for row in range(self.items.rowCount()):
            cell = self.items.item(row, self.NAME)
            score = self.items.cellWidget(row, self.MAX).value()
            found.append(RubricItem(name=(cell.text() if cell else "").strip(),
                                    max_score=int(score) if score.is_integer() else score,
                                    bonus=self.items.cellWidget(row, self.BONUS).isChecked()))
        return found

    # -- record ----------------------------------------------------------------------------
    def load(self, record: RubricTemplate) -> None:
        self.name.setText(record.name)
        self.version.setText(str(record.template_version))
        for item in record.items:
            self.add_item(item)

    def load_defaults(self) -> None:
        self.version.setText("1")
        self.add_item(RubricItem(name="", max_score=10))

    def collect(self) -> RubricTemplate:
        values = dict(name=self.name.text().strip(), items=self.item_values())
        if self.record is None:
            return RubricTemplate(**values)
        return replace(self.record, **values)

    def write(self, record: RubricTemplate, on_saved, on_error) -> None:
        """Through save_rubric, which saves changed items as a new version."""
        today = self.ctx.today()

        def saved(changes) -> None:
            on_saved(changes)
            self.ctx.announce(changes)

        self.ctx.run(lambda store: settings_ops.save_rubric(store, record, today=today),
                     saved, on_error)


class RubricsSection(TableSection):
    record_class = RubricTemplate
    kinds = frozenset({"RubricTemplate"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.item_table = QTableWidget(0, 3, self)
        self.item_table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Maximum score"), self.tr("Bonus")])
        self.item_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.item_table.verticalHeader().hide()
        self.item_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.layout_.addWidget(QLabel(self.tr("Items of the chosen template"), self))
        self.layout_.addWidget(self.item_table, 2)
        self.table.itemSelectionChanged.connect(self._show_items)

    def headers(self) -> list[str]:
        return [self.tr("Template"), self.tr("Version"), self.tr("Items"),
                self.tr("Full marks")]

    def rows_of(self, snapshot: SettingsSnapshot) -> list[RubricTemplate]:
        return snapshot.rubrics

    def cells(self, r: RubricTemplate) -> list[str]:
        return [r.name, str(r.template_version), str(len(r.items)), _plain(r.max_total)]

    def member_note(self) -> str:
        return self.tr("The lead school sets the rubric templates; they are shown read-only.")

    def make_editor(self, record: RubricTemplate | None) -> RubricEditor:
        return RubricEditor(self.ctx, record, self)

    def _show_items(self) -> None:
        record = self.current_record()
        items = record.items if record is not None else []
        self.item_table.setRowCount(len(items))
        for row, item in enumerate(items):
            texts = [item.name, _plain(item.max_score), self.tr("Yes") if item.bonus else ""]
            for column, text in enumerate(texts):
                self.item_table.setItem(row, column, QTableWidgetItem(text))


__all__ = ["RubricsSection", "RubricEditor"]
