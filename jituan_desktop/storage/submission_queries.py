"""What the reports to the bureau (报送) read: the submissions kept, and the meetings a
quarterly report is made of, read straight from the ``meeting`` table of migration 0008."""

from __future__ import annotations

from datetime import date

from ..domain.meetings import Meeting
from ..domain.submissions import Submission, SubmissionKind
from .repositories import repository
from .store import Store


def find(store: Store, school: str, kind: SubmissionKind, year: int,
         quarter: int | None) -> Submission | None:
    """The live record of one school's report for one period (there is at most one: the
    services keep it so), the latest written when a sync brought two."""
    found = repository(store, Submission).where(
        "school = ? AND kind = ? AND year = ? AND quarter IS ?",
        [school, str(kind), year, quarter if kind == SubmissionKind.QUARTERLY else None],
        order="updated_at DESC, id DESC")
    return found[0] if found else None


def of_years(store: Store, years: set[int], school: str | None = None) -> list[Submission]:
    """Live submissions for the given years (every school's, or ``school``'s)."""
    if not years:
        return []
    marks = ", ".join("?" for _ in years)
    clause, params = f"year IN ({marks})", sorted(years)
    if school:
        clause += " AND school = ?"
        params.append(school)
    return repository(store, Submission).where(clause, params, order="updated_at, id")


def meetings_between(store: Store, start: date, end: date,
                     kind: str | None = None) -> list[Meeting]:
    """Live meetings held from ``start`` to ``end`` (of ``kind`` when given), by date."""
    clause = "meeting_date >= ? AND meeting_date <= ?"
    params: list = [start.isoformat(), end.isoformat()]
    if kind:
        clause += " AND kind = ?"
        params.append(kind)
    return repository(store, Meeting).where(clause, params, order="meeting_date, id")


def meeting_counts(store: Store, start: date, end: date) -> dict[str, int]:
    """kind code -> live meetings of that kind held from ``start`` to ``end``."""
    rows = store.execute(
        "SELECT kind, count(*) FROM meeting WHERE deleted = 0 AND meeting_date >= ? "
        "AND meeting_date <= ? GROUP BY kind", [start.isoformat(), end.isoformat()])
    return dict(rows.fetchall())


__all__ = ["find", "of_years", "meetings_between", "meeting_counts"]
