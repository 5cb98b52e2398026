"""A date field that keeps what was typed.

QDateEdit edits a date one section at a time: selecting the whole field and typing
2025-10-08 left the year it started with (2026-10-08), and the record went into the wrong
semester without a word. This field is a line edit read whole when the typing is done
(Enter, Tab, leaving the field, or saving): 2025-10-08, 2025/10/8, 2025.10.8, 20251008 and
2025年10月8日 all give 2025-10-08 (domain/day_text.py reads them). It shows the date the way
people write it (2026年11月25日; 25 Nov 2026 in English). A text that is no date is refused
with a message, the text stays as typed to be corrected, and the last good date is kept
(Esc brings it back); ``value()`` refuses too, so a form never saves another date than the
one on screen. The calendar drops down from the icon, F4 or Alt+↓; ↑/↓ step a day.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from PySide6.QtCore import QDate, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from ...domain.day_parsing import EMPTY, parse_day
from ...domain.day_text import day_text
from ...domain.messages import Problem, ValidationError, problem
from ..qt_text import day_samples, qt_translate

EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)
INVALID_STYLE = "QLineEdit { border: 1px solid #b00020; background: #fff5f5; }"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


@lru_cache(maxsize=1)
def calendar_icon() -> QIcon:
    """A small page of a wall calendar, drawn so that no icon file is needed."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(2, 3, 12, 3), QColor("#c0392b"))
    painter.setPen(QColor("#555555"))
    for row in (8, 11):
        for column in (4, 7, 10):
            painter.drawPoint(column, row)
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QWidget):
    """The drop-down calendar: a click or Enter picks the day, Esc closes it."""

    picked = Signal(object)  # date

    def __init__(self, field: QLineEdit):
        super().__init__(field, Qt.Popup)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout.addWidget(self.calendar)

    def open_at(self, field: QLineEdit, day: date | None, earliest: date, latest: date) -> None:
        self.calendar.setDateRange(to_qdate(earliest), to_qdate(latest))
        if day is not None:
            self.calendar.setSelectedDate(to_qdate(day))
        self.adjustSize()
        below = field.mapToGlobal(QPoint(0, field.height()))
        screen = field.screen().availableGeometry()
        x = min(below.x(), screen.right() - self.width())
        y = below.y() if below.y() + self.height() <= screen.bottom() \
            else field.mapToGlobal(QPoint(0, 0)).y() - self.height()
        self.move(max(screen.left(), x), max(screen.top(), y))
        self.show()
        self.calendar.setFocus()

    def _pick(self, value: QDate) -> None:
        self.hide()
        self.picked.emit(from_qdate(value))


