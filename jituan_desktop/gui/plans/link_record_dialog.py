"""Choosing the record that carried a plan item out: the activities, meetings, 示范课 and
reports sent in the item's month, newest last, read on the database thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, \
    QVBoxLayout

from ...domain.plan_progress import Fulfilment
from ...domain.plan_text import month_text
from ...services import plan_ops
from ..context import AppContext
from ..qt_text import label_of, qt_translate, shown_day
from ..widgets.screen_fit import fit_to_screen

RECORD_ROLE = Qt.UserRole


class LinkRecordDialog(QDialog):
    def __init__(self, ctx: AppContext, month: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link a record"))
        layout = QVBoxLayout(self)
        self.month = month_text(month, qt_translate)
        self.hint = QLabel(self.tr("Records of {month} that may have carried this item out:")
                           .format(month=self.month), self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.records = QListWidget(self)
        self.records.itemDoubleClicked.connect(lambda _: self.accept())
        layout.addWidget(self.records, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Link"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.unlink_button = buttons.addButton(self.tr("Remove the link"),
                                               QDialogButtonBox.ResetRole)
        self.unlink_button.clicked.connect(self._unlink)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, (560, 380))
        self.unlinked = False
        ctx.run(lambda store: plan_ops.records_in_month(store, month), self._show)

    def _show(self, found: list[Fulfilment]) -> None:
        for f in found:
            category = plan_ops.category_of(f.kind)
            item = QListWidgetItem(f"{shown_day(f.day)}  {label_of(category)}  {f.title}")
            item.setData(RECORD_ROLE, f)
            self.records.addItem(item)
        if found:
            self.records.setCurrentRow(0)
        else:
            self.hint.setText(self.tr("No activity, meeting, demonstration lesson or report "
                                      "sent is recorded in {month}.").format(
                month=self.month))

    def _unlink(self) -> None:
        self.unlinked = True
        self.accept()

    def chosen(self) -> Fulfilment | None:
        item = self.records.currentItem()
        return None if self.unlinked or item is None else item.data(RECORD_ROLE)
