"""What the plan services ask of the records: the plans of a school year, and the records
that may carry out plan items between two days (activities, meetings, 示范课, reports sent).

Rows come back as plain dicts; the services turn them into the domain's ``Evidence``. Each
query reads one indexed date range, so a year of a large alliance stays one quick pass.
"""

from __future__ import annotations

import json
from datetime import date

from ..domain.plans import Plan
from .repositories import repository
from .store import Store

# Each source: table, the day it happened, its title, its kind code, and its schools (a
# host column and a JSON list, either may be empty), for one date range.
_SOURCES = {
    "activity": ("SELECT uuid, title, activity_date AS day, type AS code, host_school AS school,"
                 " schools FROM activity WHERE deleted = 0"
                 " AND activity_date BETWEEN :start AND :end"),
    "meeting": ("SELECT uuid, title, meeting_date AS day, kind AS code, host_school AS school,"
                " schools FROM meeting WHERE deleted = 0"
                " AND meeting_date BETWEEN :start AND :end"),
    # A 示范课 concerns the school it was taught at and the school of the teacher who gave it
    # (a supporting school's teacher teaching at a member school).
    "observation": ("SELECT o.uuid, o.topic AS title, o.lesson_date AS day, '' AS code,"
                    " o.school AS school, json_array(coalesce(t.school, '')) AS schools"
                    " FROM observation o LEFT JOIN teacher t ON t.uuid = o.teacher"
                    " WHERE o.deleted = 0 AND o.occasion = 'demonstration'"
                    " AND o.lesson_date BETWEEN :start AND :end"),
    "submission": ("SELECT uuid, title, sent_on AS day, kind AS code, school, '[]' AS schools"
                   " FROM submission WHERE deleted = 0 AND sent_on IS NOT NULL"
                   " AND sent_on BETWEEN :start AND :end"),
}


def _shaped(table: str, row: dict) -> dict:
    schools = {s for s in json.loads(row["schools"] or "[]") if s}
    if row["school"]:
        schools.add(row["school"])
    return {"table": table, "uuid": row["uuid"], "title": row["title"] or "",
            "day": date.fromisoformat(row["day"]), "code": row["code"] or "",
            "schools": frozenset(schools)}


def evidence_rows(store: Store, start: date, end: date) -> list[dict]:
    """Every live record of the four sources dated between ``start`` and ``end``."""
    params = {"start": start.isoformat(), "end": end.isoformat()}
    return [_shaped(table, row) for table, sql in _SOURCES.items()
            for row in store.query(sql, params)]


def record_brief(store: Store, uuid: str) -> dict | None:
    """The live record ``uuid`` among the four sources, shaped like an evidence row."""
    for table, sql in _SOURCES.items():
        clause = sql.split(" WHERE ")[0]
        alias = "o." if table == "observation" else ""
        rows = store.query(f"{clause} WHERE {alias}deleted = 0 AND {alias}uuid = :uuid"
                           + (" AND sent_on IS NOT NULL" if table == "submission" else ""),
                           {"uuid": uuid})
        if rows:
            return _shaped(table, rows[0])
    return None


def plans_of_year(store: Store, school_year: int) -> list[Plan]:
    """The live plans of a school year: the alliance's first, then by school and term."""
    return repository(store, Plan).where(
        "school_year = ?", [school_year], order="scope = 'school', school, term, id")
