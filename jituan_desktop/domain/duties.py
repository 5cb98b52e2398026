"""The lead school's and each school's own duties as the 首页 lists them: plan items,
meeting decisions to follow up and reports due to the county bureau, in one vocabulary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .enums import Coded
from .messages import QT_TRANSLATE_NOOP
from .submissions import SubmissionKind

SOON = timedelta(days=7)  # due within a week: "due soon"


class DutyKind(Coded):
    PLAN_ITEM = "plan_item", QT_TRANSLATE_NOOP("Labels", "Plan item")
    DECISION = "decision", QT_TRANSLATE_NOOP("Labels", "Meeting decision")
    SUBMISSION = "submission", QT_TRANSLATE_NOOP("Labels", "Report to the bureau")


class DutyState(Coded):
    LATE = "late", QT_TRANSLATE_NOOP("Labels", "Overdue")
    DUE_SOON = "due_soon", QT_TRANSLATE_NOOP("Labels", "Due soon")
    OPEN = "open", QT_TRANSLATE_NOOP("Labels", "To do")
    DONE = "done", QT_TRANSLATE_NOOP("Labels", "Done")


ORDER = {DutyState.LATE: 0, DutyState.DUE_SOON: 1, DutyState.OPEN: 2, DutyState.DONE: 3}


@dataclass(frozen=True)
class Duty:
    kind: DutyKind
    what: str  # the item, the decision, the report
    who: str  # who is responsible / follows it up / which school reports
    due: date | None
    state: DutyState
    table: str  # where the record lives ("plan", "meeting", "submission")
    uuid: str  # the record to open
    source: str = ""  # the plan's or meeting's title
    report: SubmissionKind | None = None  # a report due: which, for which year and quarter
    year: int | None = None
    quarter: int | None = None

    @property
    def urgent(self) -> bool:
        return self.state in (DutyState.LATE, DutyState.DUE_SOON)


def state_by_date(due: date | None, today: date, *, done: bool = False) -> DutyState:
    """Done, overdue, due within a week, or to do."""
    if done:
        return DutyState.DONE
    if due is None:
        return DutyState.OPEN
    if due < today:
        return DutyState.LATE
    return DutyState.DUE_SOON if due - today <= SOON else DutyState.OPEN


def in_order(duties: list[Duty]) -> list[Duty]:
    """What needs doing first: overdue, then due soon, to do, done; earliest due first."""
    return sorted(duties, key=lambda d: (ORDER[d.state], d.due or date.max, d.what))
