"""Validation messages shown next to the field they are about, in the user's language."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox,
                               QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QTextEdit, QVBoxLayout, QWidget)

from ...domain.messages import Problem
from ..qt_text import qt_translate
from .date_field import DateEdit

ERROR_STYLE = "color: #b00020;"


def error_label(parent=None) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _edited_signals(widget: QWidget) -> list:
    """The signals saying the user changed ``widget``'s value (typed, chose, ticked)."""
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]  # typed, not set by the form
    if isinstance(widget, QComboBox):
        return [widget.activated]  # chosen by the user
    if isinstance(widget, QAbstractSpinBox):
        return [widget.lineEdit().textEdited] + ([widget.valueChanged]
                                                 if hasattr(widget, "valueChanged") else [])
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return [widget.textChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.clicked]
    if isinstance(widget, QAbstractItemView):
        return [widget.model().dataChanged] if widget.model() is not None else []
    return []


class FieldErrors:
    """Maps record field names to widgets and shows each problem under its field.

    Problems about fields with no widget here go to the general label (the top of the form),
    so no refusal is ever silent.
    """

    def __init__(self, general: QLabel):
        self.general = general
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str,
                *aliases: str) -> QWidget:
        """Add ``widget`` to ``form`` with a hidden message under it; returns the row widget."""
        row = QWidget()
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        message = error_label(row)
        box.addWidget(message)
        form.addRow(label, row)
        self.watch(widget, message, field, *aliases)
        return row

    def watch(self, widget: QWidget, message: QLabel, field: str, *aliases: str) -> None:
        for name in (field, *aliases):
            self.fields[name] = (widget, message)
        # A message is about what was typed then: editing the field takes it away (it
        # stayed after the field was fixed), the next save says again what is still wrong.
        for editor in (widget, *widget.findChildren(QWidget)):
            for signal in _edited_signals(editor):
                signal.connect(lambda *_: self._show_one(message, ""))
        if isinstance(widget, DateEdit):
            # A typed text that is no date is refused as soon as the typing is done, under
            # the field; the message goes once the field holds a good date again.
            widget.field = field
            widget.refused.connect(lambda text: self._show_one(message, text))
            widget.settled.connect(lambda: self._show_one(message, ""))

    def _show_one(self, message: QLabel, text: str) -> None:
        message.setText(text)
        message.setVisible(bool(text))

    def clear(self) -> None:
        self.general.clear()
        self.general.hide()
        for _, message in self.fields.values():
            message.clear()
            message.hide()

    def show(self, problems: list[Problem]) -> None:
        """Show every problem; focus the first field that has one."""
        self.clear()
        by_label: dict[int, list[str]] = {}
        general: list[str] = []
        first: QWidget | None = None
        for p in problems:
            text = p.render(qt_translate)
            entry = self.fields.get(p.field) or self.fields.get(p.field.split(".")[0])
            if entry is None:
                general.append(text)
                continue
            widget, message = entry
            by_label.setdefault(id(message), []).append(text)
            message.setText("\n".join(by_label[id(message)]))
            message.show()
            first = first or widget
        if general:
            self.show_general("\n".join(general))
        if first is not None:
            first.setFocus()

    def show_general(self, text: str) -> None:
        self.general.setText(text)
        self.general.show()

    def messages(self) -> dict[str, str]:
        """Field -> message currently shown (for tests and screen readers)."""
        return {f: m.text() for f, (_, m) in self.fields.items() if m.isVisibleTo(m.parent())
                and m.text()}
