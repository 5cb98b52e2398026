"""What "fits the screen" means, checked on a shown window (tests/gui/fit/test_screen_fit.py).

A window fits when it lies inside the screen's available area, its minimum size does too,
every button and input lies inside the window and inside each of its parents (a widget in a
scroll area only has to be reachable by scrolling: the scroll area is checked instead), no
button's or single-line label's text is cut, and no table cell holding a short text (a name,
a date, a count: 12 characters or fewer) is narrower than that text.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea,
                               QAbstractSpinBox, QComboBox, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QScrollBar, QTabBar, QTableView, QTextEdit,
                               QTreeView, QWidget)

INPUTS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
SHORT_TEXT = 12  # characters: names, dates, counts, standings; longer texts may elide
CELL_PADDING = 8  # pixels a cell's text needs beyond its own width (margins, focus frame)
TOLERANCE = 1  # pixels: rounding of layouts
COMBO_ARROW = 28  # pixels a combo box needs beside its text (frame, arrow)


def _rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "placeholderText", "currentText", "windowTitle"):
        if hasattr(widget, getter):
            try:
                text = getattr(widget, getter)()
            except TypeError:
                continue
            if text:
                break
    name = widget.objectName()
    return f"{type(widget).__name__}{'#' + name if name else ''}{' ' + repr(text) if text else ''}"


def _inner_part(widget: QWidget) -> bool:
    """Parts of a composite widget that are checked through their owner (a combo box's
    line edit, a spin box's, scroll bars, tab bar arrows, table corner buttons)."""
    parent = widget.parentWidget()
    if isinstance(widget, QScrollBar) or isinstance(parent, (QComboBox, QAbstractSpinBox,
                                                               QTabBar, QHeaderView)):
        return True
    if isinstance(parent, QAbstractItemView) and isinstance(widget, QAbstractButton):
        return True  # the corner button of a table
    return False


def _reachable_by_scrolling(widget: QWidget, top: QWidget) -> QWidget | None:
    """The scroll area ``widget`` lies in (below ``top``), if any."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return grand
        parent = grand
    return None


def _clipped(widget: QWidget, top: QWidget) -> str | None:
    if _reachable_by_scrolling(widget, top) is not None:
        return None  # the scroll area it lies in is checked instead
    rect = _rect_in(widget, top).adjusted(TOLERANCE, TOLERANCE, -TOLERANCE, -TOLERANCE)
    if not QRect(0, 0, top.width(), top.height()).contains(rect):
        return f"outside the window ({_rect_in(widget, top)} in {top.width()}×{top.height()})"
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if not _rect_in(parent, top).contains(rect):
            return f"cut by its parent {_describe(parent)}"
        parent = parent.parentWidget()
    return None


def window_problems(top: QWidget, area: QRect, name: str) -> list[str]:
    """Everything on the shown window ``top`` that does not fit ``area`` (available screen)."""
    problems = []
    say = problems.append
    frame = top.frameGeometry()
    if frame.width() > area.width() or frame.height() > area.height():
        say(f"{name}: the window is {frame.width()}×{frame.height()}, larger than the screen's "
            f"{area.width()}×{area.height()}")
    elif not area.contains(frame):
        say(f"{name}: the window at {frame} lies partly off the screen {area}")
    minimum = top.minimumSize().expandedTo(top.minimumSizeHint())
    if minimum.width() > area.width() or minimum.height() > area.height():
        say(f"{name}: the window's minimum size {minimum.width()}×{minimum.height()} exceeds "
            f"the screen's {area.width()}×{area.height()}")
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top or _inner_part(widget):
            continue
        if isinstance(widget, INPUTS) or isinstance(widget, QAbstractScrollArea):
            where = _clipped(widget, top)
            if where and isinstance(widget, QAbstractScrollArea):
                # A list or a scrolled form may run past the window's edge only if its top
                # part (a few rows) shows.
                rect = _rect_in(widget, top)
                head = QRect(rect.x(), rect.y(), min(rect.width(), 120), min(rect.height(), 40))
                if QRect(0, 0, top.width(), top.height()).contains(head):
                    where = None
            if where:
                say(f"{name}: {_describe(widget)} {where}")
                continue
        if isinstance(widget, QAbstractButton) and widget.text():
            need = widget.minimumSizeHint().width()
            if widget.width() + TOLERANCE < need:
                say(f"{name}: {_describe(widget)} is {widget.width()} px wide, its text needs {need}")
        in_table = isinstance(_reachable_by_scrolling(widget, top), QAbstractItemView)
        if isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText() \
                and not (in_table and len(widget.currentText()) > SHORT_TEXT):
            # The box shows its choice whole (the 学期 box read "2026-2027学").
            need = widget.fontMetrics().horizontalAdvance(widget.currentText()) + COMBO_ARROW
            if widget.width() + TOLERANCE < need:
                say(f"{name}: {_describe(widget)} is {widget.width()} px wide, its choice needs "
                    f"{need}")
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() \
                and widget.textFormat() != Qt.RichText and "\n" not in widget.text():
            need = widget.fontMetrics().horizontalAdvance(widget.text()) \
                + 2 * widget.margin() + 2 * widget.frameWidth()
            if widget.width() + TOLERANCE < need:
                say(f"{name}: label {widget.text()!r} is {widget.width()} px wide, its text "
                    f"needs {need}")
        if isinstance(widget, (QTableView, QTreeView)):
            problems.extend(f"{name}: {p}" for p in column_problems(widget))
    return problems


def column_problems(view: QAbstractItemView, rows: int = 30) -> list[str]:
    """Short cell texts (names, dates, counts) that do not fit their column."""
    model = view.model()
    if model is None:
        return []
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    metrics = view.fontMetrics()
    problems = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or header.sectionSize(column) <= 0:
            continue
        width = header.sectionSize(column)
        title = str(model.headerData(column, Qt.Horizontal, Qt.DisplayRole) or "")
        for row in range(min(rows, model.rowCount())):
            index = model.index(row, column)
            text = index.data(Qt.DisplayRole)
            if text is None or isinstance(text, bool):
                continue
            text = str(text)
            if not text or len(text) > SHORT_TEXT or "\n" in text:
                continue
            need = metrics.horizontalAdvance(text) + CELL_PADDING
            if index.data(Qt.DecorationRole) is not None:
                need += view.iconSize().width() + 4
            if isinstance(view, QTreeView) and column == 0:
                need += view.indentation()
            if need > width + TOLERANCE:
                problems.append(f"column {title!r} is {width} px, {text!r} needs {need}")
                break  # one per column is enough to say it
    return problems
