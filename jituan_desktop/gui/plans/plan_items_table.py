"""四、月份安排: a plan's items, one row each (month, week, kind, what, who is responsible,
which schools, how it stands), with Add, Remove, Link a record… and Mark done.

The months offered are those of the plan's period (``set_months``); a row whose month has
fallen outside (the period changed) keeps it, marked, and saving says which item is out.
Each row keeps the item it was loaded from, so its id, link, mark and note survive editing.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Callable

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView,
                               QMenu, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QToolButton, QVBoxLayout, QWidget)

from ...domain.plan_progress import MARKED, Fulfilment, ItemState, item_order
from ...domain.plan_text import kind_text, month_text, standing_text
from ...domain.plan_validation import KINDS_OF
from ...domain.plans import PlanItem, PlanItemCategory
from ...services.directory_ops import Directory
from ..qt_text import qt_translate

MONTH, WEEK, KIND, WHAT, RESPONSIBLE, SCHOOLS, STANDING = range(7)
COLUMN_WIDTHS = {MONTH: 104, WEEK: 50, KIND: 162, RESPONSIBLE: 80, SCHOOLS: 120, STANDING: 150}
TEXT_PADDING = 12  # pixels a tool button's frame takes beside its text
ROUNDING = 4  # pixels: the style measures text a little differently from the font metrics


def kind_choices() -> list[tuple[str, str]]:
    """(category|kind, label) for every kind an item may name: each category alone, then
    each of its kinds (联盟活动, 联盟活动：同课异构 …)."""
    found = []
    for category in PlanItemCategory:
        found.append((f"{category.value}|", kind_text(PlanItem(category=category),
                                                      qt_translate)))
        for kind in KINDS_OF[category] or ():
            item = PlanItem(category=category, kind=kind.value)
            found.append((f"{category.value}|{kind.value}", kind_text(item, qt_translate)))
    return found


class SchoolsButton(QToolButton):
    """Which schools an item concerns, ticked in a menu; none ticked: as the plan."""

    changed = Signal()

    def __init__(self, directory: Directory, chosen: list[str], parent=None):
        super().__init__(parent)
        self.setPopupMode(QToolButton.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.names = {s.uuid: s.name for s in directory.schools}
        self.kept = [s for s in chosen if s not in self.names]  # schools no longer listed
        menu = QMenu(self)
        self.actions_by_school = {}
        for school in directory.schools:
            action = menu.addAction(school.name)
            action.setCheckable(True)
            action.setChecked(school.uuid in chosen)
            action.toggled.connect(self._toggled)
            self.actions_by_school[school.uuid] = action
        self.setMenu(menu)
        self._show()

    def _toggled(self, _checked: bool) -> None:
        self._show()
        self.changed.emit()

    def schools(self) -> list[str]:
        return [uuid for uuid, a in self.actions_by_school.items() if a.isChecked()] + self.kept

    def _show(self) -> None:
        chosen = [self.names.get(s, s) for s in self.schools()]
        self.full_text = "、".join(chosen) if chosen else self.tr("As the plan")
        explain = self.tr("No school ticked: the whole alliance for an alliance plan, the "
                          "school itself for a school plan.")
        # The column is narrow; two long school names are cut with "…" and read whole here.
        self.setToolTip(f"{self.full_text}\n{explain}" if chosen else explain)
        self._elide()

    def _elide(self) -> None:
        chrome = super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())
        room = max(self.width() - max(chrome, TEXT_PADDING), 20)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.ElideRight, room))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def minimumSizeHint(self) -> QSize:
        # Any width will do: the text is shortened to fit (the check wants the button's
        # text whole within its width, which the elision guarantees).
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 60), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        shown = self.fontMetrics().horizontalAdvance(self.text())
        full = self.fontMetrics().horizontalAdvance(self.full_text)
        return QSize(hint.width() - shown + full + ROUNDING, hint.height())


class PlanItemsTable(QWidget):
    changed = Signal()
    link_requested = Signal(int)  # row: the editor asks which record to link

    def __init__(self, directory: Directory, today: Callable[[], date], parent=None):
        super().__init__(parent)
        self.directory = directory
        self.today = today  # the app's clock (ctx.today): a mark is dated by it
        self.months: list[str] = []
        self._items: list[PlanItem] = []  # per row: the item as loaded (id, link, mark ...)
        self._kinds = kind_choices()
        self.progress_known = False  # set once the saved plan's progress has been shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Month"), self.tr("Week"), self.tr("Kind"), self.tr("Work"),
            self.tr("Responsible"), self.tr("Schools"), self.tr("How it stands")])
        # Widths are set, not fitted: a kind such as 向县教育局报送：理事会议重大决策季度书面
        # 汇报 would take the row's room from the work itself (its list still shows it whole).
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.Interactive)
        header.setSectionResizeMode(WHAT, QHeaderView.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setMinimumHeight(260)
        self.table.itemChanged.connect(lambda _: self.changed.emit())
        self.table.currentCellChanged.connect(lambda *_: self.update_buttons())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add item"), self)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(self.tr("Remove item"), self)
        self.remove_button.clicked.connect(self.remove_current)
        self.link_button = QPushButton(self.tr("Link a record…"), self)
        self.link_button.setToolTip(self.tr("Name the activity, meeting, demonstration lesson "
                                            "or report that carried this item out"))
        self.link_button.clicked.connect(lambda: self.link_requested.emit(self.table.currentRow()))
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.setToolTip(self.tr("For work no record carries out (a safety check): "
                                            "mark it done today, or take the mark back"))
        self.done_button.clicked.connect(self.toggle_done)
        for w in (self.add_button, self.remove_button, self.link_button, self.done_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        self.read_only = False
        self.update_buttons()

    # -- months of the period ----------------------------------------------------------------
    def set_months(self, months: list[str]) -> None:
        self.months = months
        for row in range(self.table.rowCount()):
            self._fill_months(self.month_combo(row), self.month_combo(row).currentData())

    def _fill_months(self, combo: QComboBox, keep: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        for month in self.months:
            combo.addItem(month_text(month, qt_translate), month)
        if keep and keep not in self.months:
            combo.addItem(self.tr("{month} (outside the plan)").format(
                month=month_text(keep, qt_translate)), keep)
        index = combo.findData(keep) if keep else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # -- rows --------------------------------------------------------------------------------
    def _add_clicked(self) -> None:
        row = self.table.currentRow()
        month = self.month_combo(row).currentData() if row >= 0 else None
        self.add_row(PlanItem(month=month or (self.months[0] if self.months else ""),
                              category=PlanItemCategory.ACTIVITY), focus=True)

    def add_row(self, item: PlanItem, *, focus: bool = False) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self._items.append(item)
        month = QComboBox(self.table)
        self._fill_months(month, item.month)
        month.currentIndexChanged.connect(lambda _: self.changed.emit())
        week = QSpinBox(self.table)
        week.setRange(0, 30)
        week.setSpecialValueText("—")  # no week: the month is precise enough
        week.setValue(item.week or 0)
        week.valueChanged.connect(lambda _: self.changed.emit())
        kind = QComboBox(self.table)
        kind.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        kind.setMinimumContentsLength(6)
        kind.view().setMinimumWidth(340)  # the open list shows every kind whole
        for key, text in self._kinds:
            kind.addItem(text, key)
        key = f"{item.category.value}|{item.kind or ''}"
        if kind.findData(key) < 0:  # a kind this version does not know: kept as it is
            kind.addItem(f"{item.category.value}: {item.kind}", key)
        kind.setCurrentIndex(kind.findData(key))
        kind.setToolTip(kind.currentText())  # a long kind is cut in the column; read it here
        kind.currentIndexChanged.connect(lambda _, k=kind: k.setToolTip(k.currentText()))
        kind.currentIndexChanged.connect(lambda _: self.changed.emit())
        schools = SchoolsButton(self.directory, item.schools, self.table)
        schools.changed.connect(self.changed.emit)
        self.table.setCellWidget(row, MONTH, month)
        self.table.setCellWidget(row, WEEK, week)
        self.table.setCellWidget(row, KIND, kind)
        self.table.setItem(row, WHAT, QTableWidgetItem(item.what))
        self.table.setItem(row, RESPONSIBLE, QTableWidgetItem(item.responsible))
        self.table.setCellWidget(row, SCHOOLS, schools)
        standing = QTableWidgetItem("")
        standing.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        self.table.setItem(row, STANDING, standing)
        self.table.blockSignals(False)
        if item.done_on is not None:
            self.set_standing(row, ItemState.DONE, Fulfilment(kind=MARKED, uuid="",
                                                              title=item.note,
                                                              day=item.done_on))
        for widget in (month, week, kind, schools):
            widget.setEnabled(not self.read_only)
        if focus:
            self.table.setCurrentCell(row, WHAT)
            self.table.editItem(self.table.item(row, WHAT))
            self.changed.emit()
        self.update_buttons()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        del self._items[row]
        self.changed.emit()
        self.update_buttons()

    def month_combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, MONTH)

    def set_items(self, items: list[PlanItem]) -> None:
        self.table.setRowCount(0)
        self._items = []
        for item in sorted(items, key=item_order):
            self.add_row(item)

    def items(self) -> list[PlanItem]:
        """The items as the table shows them; a row without any work written is left out
        (a row added and never filled is no item)."""
        found = []
        for row, base in enumerate(self._items):
            what = self.table.item(row, WHAT).text().strip()
            if not what:
                continue
            category, _, kind = self.table.cellWidget(row, KIND).currentData().partition("|")
            week = self.table.cellWidget(row, WEEK).value()
            found.append(dataclasses.replace(
                base, month=self.month_combo(row).currentData() or "", week=week or None,
                category=PlanItemCategory.parse(category), kind=kind, what=what,
                responsible=self.table.item(row, RESPONSIBLE).text().strip(),
                schools=self.table.cellWidget(row, SCHOOLS).schools()))
        return found

    def item_at(self, row: int) -> PlanItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    # -- how each item stands ----------------------------------------------------------------
    def set_standing(self, row: int, state: ItemState, fulfilment: Fulfilment | None) -> None:
        # Showing where an item stands is no edit of the plan: the callers that change the
        # plan (link, mark done) say so themselves.
        blocker = QSignalBlocker(self.table)  # noqa: F841 (held until the cell is written)
        cell = self.table.item(row, STANDING)
        cell.setText(standing_text(state, fulfilment, qt_translate))
        cell.setToolTip(cell.text())
        colour = {ItemState.DONE: "#1e7b34", ItemState.LATE: "#b00020"}.get(state)
        cell.setForeground(QColor(colour or "#000000"))

    def show_progress(self, progress: list) -> None:
        """ItemProgress of the saved plan, matched to rows by item id."""
        by_id = {p.item.id: p for p in progress}
        for row, item in enumerate(self._items):
            found = by_id.get(item.id)
            if found is not None:
                self.set_standing(row, found.state, found.fulfilled_by)
        self.progress_known = True

    def link(self, row: int, fulfilment: Fulfilment | None) -> None:
        """Link the row's item to a record (None: take the link back)."""
        self._items[row] = dataclasses.replace(self._items[row], fulfilled_by=(
            fulfilment.uuid if fulfilment is not None else None))
        if fulfilment is not None:
            self.set_standing(row, ItemState.DONE, fulfilment)
        else:
            self.table.item(row, STANDING).setText(self.tr("(shown after saving)"))
        self.changed.emit()
        self.update_buttons()

    def toggle_done(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        item = self._items[row]
        day = None if item.done_on is not None else self.today()
        self._items[row] = dataclasses.replace(item, done_on=day)
        if day is not None:
            self.set_standing(row, ItemState.DONE, Fulfilment(kind=MARKED, uuid="",
                                                              title=item.note, day=day))
        else:
            self.table.item(row, STANDING).setText(self.tr("(shown after saving)"))
        self.changed.emit()
        self.update_buttons()

    def update_buttons(self) -> None:
        item = self.item_at(self.table.currentRow())
        for w in (self.remove_button, self.link_button, self.done_button):
            w.setEnabled(item is not None and not self.read_only)
        self.done_button.setText(self.tr("Not done") if item is not None and item.done_on
                                 else self.tr("Mark done"))

    def set_read_only(self) -> None:
        self.read_only = True
        for w in (self.add_button, self.remove_button, self.link_button, self.done_button):
            w.setVisible(False)
        for row in range(self.table.rowCount()):
            for column in (MONTH, WEEK, KIND, SCHOOLS):
                self.table.cellWidget(row, column).setEnabled(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)

