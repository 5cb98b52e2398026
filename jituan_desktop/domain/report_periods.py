"""Which period a "due" report is about when nobody says: the one whose deadline has just
passed or is coming, not always the one that holds today.

A principal who opens the reports in December wants the annual summary that was due on
30 November, not the year that began on 1 December with nothing in it; in the first weeks
of a semester, the summary of the semester that just ended. Dashboards and quotas keep
looking at the period in progress: only the defaults of reports look back.
"""

from __future__ import annotations

from datetime import date, timedelta

from .records import Semester

# seeds/004, 四、實(shí)施要求: "各學(xué)校每年11月底前要將校校結(jié)對幫扶情況匯總后及時(shí)報(bào)送" —
# the annual summary year runs from 1 December to 30 November, named by the year it ends in.
ANNUAL_DUE_MONTH, ANNUAL_DUE_DAY = 11, 30
# How long a closed period stays the default: December and January for the annual summary
# (late filings and the bureau's inspections come then), a month for a semester summary.
ANNUAL_LOOK_BACK = timedelta(days=62)
SEMESTER_LOOK_BACK = timedelta(days=31)


def annual_deadline(year: int) -> date:
    return date(year, ANNUAL_DUE_MONTH, ANNUAL_DUE_DAY)


def annual_period(year: int) -> tuple[date, date]:
    """The twelve months that end on the due date: 1 December of the year before to
    30 November, so consecutive summaries neither overlap nor leave a gap."""
    return date(year - 1, ANNUAL_DUE_MONTH + 1, 1), annual_deadline(year)


def summary_year_in_progress(today: date) -> int:
    """The summary year holding ``today``: December already belongs to the next one."""
    return today.year + 1 if today > annual_deadline(today.year) else today.year


def due_summary_year(today: date) -> int:
    """The annual summary year to offer first: the one just closed while its deadline lies
    less than two months behind (December, January), else the one in progress."""
    last_deadline = annual_deadline(today.year if today >= annual_deadline(today.year)
                                    else today.year - 1)
    if today - last_deadline <= ANNUAL_LOOK_BACK:
        return last_deadline.year
    return summary_year_in_progress(today)


def due_semester(semesters: list[Semester], today: date) -> Semester | None:
    """The semester a semester report is about by default: in a holiday, or in the first
    month after a semester ended, that semester; otherwise the one in progress. None when
    no semester has begun."""
    live = sorted((s for s in semesters if not s.deleted), key=lambda s: s.start)
    current = next((s for s in live if s.start <= today <= s.end), None)
    ended = [s for s in live if s.end < today]
    if ended and (current is None or today - ended[-1].end <= SEMESTER_LOOK_BACK):
        return ended[-1]
    return current


__all__ = ["ANNUAL_LOOK_BACK", "SEMESTER_LOOK_BACK", "annual_deadline", "annual_period",
           "due_semester",
           "due_summary_year", "summary_year_in_progress"]
