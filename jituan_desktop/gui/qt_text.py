"""Rendering the domain's and the services' translatable messages with Qt's translators."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from ..domain.enums import LABELS
from ..domain.messages import ValidationError
from ..services.store_access import as_refusal


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def label_of(member: Enum | None) -> str:
    """The translated label of a coded enum member ("" for None)."""
    if member is None:
        return ""
    return QCoreApplication.translate(LABELS, member.label)


def coded_label(enum):
    """A table column format: a stored code shown by its translated label (a code this
    version does not know, from a newer app, is shown as it is)."""
    def shown(code) -> str:
        try:
            return label_of(enum.parse(code))
        except ValueError:
            return str(code)
    return shown


def error_text(error: BaseException) -> str:
    """What to tell the user about a failed job, in their language."""
    if isinstance(error, ValidationError):
        return error.render(qt_translate)
    refusal = as_refusal(error)
    if refusal is not None:
        return refusal.render(qt_translate)
    return QCoreApplication.translate(
        "Errors", "Something went wrong: {reason}").format(reason=str(error) or type(error).__name__)
