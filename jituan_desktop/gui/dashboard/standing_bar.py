"""A rule's progress in one cell: a bar split into 达标 / 正常 / 落后 / 未完成 in their legend
colours, and "达标数/考核数" written beside it.

Beside, not over: QProgressBar writes its text across the bar, where the filled and empty
halves cut the characters in two colours and the style may move it outside the cell. Here
the text has its own room, measured in the widget's font, and the bar takes what is left.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.enums import Status
from ...domain.quota_standing import STANDINGS
from .colours import BAR_EMPTY, STANDING_COLOURS

GAP = 6  # pixels between the bar and its text
MARGIN = 4  # pixels around both, inside the cell
LEAST_BAR = 36  # pixels: the bar never gets narrower than this
WIDEST_TEXT = "888/888"  # the room kept for the text: three-digit counts fit


class StandingBar(QWidget):
    def __init__(self, counts: dict[Status, int], parent=None):
        super().__init__(parent)
        self.counts = {s: counts.get(s, 0) for s in STANDINGS}
        self.total = sum(self.counts.values())
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

    def text(self) -> str:
        """达标数/考核数: how many of those the rule applies to have met it."""
        return f"{self.counts[Status.MET]}/{self.total}"

    def _text_width(self) -> int:
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(WIDEST_TEXT), metrics.horizontalAdvance(self.text()))

    def sizeHint(self) -> QSize:
        return QSize(2 * MARGIN + LEAST_BAR * 2 + GAP + self._text_width(),
                     self.fontMetrics().height() + 2 * MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(2 * MARGIN + LEAST_BAR + GAP + self._text_width(),
                     self.fontMetrics().height() + 2 * MARGIN)

    def text_rect(self) -> QRect:
        width = self._text_width()
        return QRect(self.width() - MARGIN - width, 0, width, self.height())

    def bar_rect(self) -> QRect:
        height = max(6, min(12, self.height() - 2 * MARGIN))
        right = self.text_rect().left() - GAP
        return QRect(MARGIN, (self.height() - height) // 2, max(0, right - MARGIN), height)

    def segments(self) -> list[tuple[Status, QRect]]:
        """The bar's parts, one per standing present, in the legend's order."""
        bar = self.bar_rect()
        if self.total == 0 or bar.width() <= 0:
            return []
        parts, left, seen = [], bar.left(), 0
        for status in STANDINGS:
            n = self.counts[status]
            if not n:
                continue
            seen += n
            right = bar.left() + round(bar.width() * seen / self.total)
            parts.append((status, QRect(left, bar.top(), right - left, bar.height())))
            left = right
        return parts

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        bar = self.bar_rect()
        painter.fillRect(bar, BAR_EMPTY)
        for status, rect in self.segments():
            painter.fillRect(rect, STANDING_COLOURS[status])
        painter.setPen(QPen(BAR_EMPTY.darker(140)))
        painter.drawRect(bar.adjusted(0, 0, -1, -1))
        painter.setPen(self.palette().text().color())
        painter.drawText(self.text_rect(), Qt.AlignRight | Qt.AlignVCenter, self.text())
        painter.end()
