"""The grouped reads behind the semester and annual summaries (services/report_figures.py).

"Concerning a school" means what ``listing.SCHOOL_CONDITIONS`` means (and what the
dashboard's per-school tallies count), so a summary's number equals the count of the list
filtered to that school. Every function reads one date window with one query — never one
query per teacher — so the lead school's alliance summary stays fast on 20 schools.
"""

from __future__ import annotations

from datetime import date

from ..domain.enums import PairingStatus
from .listing import SCHOOL_CONDITIONS
from .codec import json_list, json_sql
from .store import Store


def _window(start: date, end: date, school: str | None, table: str) -> tuple[str, dict]:
    """Conditions and parameters for live rows of ``table`` in the window (and school)."""
    column = {"observation": "lesson_date", "activity": "activity_date",
              "mentor_session": "session_date"}[table]
    sql = f"{table}.deleted = 0 AND {table}.{column} BETWEEN :start AND :end"
    params = {"start": start.isoformat(), "end": end.isoformat()}
    if school:
        sql += " AND " + SCHOOL_CONDITIONS[table]
        params["school"] = school
    return sql, params


def activities(store: Store, start: date, end: date, school: str | None = None) -> list[dict]:
    """Activities in the window concerning ``school`` (None: all), oldest first, with the
    participating schools and attachments decoded."""
    where, params = _window(start, end, school, "activity")
    rows = store.query(
        "SELECT uuid, type, title, activity_date, host_school, schools, teachers_reached, "
        f"students_reached, attachments FROM activity WHERE {where} "
        "ORDER BY activity_date, id", params)
    for row in rows:
        row["schools"] = json_list(row["schools"])
        row["attachments"] = json_list(row["attachments"], objects=True)
    return rows


def observations_by_occasion(store: Store, start: date, end: date,
                             school: str | None = None) -> dict[str, tuple[int, float, int]]:
    """occasion code -> (observations, sum of totals, how many were scored)."""
    where, params = _window(start, end, school, "observation")
    rows = store.execute(
        "SELECT occasion, count(*), coalesce(sum(total), 0), count(total) FROM observation "
        f"WHERE {where} GROUP BY occasion", params).fetchall()
    return {occasion: (n, total, scored) for occasion, n, total, scored in rows}


def rubric_item_averages(store: Store, start: date, end: date,
                         school: str | None = None) -> dict[str, tuple[float, int]]:
    """rubric item name -> (average score, how many observations scored it)."""
    where, params = _window(start, end, school, "observation")
    rows = store.execute(
        "SELECT j.key, avg(j.value), count(*) FROM observation, "
        f"json_each({json_sql('observation.scores', 'object')}) j "
        f"WHERE {where} AND j.type IN ('integer', 'real') GROUP BY j.key", params).fetchall()
    return {name: (avg, n) for name, avg, n in rows}


def observation_evidence(store: Store, start: date, end: date,
                         school: str | None = None) -> list[dict]:
    """What each observation in the window holds as evidence for an inspection (查验):
    its notes, reflection and attachments, and those of the activity it belongs to."""
    where, params = _window(start, end, school, "observation")
    rows = store.query(
        "SELECT observation.uuid, observation.lesson_date, observation.topic, "
        "observation.occasion, observation.notes, observation.reflection, "
        "observation.attachments, a.attachments AS activity_attachments, "
        "(SELECT name FROM teacher WHERE teacher.uuid = observation.teacher) AS teacher_name, "
        "(SELECT name FROM teacher WHERE teacher.uuid = observation.observer) AS observer_name "
        "FROM observation LEFT JOIN activity a ON a.uuid = observation.activity "
        f"AND a.deleted = 0 WHERE {where} ORDER BY observation.lesson_date, observation.id",
        params)
    for row in rows:
        row["notes"] = json_list(row["notes"], objects=True)
        row["attachments"] = json_list(row["attachments"], objects=True)
        row["activity_attachments"] = json_list(row["activity_attachments"], objects=True)
    return rows


def session_kind_counts(store: Store, start: date, end: date,
                        school: str | None = None) -> dict[str, int]:
    """session kind code -> mentor sessions in the window (of ``school``'s records)."""
    where, params = _window(start, end, school, "mentor_session")
    return dict(store.execute(
        f"SELECT kind, count(*) FROM mentor_session WHERE {where} GROUP BY kind",
        params).fetchall())


def pairing_counts(store: Store, start: date, end: date,
                   school: str | None = None) -> tuple[int, int]:
    """(pairings that ran during the window, of them still active) concerning ``school``.

    A pairing ran if it began by the window's end and had not ended before its start (an
    ended pairing without an end date is taken to have run, as compliance takes it)."""
    params = {"start": start.isoformat(), "end": end.isoformat(),
              "active": PairingStatus.ACTIVE.value}
    where = "pairing.deleted = 0 AND pairing.start <= :end"
    if school:
        where += " AND " + SCHOOL_CONDITIONS["pairing"]
        params["school"] = school
    ran, active = store.execute(
        "SELECT count(*), coalesce(sum(status = :active), 0) FROM pairing "
        f"WHERE {where} AND (status = :active OR ended_on IS NULL OR ended_on >= :start)",
        params).fetchone()
    return ran, active


def received_member_bundles(store: Store) -> dict[str, dict]:
    """school -> what came from it: accepted and refused member bundles, and when the
    newest accepted one and the newest of any status arrived (UTC ISO)."""
    rows = store.execute(
        "SELECT school, sum(status = 'accepted'), sum(status = 'refused'), "
        "max(CASE WHEN status = 'accepted' THEN at END), max(at) FROM sync_bundle "
        "WHERE direction = 'received' AND kind = 'member' AND school IS NOT NULL "
        "GROUP BY school").fetchall()
    return {school: {"accepted": accepted or 0, "refused": refused or 0,
                     "last_accepted": last_accepted, "last": last}
            for school, accepted, refused, last_accepted, last in rows}
