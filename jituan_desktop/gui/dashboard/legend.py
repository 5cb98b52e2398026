"""A legend under a 首页 table: a swatch per colour and what it means, on the page itself
(a tooltip alone is found by nobody). One word-wrapped label, so it takes one line on a
wide screen and two on a projector's 1024 pixels."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from ...domain import quota_standing
from ...domain.quota_standing import STANDINGS
from ..qt_text import qt_translate
from .colours import STANDING_COLOURS


@dataclass(frozen=True)
class LegendEntry:
    colour: QColor
    text: str  # what the colour means
    fill: bool  # True: a row or bar filled with it; False: text written in it


class Legend(QLabel):
    def __init__(self, entries: list[LegendEntry], parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.RichText)
        self.set_entries(entries)

    def set_entries(self, entries: list[LegendEntry]) -> None:
        self.entries = entries
        parts = []
        for e in entries:
            colour = e.colour.name()
            if e.fill:
                swatch = (f'<span style="background-color:{colour};">'
                          '&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;')
                parts.append(swatch + escape(e.text))
            else:
                parts.append(f'<span style="color:{colour};">{escape(e.text)}</span>')
        self.setText("&nbsp;&nbsp;&nbsp; ".join(parts))

    def colours(self) -> set[str]:
        """The colours it names, as #rrggbb."""
        return {e.colour.name() for e in self.entries}

    def plain_text(self) -> str:
        return "  ".join(e.text for e in self.entries)


def standing_entries() -> list[LegendEntry]:
    """达标 / 正常 / 落后 / 未完成, each with its colour and meaning (domain/quota_standing)."""
    return [LegendEntry(STANDING_COLOURS[s], quota_standing.explained(s, qt_translate), True)
            for s in STANDINGS]