class DateEdit(QLineEdit):
    """A date typed whole or picked from the calendar; see the module's docstring.

    ``value()`` is the date shown (raising ValidationError about ``field`` while the text
    is no date); ``set_value()`` shows one. ``optional=True`` lets the field be left empty
    (``optional_value()`` is then None).
    """

    dateChanged = Signal(object)  # the new date (None when an optional field is emptied)
    refused = Signal(str)  # why the typed text was not taken, in the user's language
    settled = Signal()  # the text is a good date again (after a refusal or a change)

    def __init__(self, value: date | None = None, parent=None, *, optional: bool = False):
        super().__init__(parent)
        self.optional = optional
        self.field = "date"  # the record field a refusal is about (FieldErrors.watch sets it)
        self.earliest, self.latest = EARLIEST, LATEST
        self._value: date | None = None
        self._problem: Problem | None = None
        self._popup: CalendarPopup | None = None
        self.setPlaceholderText(self.example() if not optional else "")
        self.setToolTip(self.tr("Type a date such as 2025-10-08, 2025/10/8, 20251008 or "
                                "2025年10月8日, or pick one from the calendar (F4)."))
        self.calendar_action = self.addAction(calendar_icon(), QLineEdit.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Calendar (F4)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.editingFinished.connect(self.commit)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        if value is not None:
            self.set_value(value)

    def example(self) -> str:
        return self.tr("e.g. 2025-10-08")

    # -- the public API ---------------------------------------------------------------------
    def value(self) -> date:
        """The date shown; raises ValidationError while the text is not a date (or empty)."""
        found = self.optional_value()
        if found is None:
            self._refuse(ValidationError([problem(self.field, EMPTY)]))
        return found

    def optional_value(self) -> date | None:
        """The date shown, or None when the field is empty; refuses a text that is no date."""
        self.commit()
        if self._problem is not None:
            raise ValidationError([self._problem])
        return self._value

    def set_value(self, value: date) -> None:
        self._show(value)

    def set_optional(self, value: date | None) -> None:
        if value is None:
            self.clear_value()
        else:
            self.set_value(value)

    def clear_value(self) -> None:
        self._show(None)

    def set_minimum(self, earliest: date) -> None:
        """No date before ``earliest``; a date already earlier moves up to it (an end
        following its start, as 支教 dates do)."""
        self.earliest = earliest
        if self._value is not None and self._value < earliest and self._problem is None:
            self._show(earliest)

    # -- reading the text -------------------------------------------------------------------
    def shown_text(self, value: date | None) -> str:
        return day_text(value, qt_translate) if value is not None else ""

    def commit(self) -> None:
        """Read what was typed, if it changed: take the date, or refuse and say why."""
        text = self.text().strip()
        if text == self.shown_text(self._value) and self._problem is None:
            return
        if not text and self.optional:
            self._show(None)
            return
        try:
            found = parse_day(text, self.field, earliest=self.earliest, latest=self.latest)
        except ValidationError as error:
            self._refuse(error, raise_it=False)
            return
        self._show(found)

    def refusal_text(self) -> str:
        """The message of the current refusal, with how to get the last good date back."""
        if self._problem is None:
            return ""
        text = self._problem.render(qt_translate)
        if self._value is not None:
            back = self.tr("Esc brings back {day}.").format(day=self.shown_text(self._value))
            text = f"{text} {back}"
        return text

    def _refuse(self, error: ValidationError, *, raise_it: bool = True) -> None:
        """Keep the typed text, mark the field and say why (the last good date stays)."""
        self._problem = error.problems[0]
        self.setStyleSheet(INVALID_STYLE)
        self.refused.emit(self.refusal_text())
        if raise_it:
            raise error

    def _show(self, value: date | None) -> None:
        changed = value != self._value
        was_refused = self._problem is not None
        self._value, self._problem = value, None
        self.setText(self.shown_text(value))
        self.setStyleSheet("")
        if changed:
            self.dateChanged.emit(value)
        if changed or was_refused:
            self.settled.emit()

    # -- keys and the calendar --------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key, alt = event.key(), event.modifiers() & Qt.AltModifier
        if key == Qt.Key_F4 or (alt and key == Qt.Key_Down):
            self.show_calendar()
            return
        if key == Qt.Key_Escape and (self._problem is not None
                                     or self.text().strip() != self.shown_text(self._value)):
            self._show(self._value)  # back to the last good date; the dialog stays open
            self.selectAll()
            return
        if key in (Qt.Key_Up, Qt.Key_Down) and not self.isReadOnly():
            self.commit()
            if self._problem is None and self._value is not None:
                step = timedelta(days=1 if key == Qt.Key_Up else -1)
                moved = self._value + step
                if self.earliest <= moved <= self.latest:
                    self._show(moved)
                    self.selectAll()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        self.commit()
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        self._popup.open_at(self, self._value, self.earliest, self.latest)

    def _picked(self, value: date) -> None:
        self._show(value)
        self.setFocus()

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt's name
        super().setReadOnly(read_only)
        self.calendar_action.setVisible(not read_only)

    def sizeHint(self):  # noqa: N802 - Qt's name
        """Wide enough for the longest date and no wider: QLineEdit sizes itself for 17 x's,
        plus its frame, margins and the calendar icon; the date takes the x's place."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in
                     (*day_samples(), self.example()))
        room = hint.width() - 17 * metrics.horizontalAdvance("x")
        hint.setWidth(widest + room + 4)  # 4: the cursor and a little air
        return hint

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        return self.sizeHint()


__all__ = ["DateEdit", "CalendarPopup", "to_qdate", "from_qdate", "EARLIEST", "LATEST"]
