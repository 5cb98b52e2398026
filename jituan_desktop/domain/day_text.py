"""Dates as people read and write them (DESIGN §7): 2026年12月3日 on screen and paper.

Files for machines (CSV, JSON, bundle and file names, the database) keep ISO dates; this
module is the one place that turns a date into text for a person, and text a person typed
into a date. Formats are translatable texts, so the English window reads 3 Dec 2026 while
the Chinese one reads 2026年12月3日, through the same ``translate`` as every other text.

Typed dates are read whole (a date field never edits one part at a time, which turned a
typed 2025-10-08 into 2026-10-08): 2025-10-08, 2025/10/8, 2025.10.8, 20251008,
2025年10月8日, full-width digits from a Chinese input method, and the English form written
here (8 Oct 2025). A text that is not a day of the calendar is refused, never moved to a
nearby day.
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from datetime import date, datetime

from .messages import QT_TRANSLATE_NOOP, Text, Translate, ValidationError, identity, problem

DAY = QT_TRANSLATE_NOOP("Dates", "{day} {month} {year}")
DAY_TIME = QT_TRANSLATE_NOOP("Dates", "{day} {month} {year}, {time}")
MONTH_DAY = QT_TRANSLATE_NOOP("Dates", "{day} {month}")
RANGE = QT_TRANSLATE_NOOP("Dates", "{start} to {end}")
OPEN_RANGE = QT_TRANSLATE_NOOP("Dates", "from {start}")

# A month as a date writes it: Dec in English, 12 in Chinese (12月).
MONTHS = (QT_TRANSLATE_NOOP("Months", "Jan"), QT_TRANSLATE_NOOP("Months", "Feb"),
          QT_TRANSLATE_NOOP("Months", "Mar"), QT_TRANSLATE_NOOP("Months", "Apr"),
          QT_TRANSLATE_NOOP("Months", "May"), QT_TRANSLATE_NOOP("Months", "Jun"),
          QT_TRANSLATE_NOOP("Months", "Jul"), QT_TRANSLATE_NOOP("Months", "Aug"),
          QT_TRANSLATE_NOOP("Months", "Sep"), QT_TRANSLATE_NOOP("Months", "Oct"),
          QT_TRANSLATE_NOOP("Months", "Nov"), QT_TRANSLATE_NOOP("Months", "Dec"))
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")

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


def _month(month: int, translate: Translate) -> str:
    return translate("Months", MONTHS[month - 1])


def _as_day(value: date | str) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def day_text(value: date | str | None, translate: Translate = identity) -> str:
    """2026年12月3日 (3 Dec 2026 in English); "" for None. A stored ISO text is read first;
    a text that is no date at all is shown as it is rather than hidden."""
    if value is None or value == "":
        return ""
    day = _as_day(value)
    if day is None:
        return str(value)
    return translate("Dates", DAY).format(year=day.year, month=_month(day.month, translate),
                                          day=day.day)


def month_day_text(month: int, day: int, translate: Translate = identity) -> str:
    """A day of every year, such as a rule's due date: 11月30日 (30 Nov in English)."""
    return translate("Dates", MONTH_DAY).format(month=_month(month, translate), day=day)


def range_text(start: date | str | None, end: date | str | None,
               translate: Translate = identity) -> str:
    """2026年9月1日至2027年1月31日; an open end reads "2026年9月1日起"."""
    if end is None or end == "":
        return translate("Dates", OPEN_RANGE).format(start=day_text(start, translate))
    return translate("Dates", RANGE).format(start=day_text(start, translate),
                                            end=day_text(end, translate))


def local_moment(value: datetime | str) -> datetime | None:
    """A stored time stamp (ISO, often UTC) in this computer's time zone; a stamp without
    a zone is taken as already local. None when the text is not a time stamp."""
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return None
    return moment.astimezone() if moment.tzinfo is not None else moment


def stamp_text(value: datetime | str | None, translate: Translate = identity) -> str:
    """A time stamp to the minute, in this computer's time: 2026年12月3日 16:30."""
    if value is None or value == "":
        return ""
    moment = local_moment(value)
    if moment is None:
        return str(value)
    return translate("Dates", DAY_TIME).format(
        year=moment.year, month=_month(moment.month, translate), day=moment.day,
        time=f"{moment.hour:02d}:{moment.minute:02d}")


# -- reading what was typed --------------------------------------------------------------------
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


__all__ = ["day_text", "month_day_text", "range_text", "stamp_text", "local_moment",
           "parse_day", "MONTHS"]
