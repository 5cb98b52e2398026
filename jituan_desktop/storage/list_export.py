"""Every row of a list, streamed, for exporting what a page shows to a spreadsheet.

The same filters as :mod:`listing` (a page and its export can never disagree), read through
one cursor in batches instead of page after page: OFFSET paging re-reads every row before the
page, which turns a 100,000-row export quadratic. Rows carry, besides the list's own display
names, the names a spreadsheet needs where the screen shows context instead (a session's
mentor and mentee; an activity's participating schools).
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ..domain.list_query import ListQuery
from .codec import json_sql
from .listing import LISTS, _where
from .mentoring_queries import _pairing_where
from .store import Store

EXTRA_SELECT = {
    "mentor_session": (
        "(SELECT t.name FROM pairing p JOIN teacher t ON t.uuid = p.mentor "
        "WHERE p.uuid = mentor_session.pairing) AS mentor_name, "
        "(SELECT t.name FROM pairing p JOIN teacher t ON t.uuid = p.mentee "
        "WHERE p.uuid = mentor_session.pairing) AS mentee_name"),
    # In the order the activity lists them; the host is its own column.
    "activity": (
        "(SELECT group_concat(name, '、') FROM (SELECT s.name FROM json_each(" + json_sql("activity.schools") + ") j "
        "JOIN school s ON s.uuid = j.value WHERE j.value != activity.host_school "
        "ORDER BY j.key)) AS school_names"),
    # A meeting's other schools and its recorder, as the minutes name them.
    "meeting": (
        "(SELECT group_concat(name, '、') FROM (SELECT s.name FROM json_each(" + json_sql("meeting.schools") + ") j "
        "JOIN school s ON s.uuid = j.value WHERE j.value != meeting.host_school "
        "ORDER BY j.key)) AS school_names, "
        "(SELECT name FROM teacher WHERE teacher.uuid = meeting.recorder) AS recorder_name"),
}


def _where_of(store: Store, list_name: str, query: ListQuery) -> tuple[str, dict]:
    if list_name == "pairing":  # the pairing page searches by mentor or mentee name
        return _pairing_where(query)
    return _where(LISTS[list_name], query, store)


def _sql(store: Store, list_name: str, query: ListQuery,
         columns: Iterable[str] | None) -> tuple[str, dict]:
    spec = LISTS[list_name]
    where, params = _where_of(store, list_name, query)
    # Only the columns a table shows: an observation's notes and comments are most of its
    # row, and reading them for nothing doubles the time of a 100,000-row export.
    own = f"{spec.table}.*" if columns is None else \
        ", ".join(f'{spec.table}."{c}"' for c in columns)
    select = ", ".join(part for part in (own, spec.select, EXTRA_SELECT.get(list_name, ""))
                       if part)
    return (f"SELECT {select} FROM {spec.table}{spec.joins}{where} ORDER BY {spec.order}",
            params)


def iter_rows(store: Store, list_name: str, query: ListQuery, *,
              columns: Iterable[str] | None = None, batch: int = 2000) -> Iterator[dict]:
    """Rows of the list in the page's order, as dicts like :func:`listing.page` gives
    (with only the table's ``columns`` when given, besides the display names)."""
    sql, params = _sql(store, list_name, query, columns)
    cursor = store.execute(sql, params)
    names = [d[0] for d in cursor.description]
    while True:
        rows = cursor.fetchmany(batch)
        if not rows:
            return
        for row in rows:
            yield dict(zip(names, row))


def row_count(store: Store, list_name: str, query: ListQuery) -> int:
    """How many rows :func:`iter_rows` gives (for a progress bar)."""
    where, params = _where_of(store, list_name, query)
    return store.execute(f"SELECT count(*) FROM {LISTS[list_name].table}{where}",
                         params).fetchone()[0]
