"""Dates as people read and write them (DESIGN §7): 2026年12月3日 on screen and paper.

Files for machines (CSV, JSON, bundle and file names, the database) keep ISO dates; this
module is the one place that turns a date into text for a person (reading what a person
typed is :mod:`.day_parsing`). Formats are translatable texts, so the English window reads
3 Dec 2026 while the Chinese one reads 2026年12月3日, through the same ``translate`` as every
other text. Messages (:mod:`.messages`) render their date parameters with it.
"""

from __future__ import annotations

from datetime import date, datetime

from .translation_marks import QT_TRANSLATE_NOOP, Translate, identity

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
__all__ = ["day_text", "month_day_text", "range_text", "stamp_text", "local_moment",
           "MONTHS", "MONTH_NAMES"]
