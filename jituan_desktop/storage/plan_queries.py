"""What the plan services ask of the records: the plans of a school year, and the records
that may carry out plan items between two days (activities, meetings, 示范课, reports sent).

Rows come back as plain dicts; the services turn them into the domain's ``Evidence``. Each
query reads one indexed date range, so a year of a large alliance stays one quick pass.
"""

from __future__ import annotations

from datetime import date

from ..domain.plans import Plan
from .repositories import repository
from .codec import json_list
from .store import Store

# Each source: what it selects (its uuid, title, day, kind code, and its schools: a host column
# and a JSON list, either may be empty), the column of its day, and what it always requires.
_SELECT = {
    "activity": ("SELECT activity.uuid, activity.title, activity_date AS day, type AS code, "
                 "host_school AS school, schools FROM activity", "activity", "activity_date"),
    "meeting": ("SELECT meeting.uuid, meeting.title, meeting_date AS day, kind AS code, "
                "host_school AS school, schools FROM meeting", "meeting", "meeting_date"),
    # A 示范课 concerns the school it was taught at and the school of the teacher who gave it
    # (a supporting school's teacher teaching at a member school).
    "observation": ("SELECT o.uuid, o.topic AS title, o.lesson_date AS day, '' AS code, "
                    "o.school AS school, json_array(coalesce(t.school, '')) AS schools "
                    "FROM observation o LEFT JOIN teacher t ON t.uuid = o.teacher", "o",
                    "o.lesson_date"),
    "submission": ("SELECT submission.uuid, submission.title, sent_on AS day, kind AS code, "
                   "school, '[]' AS schools FROM submission", "submission", "sent_on"),
}
_REQUIRED = {"observation": " AND o.occasion = 'demonstration'",
             "submission": " AND sent_on IS NOT NULL"}


def _query(store: Store, table: str, condition: str, params: dict) -> list[dict]:
    select, alias, _ = _SELECT[table]
    sql = f"{select} WHERE {alias}.deleted = 0{_REQUIRED.get(table, '')} AND {condition}"
    return [shaped for shaped in (_shaped(table, row) for row in store.query(sql, params))
            if shaped is not None]


def _shaped(table: str, row: dict) -> dict | None:
    """The evidence row, or None for a row whose date cannot be read (jituan check
    reports it): one bad value must not stop a plan's progress."""
    try:
        day = date.fromisoformat(row["day"])
    except (TypeError, ValueError):
        return None
    schools = {s for s in json_list(row["schools"]) if isinstance(s, str) and s}
    if row["school"]:
        schools.add(row["school"])
    return {"table": table, "uuid": row["uuid"], "title": row["title"] or "",
            "day": day, "code": row["code"] or "",
            "schools": frozenset(schools)}


def evidence_rows(store: Store, start: date, end: date) -> list[dict]:
    """Every live record of the four sources dated between ``start`` and ``end``."""
    params = {"start": start.isoformat(), "end": end.isoformat()}
    return [row for table, (_, _, day) in _SELECT.items()
            for row in _query(store, table, f"{day} BETWEEN :start AND :end", params)]


def record_brief(store: Store, uuid: str) -> dict | None:
    """The live record ``uuid`` among the four sources, shaped like an evidence row."""
    for table, (_, alias, _) in _SELECT.items():
        rows = _query(store, table, f"{alias}.uuid = :uuid", {"uuid": uuid})
        if rows:
            return rows[0]
    return None


def plans_of_year(store: Store, school_year: int) -> list[Plan]:
    """The live plans of a school year: the alliance's first, then by school and term."""
    return repository(store, Plan).where(
        "school_year = ?", [school_year], order="scope = 'school', school, term, id")
