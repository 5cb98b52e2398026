"""Rendering the domain's and the services' translatable messages with Qt's translators."""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication

from ..domain.day_text import day_text, range_text, stamp_text
from ..domain.enums import LABELS
from ..domain.messages import ValidationError
from ..domain.size_text import size_text
from ..services.store_access import as_refusal


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def shown_day(value) -> str:
    """A date (or a stored ISO text) as people write it: 2026年11月25日; "" for none."""
    return day_text(value, qt_translate)


def day_samples() -> list[str]:
    """The widest dates there are, shown: the 28th of every month (widths differ by month's
    name in English, by its digits in Chinese)."""
    return [shown_day(date(2026, month, 28)) for month in range(1, 13)]


def shown_stamp(value) -> str:
    """A stored time stamp in this computer's time, to the minute: 2026年11月25日 16:30."""
    return stamp_text(value, qt_translate)


def shown_range(start, end) -> str:
    """2026年9月1日至2027年1月31日 (an open end: 2026年9月1日起)."""
    return range_text(start, end, qt_translate)


def shown_size(size: int) -> str:
    """A file's size as people read it: 33 字节, 2.9 KB, 3.1 MB (domain/size_text.py)."""
    return size_text(size, qt_translate)


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
