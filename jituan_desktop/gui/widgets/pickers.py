"""Choosing people, schools, dates and coded values the way teachers expect.

A teacher is found by typing part of the name, the school, or the pinyin initials of the
name (zs finds 张三); dates are typed whole or picked from a calendar (date_field.py);
coded values show translated labels.

A name typed in a teacher field that is not on the roster stays typed (``TeacherField``): the
field says so and offers to add the teacher, and saving names it, instead of the name
vanishing on Tab and the save saying only that the field is empty.
"""

from __future__ import annotations

from enum import Enum
from typing import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QComboBox, QCompleter, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from ...domain.messages import Problem
from ..qt_text import label_of
from .date_field import DateEdit  # noqa: F401 - editors import it from here

SEARCH_ROLE = Qt.UserRole + 1
UUID_ROLE = Qt.UserRole


class _Matcher(QSortFilterProxyModel):
    """Keeps the rows whose search key contains every typed word."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated
            self.beginFilterChange()
            self.words = text.lower().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words = text.lower().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if not self.words:
            return True
        key = self.sourceModel().index(row, 0, parent).data(SEARCH_ROLE) or ""
        return all(w in key for w in self.words)


class SearchableCombo(QComboBox):
    """A combo box whose entries are found by typing any part of their search key.

    Entries are (uuid, shown text, search key). ``uuid()`` is the chosen entry's uuid, or
    None while nothing (or an empty entry) is chosen.
    """

    chosen = Signal(object)  # uuid or None
    unknown_changed = Signal(str)  # the typed text that is no entry, "" once there is none
    # Set, a typed text that matches no entry stays in the field (nothing is chosen) rather
    # than giving way to the previous choice; see ``unknown_text``.
    keep_unknown = False

    def __init__(self, parent=None, *, allow_empty: bool = True):
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setMaxVisibleItems(15)
        self._items = QStandardItemModel(self)
        self.setModel(self._items)
        self._matcher = _Matcher(self)
        self._matcher.setSourceModel(self._items)
        completer = QCompleter(self._matcher, self)
        completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._matcher.set_text)
        completer.activated[str].connect(self._picked_text)
        self.currentIndexChanged.connect(lambda _: self.chosen.emit(self.uuid()))
        self.lineEdit().editingFinished.connect(self._settle)

    def focusInEvent(self, event) -> None:
        # Clicking into a field that shows a choice (the 听课人 a new form suggests) put the
        # cursor after it, and what was typed next was added to it: "赵校长（城关小学）王副校长",
        # offered as a new teacher (walk of issue 14). The choice is selected instead, so
        # typing replaces it, as Tab into the field already did; deferred until the click
        # that brought the focus has placed the cursor, which would drop the selection.
        super().focusInEvent(event)
        if self.currentText() and not self.unknown_text():
            QTimer.singleShot(0, self.lineEdit(), self.lineEdit().selectAll)

    def set_entries(self, entries: Iterable[tuple[str, str, str]]) -> None:
        """Replace the entries, keeping the current choice when it is still there."""
        keep = self.uuid()
        typed = self.unknown_text() if self.keep_unknown else ""
        self.blockSignals(True)
        self._items.clear()
        if self.allow_empty:
            empty = QStandardItem("")
            empty.setData(None, UUID_ROLE)
            empty.setData("", SEARCH_ROLE)
            self._items.appendRow(empty)
        for uuid, text, key in entries:
            item = QStandardItem(text)
            item.setData(uuid, UUID_ROLE)
            item.setData(f"{text} {key}".lower(), SEARCH_ROLE)
            self._items.appendRow(item)
        self.blockSignals(False)
        self.set_uuid(keep)
        if typed and keep is None:
            self.setEditText(typed)  # a name typed but not on the roster stays typed
            self.unknown_changed.emit(self.unknown_text())

    def unknown_text(self) -> str:
        """What was typed when it is no entry ("" when an entry is chosen or nothing typed)."""
        text = self.currentText()
        if not text.strip() or self.findText(text, Qt.MatchExactly) >= 0:
            return ""
        return text.strip()

    def uuid(self) -> str | None:
        if self.currentIndex() < 0:
            return None
        return self.itemData(self.currentIndex(), UUID_ROLE)

    def set_uuid(self, uuid: str | None) -> None:
        index = self.findData(uuid, UUID_ROLE) if uuid else (0 if self.allow_empty else -1)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        if self.keep_unknown:
            self.unknown_changed.emit("")

    def _picked_text(self, text: str) -> None:
        index = self.findText(text, Qt.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)
        self._reset_filter_later()

    def _reset_filter_later(self) -> None:
        """Show every entry again once the completer is done: changing its model while it
        hands over a pick (↓ + Enter) made it write an empty text over the choice."""
        QTimer.singleShot(0, self._matcher, lambda: self._matcher.set_text(""))

    def _settle(self) -> None:
        """Leaving the field takes the entry typed, else the first that matches what was
        typed (zs + Tab chooses 张三), else keeps the current choice."""
        text = self.currentText()
        index = self.findText(text, Qt.MatchExactly)
        if index < 0 and text.strip() and self._matcher.words:
            first = self._matcher.mapToSource(self._matcher.index(0, 0))
            index = first.row() if first.isValid() else -1
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        elif self.keep_unknown and text.strip():
            # Not on the list: nothing is chosen, and the text stays for the user to see
            # (and to add, see TeacherField).
            self.setCurrentIndex(0 if self.allow_empty else -1)
            self.setEditText(text)
        elif self.currentIndex() >= 0:
            self.setEditText(self.itemText(self.currentIndex()))
        if self.keep_unknown:
            self.unknown_changed.emit(self.unknown_text())
        self._reset_filter_later()


class TeacherCombo(SearchableCombo):
    """Teachers of every school, found by name, school or pinyin initials."""

    def set_teachers(self, teachers, *, include_inactive: bool = False,
                     school: str | None = None) -> None:
        self.set_entries(
            (t.uuid, f"{t.name}（{t.school_name}）" if t.school_name else t.name,
             f"{t.initials} {t.school_name}")
            for t in teachers
            if (include_inactive or t.active or t.uuid == self.uuid())
            and (school is None or t.school == school))


NOT_ON_ROSTER = QT_TRANSLATE_NOOP("TeacherField", "“{name}” is not on the teacher roster; "
                                                 "add the teacher first")


class TeacherField(QWidget):
    """A teacher picker that keeps a name not on the roster, says so under the field and
    offers 添加为新教师… (``add_requested`` with the name; the editor opens the dialog)."""

    add_requested = Signal(str)

    def __init__(self, combo: TeacherCombo, parent=None):
        super().__init__(parent)
        self.combo = combo
        combo.keep_unknown = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(combo)
        self.hint = QWidget(self)
        row = QHBoxLayout(self.hint)
        row.setContentsMargins(0, 0, 0, 0)
        self.missing = QLabel(self.hint)
        self.missing.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add as a new teacher…"), self.hint)
        row.addWidget(self.missing, 1)
        row.addWidget(self.add_button)
        layout.addWidget(self.hint)
        self.hint.hide()
        self.setFocusProxy(combo)  # a refusal focuses the field: the combo takes it
        combo.unknown_changed.connect(self._show)
        combo.lineEdit().textEdited.connect(lambda _text: self.hint.hide())
        self.add_button.clicked.connect(lambda: self.add_requested.emit(combo.unknown_text()))

    def _show(self, name: str) -> None:
        self.missing.setText(self.tr("Not on the roster: “{name}”").format(name=name))
        self.hint.setVisible(bool(name))

    def problem(self, field: str) -> Problem | None:
        """Why saving must wait: a name typed that is not on the roster (None if there is
        none), shown under the field instead of only "cannot be empty"."""
        name = self.combo.unknown_text()
        if not name or self.combo.uuid() is not None:
            return None
        return Problem(field, NOT_ON_ROSTER, {"name": name}, "TeacherField")


class EnumCombo(QComboBox):
    """A closed list of coded values shown by their translated labels."""

    def __init__(self, enum: type[Enum], parent=None, *, allow_empty: bool = False,
                 members: Iterable[Enum] | None = None):
        super().__init__(parent)
        self.enum = enum
        if allow_empty:
            self.addItem("", None)
        for member in members if members is not None else enum:
            self.addItem(label_of(member), member.value)

    def value(self):
        """The chosen member (Qt hands item data back as the plain code), or None."""
        data = self.currentData()
        return None if data is None else self.enum.parse(data)

    def set_value(self, member) -> None:
        index = self.findData(None if member is None else self.enum.parse(member).value)
        self.setCurrentIndex(max(index, 0))
