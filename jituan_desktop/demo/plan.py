"""The demo's calendar and the planner's face, shared by the generator and its helpers.

:mod:`.generator` plans the alliance and hands itself to :mod:`.activities`, which plans the
activities and the lessons observed at them. Both import this module and neither imports the
other back: the activity planner sees the generator only through :class:`Planner`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from random import Random
from typing import TYPE_CHECKING, Protocol

from ..domain.enums import Occasion, Term
from ..domain.records import Semester
from ..domain.semesters import default_semester, default_semester_key

if TYPE_CHECKING:
    from .people import People, Person

HOLIDAYS = {(10, d) for d in range(1, 8)} | {(5, d) for d in range(1, 6)} | {(1, 1), (4, 5)}


@dataclass
class Window:
    """A semester of the demo with its teaching days up to today."""

    semester: Semester
    days: list[date]

    @property
    def second(self) -> int:
        return 1 if self.semester.term is Term.SECOND else 0


def teaching_days(semester: Semester, today: date) -> list[date]:
    """School days (Mon-Fri, no public holidays) between the start and end of teaching."""
    return list(_teaching_days(semester.school_year, semester.term, today))


@lru_cache(maxsize=64)
def _teaching_days(school_year: int, term: Term, today: date) -> tuple[date, ...]:
    semester = default_semester(school_year, term)
    year = school_year + 1
    first, last = ((semester.start, date(year, 1, 20)) if semester.term is Term.FIRST
                   else (date(year, 2, 16), date(year, 7, 5)))
    days, day = [], first
    while day <= min(last, today):
        if day.weekday() < 5 and (day.month, day.day) not in HOLIDAYS:
            days.append(day)
        day += timedelta(days=1)
    return tuple(days)


def semester_keys(today: date, count: int) -> list[tuple[int, Term]]:
    keys = [default_semester_key(today)]
    while len(keys) < count:
        year, term = keys[0]
        keys.insert(0, (year - 1, Term.SECOND) if term is Term.FIRST else (year, Term.FIRST))
    return keys


class Planner(Protocol):
    """What the activity planner uses of the generator: its draws, people, windows and plan."""

    rng: Random
    today: date
    people: People
    windows: list[Window]

    def lesson(self, teacher: Person, window: Window, venue: int | None = None,
               period: int | None = None) -> tuple: ...

    def observe(self, day: date, observer: Person, teacher: Person, occasion: Occasion,
                lesson: tuple, *, venue: int | None = None, activity: str | None = None,
                pairing: str | None = None) -> str: ...
