"""The one place that reads the machine's clock.

Deadlines, semesters, invitation validity and "reported this month" are all judged against
one :class:`Clock`. The entry points make it (the desktop app, the command line, the
self-test; the tests their own) and hand it to every store they open (``store.clock``), so
every use case that is handed the store reads the same time as the page or command that
called it; the storage layer never picks a clock of its own. Nothing else in the
package calls ``date.today()`` or ``datetime.now()`` (tests/test_one_clock.py checks).

A clock may be *moved*: it starts at a given instant and then advances with the machine, so
the order of things written one after another is kept. Scripts and tests move it with the
environment variable ``JITUAN_NOW`` (an ISO date, ``2027-02-28``, which starts that day at
09:00 local time, or an ISO date and time, ``2027-02-28T16:30:00+08:00``).
"""

from __future__ import annotations

import os
from datetime import date, datetime, time as day_time, timedelta, timezone

ENVIRONMENT_VARIABLE = "JITUAN_NOW"
# A day given without a time starts in the morning of a school day, not at midnight, where
# the local and the UTC date would differ.
MORNING = day_time(9, 0)


class Clock:
    """Today and now, from the machine or from a moved start."""

    def __init__(self, start: datetime | date | None = None):
        self._offset = timedelta(0)
        if start is not None:
            self._offset = _as_instant(start) - _machine_now()

    @classmethod
    def from_environment(cls, environ=None) -> "Clock":
        """The machine's clock, unless ``JITUAN_NOW`` moves it (scripts and tests).

        One moved clock per process and value: every store opened later reads the same
        timeline instead of starting again at the given instant, so what is written later
        is still stamped later.
        """
        value = (os.environ if environ is None else environ).get(ENVIRONMENT_VARIABLE, "")
        if not value.strip():
            return _MACHINE
        if value not in _MOVED:
            _MOVED[value] = cls(parse_start(value))
        return _MOVED[value]

    def now(self) -> datetime:
        """Now, as an aware datetime in UTC."""
        return _machine_now() + self._offset

    def today(self) -> date:
        """The local date: the day a teacher at this laptop would write on a form."""
        return self.now().astimezone().date()

    def utc_iso(self) -> str:
        """Now as an ISO timestamp in UTC to the second, for stamps kept in the database."""
        return self.now().isoformat(timespec="seconds")

    @property
    def moved(self) -> bool:
        return self._offset != timedelta(0)


def parse_start(value: str) -> datetime:
    """``JITUAN_NOW``'s value as an instant; ValueError names what was wrong."""
    text = value.strip()
    try:
        if "T" in text or " " in text:
            return _as_instant(datetime.fromisoformat(text))
        return _as_instant(date.fromisoformat(text))
    except ValueError:
        raise ValueError(f"{ENVIRONMENT_VARIABLE}={value!r} is not an ISO date or date and time "
                         f"(2027-02-28 or 2027-02-28T16:30:00+08:00)") from None


def _as_instant(start: datetime | date) -> datetime:
    if not isinstance(start, datetime):
        start = datetime.combine(start, MORNING)
    if start.tzinfo is None:
        start = start.astimezone()  # a naive time is the laptop's local time
    return start.astimezone(timezone.utc)


_MACHINE = Clock()
_MOVED: dict[str, Clock] = {}


def _machine_now() -> datetime:
    # Read afresh every time: a laptop that sleeps overnight wakes up on the next day.
    return datetime.now(timezone.utc)


__all__ = ["Clock", "ENVIRONMENT_VARIABLE", "parse_start"]
