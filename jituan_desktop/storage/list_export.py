"""Every row of a list, streamed, for exporting what a page shows to a spreadsheet.

The same filters as :mod:`listing` (a page and its export can never disagree), read through
one cursor in batches instead of page after page: OFFSET paging re-reads every row before the
page, which turns a 100,000-row export quadratic. Rows carry, besides the list's own display
names, the names a spreadsheet needs where the screen shows context instead (a session's
mentor and mentee; an activity's participating schools).
"""

from __future__ import annotations

from typing import Iterator

from .listing import LISTS, ListQuery, _where
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
        "(SELECT group_concat(name, '、') FROM (SELECT s.name FROM json_each(activity.schools) j "
        "JOIN school s ON s.uuid = j.value WHERE j.value != activity.host_school "
        "ORDER BY j.key)) AS school_names"),
}


def _sql(store: Store, list_name: str, query: ListQuery) -> tuple[str, dict]:
    spec = LISTS[list_name]
    if list_name == "pairing":  # the pairing page searches by mentor or mentee name
        where, params = _pairing_where(query)
    else:
        where, params = _where(spec, query, store)
    select = ", ".join(part for part in (f"{spec.table}.*", spec.select,
                                         EXTRA_SELECT.get(list_name, "")) if part)
    return (f"SELECT {select} FROM {spec.table}{spec.joins}{where} ORDER BY {spec.order}",
            params)


def iter_rows(store: Store, list_name: str, query: ListQuery, *,
              batch: int = 2000) -> Iterator[dict]:
    """Rows of the list in the page's order, as dicts like :func:`listing.page` gives."""
    sql, params = _sql(store, list_name, query)
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
    spec = LISTS[list_name]
    if list_name == "pairing":
        where, params = _pairing_where(query)
    else:
        where, params = _where(spec, query, store)
    return store.execute(f"SELECT count(*) FROM {spec.table}{where}", params).fetchone()[0]
