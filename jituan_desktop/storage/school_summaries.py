"""Per-school tallies of one date window, for comparing the schools of an alliance.

Each kind of record is read with one grouped query over the window (the date indexes find
the window), never one query per school: the lead school compares 20 schools over
100,000 observations. "Concerning a school" means what ``listing.SCHOOL_CONDITIONS`` means,
so a tally equals the count of the list filtered to that school.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.enums import PairingStatus
from .codec import json_sql
from .store import Store

# Where the lesson was taught, plus whose staff observed it when that is another school.
_OBSERVATIONS = """
SELECT school, count(*), max(day) FROM (
    SELECT school, lesson_date AS day FROM observation
    WHERE deleted = 0 AND lesson_date BETWEEN :start AND :end
    UNION ALL
    SELECT owner_school, lesson_date FROM observation
    WHERE deleted = 0 AND lesson_date BETWEEN :start AND :end AND owner_school != school
) GROUP BY school"""

# Hosted or joined; UNION, not UNION ALL: a host also listed as a participant counts once.
_ACTIVITIES = f"""
SELECT school, count(*), max(day) FROM (
    SELECT a.id, a.host_school AS school, a.activity_date AS day FROM activity a
    WHERE a.deleted = 0 AND a.activity_date BETWEEN :start AND :end
    UNION
    SELECT a.id, j.value, a.activity_date FROM activity a, json_each({json_sql('a.schools')}) j
    WHERE a.deleted = 0 AND a.activity_date BETWEEN :start AND :end
) GROUP BY school"""

_SESSIONS = """
SELECT owner_school, count(*), max(session_date) FROM mentor_session
WHERE deleted = 0 AND session_date BETWEEN :start AND :end GROUP BY owner_school"""

# Active pairings begun by the window's end, for the school that wrote them and the schools
# of the mentor and the mentee.
_PAIRINGS = """
SELECT school, count(*), NULL FROM (
    SELECT p.id, p.owner_school AS school FROM pairing p
    WHERE p.deleted = 0 AND p.status = :active AND p.start <= :end
    UNION
    SELECT p.id, t.school FROM pairing p JOIN teacher t ON t.uuid IN (p.mentor, p.mentee)
    WHERE p.deleted = 0 AND p.status = :active AND p.start <= :end
) GROUP BY school"""


@dataclass
class SchoolTally:
    observations: int = 0
    activities: int = 0
    sessions: int = 0
    pairings: int = 0
    last_record: date | None = None  # the newest observation, session or activity date

    def _seen(self, day: str | None) -> None:
        if day:
            seen = date.fromisoformat(day)
            if self.last_record is None or seen > self.last_record:
                self.last_record = seen


def school_tallies(store: Store, start: date, end: date) -> dict[str, SchoolTally]:
    """School UUID -> what concerns it between ``start`` and ``end`` (both included).

    Only schools with something in the window appear; callers default the rest to zero.
    """
    params = {"start": start.isoformat(), "end": end.isoformat(),
              "active": PairingStatus.ACTIVE.value}
    tallies: dict[str, SchoolTally] = {}
    for field, sql in (("observations", _OBSERVATIONS), ("activities", _ACTIVITIES),
                       ("sessions", _SESSIONS), ("pairings", _PAIRINGS)):
        for school, n, newest in store.execute(sql, params).fetchall():
            tally = tallies.setdefault(school, SchoolTally())
            setattr(tally, field, n)
            tally._seen(newest)
    return tallies
