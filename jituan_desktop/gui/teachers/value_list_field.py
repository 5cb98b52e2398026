"""Entering a short list of values (subjects, grades) the way a school writes them.

Teachers type "语文、数学" (or with commas or spaces) or tick the common values; ticking
adds the value to the text and typing ticks the values it names, so the two never disagree.
Values not offered by a button (信息技术 at a school that lists it rarely) are kept as typed.
"""

from __future__ import annotations

import re
from typing import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

SEPARATORS = re.compile(r"[,，、;；\s]+")
JOINER = "、"  # how a school writes a list of subjects on paper


def split_values(text: str) -> list[str]:
    """The values of ``text`` in order, each once."""
    values: list[str] = []
    for value in SEPARATORS.split(text):
        if value and value not in values:
            values.append(value)
    return values


class ValueListField(QWidget):
    edited = Signal()  # the user changed the list (typing or ticking)

    def __init__(self, common: Iterable[str], parent=None, *, per_row: int = 6):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        layout.addWidget(self.line)
        self.buttons: dict[str, QToolButton] = {}
        row = None
        for i, value in enumerate(common):
            if i % per_row == 0:
                if row is not None:
                    row.addStretch(1)
                row = QHBoxLayout()
                row.setSpacing(4)
                layout.addLayout(row)
            button = QToolButton(self)
            button.setText(value)
            button.setCheckable(True)
            # Typing reaches every value; a tab stop per button would make Tab crawl.
            button.setFocusPolicy(Qt.NoFocus)
            button.toggled.connect(lambda on, v=value: self._ticked(v, on))
            row.addWidget(button)
            self.buttons[value] = button
        if row is not None:
            row.addStretch(1)
        self.line.textEdited.connect(self._typed)

    def value(self) -> list[str]:
        return split_values(self.line.text())

    def set_value(self, values: Iterable[str]) -> None:
        self.line.setText(JOINER.join(v for v in values if v))
        self._sync_buttons()

    def _ticked(self, value: str, on: bool) -> None:
        values = self.value()
        if on and value not in values:
            values.append(value)
        elif not on and value in values:
            values.remove(value)
        self.line.setText(JOINER.join(values))
        self.edited.emit()

    def _typed(self, _text: str) -> None:
        self._sync_buttons()
        self.edited.emit()

    def _sync_buttons(self) -> None:
        values = set(self.value())
        for value, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(value in values)
            button.blockSignals(False)
