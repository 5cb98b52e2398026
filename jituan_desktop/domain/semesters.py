"""School years and semesters, with the defaults used before an alliance calendar arrives.

A school year runs from 1 September to 31 August and is named by the year it starts in.
Default semesters: the first from 1 September to 31 January, the second from 1 February
to 31 July. For choosing a *semester*, August already counts toward the coming first
semester (``default_semester_key``); for school-year quota windows it closes the old year.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date

from .enums import Term
from .messages import QT_TRANSLATE_NOOP, Translate, identity
from .records import Semester


def school_year_of(day: date) -> int:
    """The school year whose bounds (1 September to 31 August) hold ``day``."""
    return day.year if day.month >= 9 else day.year - 1


def school_year_bounds(school_year: int) -> tuple[date, date]:
    return date(school_year, 9, 1), date(school_year + 1, 8, 31)


def default_semester(school_year: int, term: Term) -> Semester:
    if term is Term.FIRST:
        return Semester(school_year=school_year, term=term,
                        start=date(school_year, 9, 1), end=date(school_year + 1, 1, 31))
    return Semester(school_year=school_year, term=term,
                    start=date(school_year + 1, 2, 1), end=date(school_year + 1, 7, 31))


def default_semester_key(day: date) -> tuple[int, Term]:
    """The (school year, term) a date falls in; August counts toward the coming term."""
    if day.month >= 8:
        return day.year, Term.FIRST
    if day.month == 1:
        return day.year - 1, Term.FIRST
    return day.year - 1, Term.SECOND


def semester_containing(semesters: list[Semester], day: date) -> Semester | None:
    """The semester whose dates hold ``day``, else the next one to start, else the last."""
    live = sorted((s for s in semesters if not s.deleted), key=lambda s: s.start)
    for s in live:
        if s.start <= day <= s.end:
            return s
    upcoming = [s for s in live if s.start > day]
    if upcoming:
        return upcoming[0]
    return live[-1] if live else None


# Chinese: 2026—2027学年第一学期, with the em dash the policy texts write (seeds 000:
# "2022—2023学年度第一学期"); English: 2026–2027 school year, first semester.
FIRST_LABEL = QT_TRANSLATE_NOOP("Labels", "{first}–{second} school year, first semester")
SECOND_LABEL = QT_TRANSLATE_NOOP("Labels", "{first}–{second} school year, second semester")
SCHOOL_YEAR_LABEL = QT_TRANSLATE_NOOP("Labels", "{first}–{second} school year")


def semester_label(semester: Semester, translate: Translate = identity) -> str:
    """The name schools use, e.g. 2026—2027学年第一学期 in Chinese."""
    text = FIRST_LABEL if semester.term is Term.FIRST else SECOND_LABEL
    return translate("Labels", text).format(first=semester.school_year,
                                             second=semester.school_year + 1)


def school_year_label(school_year: int, translate: Translate = identity) -> str:
    """2026—2027学年 in Chinese."""
    return translate("Labels", SCHOOL_YEAR_LABEL).format(first=school_year,
                                                          second=school_year + 1)


def months_between(start: date, end: date) -> list[tuple[date, date]]:
    """Calendar months overlapping [start, end], each clipped to the range."""
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        first = max(start, date(year, month, 1))
        last = min(end, date(year, month, monthrange(year, month)[1]))
        months.append((first, last))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
