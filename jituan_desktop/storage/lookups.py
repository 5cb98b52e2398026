"""Small questions the services ask of the records, so that no SQL lives above storage."""

from __future__ import annotations

from ..domain.records import MentorPairing, School, Teacher
from .repositories import repository
from .store import Store

NAMED_TABLES = ("school", "teacher", "alliance", "quota_rule", "rubric_template")


def names(store: Store, table: str) -> dict[str, str]:
    """uuid -> name of every row of ``table``, tombstones included (old records name them)."""
    if table not in NAMED_TABLES:
        raise ValueError(table)
    return dict(store.execute(f"SELECT uuid, name FROM {table}").fetchall())


def school_by_code_or_name(store: Store, text: str) -> str | None:
    row = store.execute("SELECT uuid FROM school WHERE deleted = 0 AND (code = ? OR name = ?) "
                        "ORDER BY code = ? DESC LIMIT 1", [text, text, text]).fetchone()
    return row[0] if row else None


def semester_taken(store: Store, school_year: int, term: str, except_uuid: str) -> bool:
    return store.execute(
        "SELECT 1 FROM semester WHERE deleted = 0 AND school_year = ? AND term = ? "
        "AND uuid != ?", [school_year, term, except_uuid]).fetchone() is not None


def teachers(store: Store, school: str | None = None) -> list[Teacher]:
    if school:
        return repository(store, Teacher).where("school = ?", [school], order="school, name")
    return repository(store, Teacher).where(order="school, name")


def pairings(store: Store, school: str | None = None) -> list[MentorPairing]:
    """Live pairings; with ``school``, those whose mentee works there."""
    if school:
        return repository(store, MentorPairing).where(
            "mentee IN (SELECT uuid FROM teacher WHERE school = ?)", [school])
    return repository(store, MentorPairing).where()


def schools(store: Store, school: str | None = None) -> list[School]:
    if school:
        return repository(store, School).where("uuid = ?", [school])
    return repository(store, School).where(order="code, name")


def teacher_initials(store: Store) -> dict[str, str]:
    """uuid -> the pinyin-initials key stored with each teacher (for type-to-filter)."""
    return dict(store.execute("SELECT uuid, name_initials FROM teacher").fetchall())


def last_observer(store: Store, owner_school: str) -> str | None:
    """The observer of this school's latest observation (a form default); by lesson date,
    which the owner index keeps in order, so this is one index step, not a sort."""
    row = store.execute("SELECT observer FROM observation WHERE owner_school = ? AND deleted = 0 "
                        "ORDER BY lesson_date DESC, id DESC LIMIT 1", [owner_school]).fetchone()
    return row[0] if row else None
