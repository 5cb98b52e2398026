"""Reading a date a person typed, whole (DESIGN §7).

A date field never edits one part at a time (that turned a typed 2025-10-08 into
2026-10-08): the text is read whole. Accepted: 2025-10-08, 2025/10/8, 2025.10.8, 20251008,
2025年10月8日, full-width digits from a Chinese input method, and the English form
:mod:`.day_text` writes (8 Oct 2025). A text that is not a day of the calendar is refused
with a message saying why, never moved to a nearby day.
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from datetime import date

from .day_text import MONTH_NAMES, MONTHS
from .messages import QT_TRANSLATE_NOOP, Text, ValidationError, problem

UNREADABLE = QT_TRANSLATE_NOOP(
    "Validation", "\"{typed}\" is not a date: write it like 2025-10-08, 2025/10/8, 20251008 "
                  "or 2025年10月8日.")
NO_SUCH_MONTH = QT_TRANSLATE_NOOP(
    "Validation", "\"{typed}\" is not a date: the month must be 1 to 12.")
NO_SUCH_DAY = QT_TRANSLATE_NOOP(
    "Validation", "\"{typed}\" is not a date: {month} {year} has days 1 to {days}.")
EMPTY = QT_TRANSLATE_NOOP("Validation", "Write a date here, like 2025-10-08.")
BEFORE = QT_TRANSLATE_NOOP(
    "Validation", "{day} is too early: the date cannot be before {earliest}.")
AFTER = QT_TRANSLATE_NOOP("Validation", "{day} is too late: the date cannot be after {latest}.")


# Separators an input method may produce instead of ASCII ones (NFKC maps the full-width
# digits and ／－． already; 。 is what the "." key gives in Chinese punctuation mode).
_SEPARATORS = str.maketrans({"。": ".", "—": "-", "–": "-", "−": "-", "_": "-"})
_NUMERIC = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_CHINESE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})[日号]?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_ENGLISH = re.compile(r"(\d{1,2})\s*([a-z]{3,9})\.?,?\s*(\d{4})")


def _parts(text: str) -> tuple[int, int, int] | None:
    plain = unicodedata.normalize("NFKC", text).translate(_SEPARATORS).strip().lower()
    compact = re.sub(r"\s+", "", plain)
    for pattern in (_NUMERIC, _CHINESE, _COMPACT):
        match = pattern.fullmatch(compact)
        if match:
            numbers = [g for g in match.groups() if g.isdigit()]
            return int(numbers[0]), int(numbers[1]), int(numbers[2])
    match = _ENGLISH.fullmatch(plain)
    if match:
        # Three letters or more of a month's name (Dec, Sept, December): never ambiguous.
        month = next((i for i, full in enumerate(MONTH_NAMES, 1) if full.startswith(match[2])),
                     None)
        if month is not None:
            return int(match[3]), month, int(match[1])
    return None


def parse_day(text: str, field: str = "", *, earliest: date | None = None,
              latest: date | None = None) -> date:
    """The day ``text`` names, taken whole; raises ValidationError (about ``field``) with
    a message saying why when it names none, or one outside [earliest, latest]."""
    typed = text.strip()
    if not typed:
        raise ValidationError([problem(field, EMPTY)])
    parts = _parts(typed)
    if parts is None:
        raise ValidationError([problem(field, UNREADABLE, typed=typed)])
    year, month, day = parts
    if year < 1:  # 0000-01-01: there was no year 0
        raise ValidationError([problem(field, UNREADABLE, typed=typed)])
    if not 1 <= month <= 12:
        raise ValidationError([problem(field, NO_SUCH_MONTH, typed=typed)])
    days = monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise ValidationError([problem(field, NO_SUCH_DAY, typed=typed, year=year,
                                       month=Text("Months", MONTHS[month - 1]), days=days)])
    found = date(year, month, day)
    if earliest is not None and found < earliest:
        raise ValidationError([problem(field, BEFORE, day=found, earliest=earliest)])
    if latest is not None and found > latest:
        raise ValidationError([problem(field, AFTER, day=found, latest=latest)])
    return found


__all__ = ["parse_day", "EMPTY"]
