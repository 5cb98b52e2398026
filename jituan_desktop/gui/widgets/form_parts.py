"""Pieces the record editors share: the participating schools ticked off a list, a time
range typed as 14:30 to 16:00, and a text box that Tab leaves.

An activity and a meeting are both hosted by one school with others taking part, at a time
of day; their editors build these parts from here so both behave the same.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QWidget)

SCHOOL_ROLE = Qt.UserRole


class SchoolTicks(QListWidget):
    """Every school with a tick box; the host is hidden, since it is not one of the others."""

    def __init__(self, schools, parent=None, *, height: int = 120):
        super().__init__(parent)
        self.setMaximumHeight(height)
        for s in schools:
            item = QListWidgetItem(s.name, self)
            item.setData(SCHOOL_ROLE, s.uuid)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)

    def set_host(self, host: str | None) -> None:
        for i in range(self.count()):
            item = self.item(i)
            is_host = item.data(SCHOOL_ROLE) == host
            if is_host:
                item.setCheckState(Qt.Unchecked)
            item.setHidden(is_host)

    def set_ticked(self, uuids) -> None:
        ticked = set(uuids)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.Checked if item.data(SCHOOL_ROLE) in ticked else Qt.Unchecked)

    def tick_all_but(self, host: str | None) -> None:
        self.set_ticked(self.item(i).data(SCHOOL_ROLE) for i in range(self.count())
                        if self.item(i).data(SCHOOL_ROLE) != host)

    def ticked(self, host: str | None, stored: list[str]) -> list[str]:
        """The schools ticked, besides the host; schools the directory no longer lists stay
        as the record had them (``stored``). The stored schools keep their order (an edit
        that left them alone changes nothing); new ticks follow."""
        listed = {self.item(i).data(SCHOOL_ROLE) for i in range(self.count())}
        chosen = [self.item(i).data(SCHOOL_ROLE) for i in range(self.count())
                  if self.item(i).checkState() == Qt.Checked]
        ticked = set(chosen)
        kept = [s for s in stored if s in ticked or s not in listed]
        return [s for s in kept + [s for s in chosen if s not in stored] if s != host]

    def freeze(self) -> None:
        """Still scrolls, no longer ticks."""
        for i in range(self.count()):
            self.item(i).setFlags(Qt.ItemIsEnabled)


class TimeRange(QWidget):
    """从 [14:30] 至 [16:00]: two short fields, checked when the record is saved."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.start, self.end = QLineEdit(self), QLineEdit(self)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for edit in (self.start, self.end):
            edit.setPlaceholderText("14:30")
            edit.setMaxLength(5)
            edit.setMaximumWidth(90)
        box.addWidget(QLabel(self.tr("from"), self))
        box.addWidget(self.start)
        box.addWidget(QLabel(self.tr("to"), self))
        box.addWidget(self.end)
        box.addStretch(1)
        self.setFocusProxy(self.start)


def text_box(parent: QWidget, height: int = 80) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)  # Tab moves on through the form, as everywhere else
    box.setMinimumHeight(height)
    return box


__all__ = ["SchoolTicks", "TimeRange", "text_box", "SCHOOL_ROLE"]
