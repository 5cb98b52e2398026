"""Filtered, paged lists of records for tables on screen, exports and the command line.

A list never loads every row: callers ask for a page (offset, limit) and for the count.
Rows come back as dicts of the table's columns plus display names of what they refer to.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.list_query import ListQuery
from .codec import json_sql
from .search import is_common, like_pattern, matching_ids_sql, row_condition_sql
from .store import Store


@dataclass(frozen=True)
class ListSpec:
    table: str
    date_column: str | None
    order: str
    filters: frozenset[str]
    select: str = ""
    joins: str = ""
    searchable: bool = True
    name_column: str | None = None  # lists searched by a name rather than full text


_TEACHER_NAME = "(SELECT name FROM teacher WHERE teacher.uuid = {col})"
_SCHOOL_NAME = "(SELECT name FROM school WHERE school.uuid = {col})"

LISTS: dict[str, ListSpec] = {
    "observation": ListSpec(
        table="observation", date_column="lesson_date", order="lesson_date DESC, id DESC",
        # school: where the lesson was taught (the 听课记录 list's 授课学校 filter)
        filters=frozenset({"observer", "teacher", "subject", "occasion", "owner_school",
                           "pairing", "activity", "band", "school"}),
        select=", ".join([
            _TEACHER_NAME.format(col="observation.observer") + " AS observer_name",
            _TEACHER_NAME.format(col="observation.teacher") + " AS teacher_name",
            _SCHOOL_NAME.format(col="observation.school") + " AS school_name"])),
    "mentor_session": ListSpec(
        table="mentor_session", date_column="session_date", order="session_date DESC, id DESC",
        filters=frozenset({"pairing", "kind", "owner_school"})),
    "activity": ListSpec(
        table="activity", date_column="activity_date", order="activity_date DESC, id DESC",
        filters=frozenset({"type", "host_school", "mode", "owner_school"}),
        select=_SCHOOL_NAME.format(col="activity.host_school") + " AS host_school_name"),
    # 会议纪要: the chair's name and how many decisions are still open, for the list and 导出.
    "meeting": ListSpec(
        table="meeting", date_column="meeting_date", order="meeting_date DESC, id DESC",
        filters=frozenset({"kind", "host_school", "owner_school"}),
        select=", ".join([
            _SCHOOL_NAME.format(col="meeting.host_school") + " AS host_school_name",
            _TEACHER_NAME.format(col="meeting.chair") + " AS chair_name",
            f"json_array_length({json_sql('meeting.attendees')}) AS attendee_count",
            f"json_array_length({json_sql('meeting.decisions')}) AS decision_count",
            f"(SELECT count(*) FROM json_each({json_sql('meeting.decisions')}) "
            "WHERE type = 'object' AND json_extract(value, '$.state') = 'open') "
            "AS open_count"])),
    "teacher": ListSpec(
        table="teacher", date_column=None, order="school, name, id",
        filters=frozenset({"school", "position", "active"}), searchable=False,
        name_column="name",
        select=_SCHOOL_NAME.format(col="teacher.school") + " AS school_name"),
    "pairing": ListSpec(
        table="pairing", date_column="start", order="start DESC, id DESC",
        filters=frozenset({"mentor", "mentee", "status", "kind", "owner_school"}),
        searchable=False,
        select=", ".join([
            _TEACHER_NAME.format(col="pairing.mentor") + " AS mentor_name",
            _TEACHER_NAME.format(col="pairing.mentee") + " AS mentee_name"])),
    # Plans by school year, the alliance's first; ``item_count`` for the page's column.
    "plan": ListSpec(
        table="plan", date_column=None,
        order="school_year DESC, scope = 'school', school_name, term IS NULL, term, plan.id",
        filters=frozenset({"school_year", "term", "scope", "school", "owner_school"}),
        select=", ".join([_SCHOOL_NAME.format(col="plan.school") + " AS school_name",
                          f"json_array_length({json_sql('plan.items')}) AS item_count",
                          "coalesce(plan.term, '') AS term_shown"])),  # '': the whole year
    # Reports to the bureau, latest period first; dated by when they were generated.
    "submission": ListSpec(
        table="submission", date_column="generated_on",
        order="year DESC, coalesce(quarter, 5) DESC, kind, id DESC",
        filters=frozenset({"kind", "school", "year", "owner_school"}),
        select=", ".join([
            _SCHOOL_NAME.format(col="submission.school") + " AS school_name",
            _TEACHER_NAME.format(col="submission.sent_by") + " AS sent_by_name"])),
}

# "Records that concern a school": where the lesson was taught or whose staff observed it;
# activities and meetings it hosted or joined; pairings whose mentor or mentee works there.
SCHOOL_CONDITIONS = {
    "observation": "(observation.school = :school OR observation.owner_school = :school)",
    "activity": "(activity.host_school = :school OR EXISTS "
                f"(SELECT 1 FROM json_each({json_sql('activity.schools')}) "
                "WHERE value = :school))",
    "meeting": "(meeting.host_school = :school OR EXISTS "
               f"(SELECT 1 FROM json_each({json_sql('meeting.schools')}) WHERE value = :school))",
    "teacher": "teacher.school = :school",
    "pairing": "(pairing.owner_school = :school OR EXISTS (SELECT 1 FROM teacher t "
               "WHERE t.uuid IN (pairing.mentor, pairing.mentee) AND t.school = :school))",
    "mentor_session": "mentor_session.owner_school = :school",
    # Its own plans, and the alliance plan every school works to.
    "plan": "(plan.school = :school OR plan.scope = 'alliance')",
    "submission": "submission.school = :school",
}


def _where(spec: ListSpec, query: ListQuery, store: Store | None = None) -> tuple[str, dict]:
    """The WHERE clause. Given ``store``, a common search word is checked row by row (a
    page is found at once); otherwise the matching ids are gathered (right for counts and
    for rare words)."""
    conditions: list[str] = []
    params: dict = {}
    if not query.include_deleted:
        conditions.append(f"{spec.table}.deleted = 0")
    for name, value in sorted(query.filters.items()):
        if name not in spec.filters:
            raise ValueError(f"{spec.table} cannot be filtered by {name}")
        if value is None or value == "":
            continue
        conditions.append(f'{spec.table}."{name}" = :f_{name}')
        params[f"f_{name}"] = value
    if spec.date_column and query.date_from:
        conditions.append(f'{spec.table}."{spec.date_column}" >= :date_from')
        params["date_from"] = query.date_from.isoformat()
    if spec.date_column and query.date_to:
        conditions.append(f'{spec.table}."{spec.date_column}" <= :date_to')
        params["date_to"] = query.date_to.isoformat()
    if query.school:
        conditions.append(SCHOOL_CONDITIONS[spec.table])
        params["school"] = query.school
    text = query.text.strip()
    if text:
        if spec.searchable:
            if store is not None and query.common_text is None:
                query.common_text = is_common(store, spec.table, text)
            if store is not None and query.common_text:
                sql, text_params = row_condition_sql(spec.table, text)
            else:
                sql, text_params = matching_ids_sql(spec.table, text)
                sql = f"{spec.table}.id IN ({sql})"
            for i, value in enumerate(text_params):
                sql = sql.replace("?", f":t{i}", 1)
                params[f"t{i}"] = value
            conditions.append(sql)
        elif spec.name_column:
            # A name, or the pinyin initials of one (zs finds 张三), as people type them.
            conditions.append(f"({spec.table}.{spec.name_column} LIKE :name ESCAPE '\\' OR "
                              f"{spec.table}.name_initials LIKE :name ESCAPE '\\')")
            params["name"] = like_pattern(text)
    return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


def page(store: Store, list_name: str, query: ListQuery, *, offset: int = 0,
         limit: int = 100) -> list[dict]:
    spec = LISTS[list_name]
    where, params = _where(spec, query, store)
    select = f"{spec.table}.*" + (f", {spec.select}" if spec.select else "")
    params.update(limit=limit, offset=offset)
    return store.query(f"SELECT {select} FROM {spec.table}{spec.joins}{where} "
                       f"ORDER BY {spec.order} LIMIT :limit OFFSET :offset", params)


def count(store: Store, list_name: str, query: ListQuery) -> int:
    spec = LISTS[list_name]
    # Counting needs every match: gathering them from the index is cheaper, except for one
    # character, which the index cannot narrow and row checks of the filtered list can.
    row_checks = len(query.text.strip()) == 1
    where, params = _where(spec, query, store if row_checks else None)
    return store.execute(f"SELECT count(*) FROM {spec.table}{where}", params).fetchone()[0]
