"""Questions the 师徒结对 page asks: pairings found by the names of mentor or mentee,
a pairing's sessions counted per kind, and the lessons a session may point back to.

The pairing list reuses the filters of ``listing`` (status, kind, school ...) and adds the
one thing that list cannot do: a search by a person's name or pinyin initials.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..domain.list_query import ListQuery
from .listing import LISTS, _where
from .search import like_pattern
from .store import Store

# Mentor or mentee whose name, or pinyin initials, contains the typed text.
_NAME_CONDITION = ("EXISTS (SELECT 1 FROM teacher t WHERE t.uuid IN (pairing.mentor, "
                   "pairing.mentee) AND (t.name LIKE :who ESCAPE '\\' OR "
                   "t.name_initials LIKE :who ESCAPE '\\'))")


def _pairing_where(query: ListQuery) -> tuple[str, dict]:
    where, params = _where(LISTS["pairing"], replace(query, text=""))
    text = query.text.strip()
    if text:
        where += (" AND " if where else " WHERE ") + _NAME_CONDITION
        params["who"] = like_pattern(text)
    return where, params


def pairing_page(store: Store, query: ListQuery, *, offset: int = 0,
                 limit: int = 100) -> list[dict]:
    """A page of the pairing list (rows as ``listing`` gives them), searched by name."""
    spec = LISTS["pairing"]
    where, params = _pairing_where(query)
    params.update(limit=limit, offset=offset)
    return store.query(f"SELECT pairing.*, {spec.select} FROM pairing{where} "
                       f"ORDER BY {spec.order} LIMIT :limit OFFSET :offset", params)


def pairing_count(store: Store, query: ListQuery) -> int:
    where, params = _pairing_where(query)
    return store.execute(f"SELECT count(*) FROM pairing{where}", params).fetchone()[0]


def session_counts_by_kind(store: Store, pairing: str, start: date, end: date) -> dict[str, int]:
    """Live sessions of ``pairing`` between two days (inclusive), per kind code."""
    rows = store.execute(
        "SELECT kind, count(*) FROM mentor_session WHERE pairing = ? AND deleted = 0 "
        "AND session_date BETWEEN ? AND ? GROUP BY kind",
        [pairing, start.isoformat(), end.isoformat()]).fetchall()
    return {kind: n for kind, n in rows}


def linkable_observations(store: Store, pairing: str, mentor: str, mentee: str, *,
                          limit: int = 200) -> list[dict]:
    """Lessons one of the pair observed the other give, or recorded for the pairing,
    newest first: what a 听课 session can point to."""
    return store.query(
        "SELECT uuid, lesson_date, topic, subject, teacher, observer FROM observation "
        "WHERE deleted = 0 AND (pairing = :pairing OR (observer = :mentor AND teacher = :mentee)"
        " OR (observer = :mentee AND teacher = :mentor)) "
        "ORDER BY lesson_date DESC, id DESC LIMIT :limit",
        {"pairing": pairing, "mentor": mentor, "mentee": mentee, "limit": limit})


__all__ = ["pairing_page", "pairing_count", "session_counts_by_kind", "linkable_observations"]
