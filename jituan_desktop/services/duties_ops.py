"""What the 首页 lists as this school's (or the alliance's) duties now: this month's plan
items and earlier ones still not done, meeting decisions to follow up, reports due."""

from __future__ import annotations

from datetime import date

from ..domain.duties import Duty, DutyKind, DutyState, in_order, state_by_date
from ..domain.plan_progress import ItemState, month_end
from ..domain.submissions import DueState, SubmissionKind
from ..storage.store import Store
from . import meeting_ops, plan_ops, submission_ops


def plan_duties(store: Store, school: str | None, today: date) -> list[Duty]:
    duties = []
    for p in plan_ops.plan_this_month(store, school=school, today=today):
        due = month_end(p.item.month)  # items reaching here passed validation
        state = (DutyState.LATE if p.state is ItemState.LATE
                 else state_by_date(due, today, done=p.state is ItemState.DONE))
        duties.append(Duty(DutyKind.PLAN_ITEM, p.item.what, p.item.responsible, due, state,
                           "plan", p.plan_uuid, p.plan_title))
    return duties


def decision_duties(store: Store, school: str | None, today: date) -> list[Duty]:
    return [Duty(DutyKind.DECISION, d.text, d.follow_up_name, d.due,
                 DutyState.LATE if d.overdue else state_by_date(d.due, today),
                 "meeting", d.meeting_uuid, d.meeting_title)
            for d in meeting_ops.open_decisions(store, school=school, today=today)]


def submission_duties(store: Store, school: str | None, today: date) -> list[Duty]:
    duties = []
    for r in submission_ops.submissions_due(store, school=school, today=today):
        state = {DueState.SENT: DutyState.DONE, DueState.OVERDUE: DutyState.LATE,
                 DueState.DUE_SOON: DutyState.DUE_SOON}.get(r.state, DutyState.OPEN)
        duties.append(Duty(DutyKind.SUBMISSION, "", r.school_name, r.due, state,
                           "submission", r.submission_uuid or "", report=r.kind, year=r.year,
                           quarter=r.quarter if r.kind is SubmissionKind.QUARTERLY else None))
    return duties


def duties(store: Store, *, school: str | None = None, today: date | None = None) -> list[Duty]:
    """Every duty concerning ``school`` (None: the whole alliance), what needs doing first."""
    today = today or store.clock.today()
    return in_order(plan_duties(store, school, today) + decision_duties(store, school, today)
                    + submission_duties(store, school, today))
