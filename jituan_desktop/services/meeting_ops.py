"""会议纪要's use cases: record a meeting, follow up its decisions, and list the decisions
still to be carried out (for 首页 and for whoever follows them up).

The texts ask for decisions that are followed up (000: 理事会议 ... 研究集团发展规划、工作目标、
工作计划; the bureau is told of the major ones every quarter): a decision stays OPEN until it
is marked carried out or withdrawn, and one past its date is overdue.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from ..domain.meetings import DecisionState, Meeting, MeetingKind
from ..domain.messages import QT_TRANSLATE_NOOP, ValidationError, problem
from ..storage import lookups, meeting_queries
from ..storage.repositories import repository
from ..storage.store import Store
from . import record_ops
from .changes import Changes

UNKNOWN_DECISION = QT_TRANSLATE_NOOP(
    "Validation", "This meeting has no such decision (it may have been removed meanwhile).")


@dataclass(frozen=True)
class DecisionDue:
    """One decision still to be carried out, with what 首页 needs to show it."""

    meeting_uuid: str
    meeting_title: str
    meeting_kind: MeetingKind
    meeting_date: date
    decision_id: str
    text: str
    follow_up: str | None  # the teacher who follows it up
    follow_up_name: str
    school: str  # the meeting's host school
    due: date
    overdue: bool


def _involves(meeting: Meeting, school: str) -> bool:
    return school in meeting.all_schools


def open_decisions(store: Store, *, school: str | None = None,
                   today: date | None = None) -> list[DecisionDue]:
    """Decisions still OPEN, soonest due first (the overdue ones lead); ``school`` keeps the
    meetings that school hosted or took part in."""
    today = today or store.clock.today()
    meetings = meeting_queries.with_open_decisions(store)
    teachers = lookups.names(store, "teacher")
    found = []
    for m in meetings:
        if school is not None and not _involves(m, school):
            continue
        for d in m.decisions:
            if d.state is not DecisionState.OPEN or d.due is None:
                continue
            found.append(DecisionDue(
                meeting_uuid=m.uuid, meeting_title=m.title, meeting_kind=m.kind,
                meeting_date=m.meeting_date, decision_id=d.id, text=d.text,
                follow_up=d.follow_up, follow_up_name=teachers.get(d.follow_up or "", ""),
                school=m.host_school, due=d.due, overdue=d.due < today))
    found.sort(key=lambda d: (d.due, d.meeting_date, d.meeting_uuid, d.decision_id))
    return found


def mark_decision(store: Store, meeting_uuid: str, decision_id: str, state: DecisionState, *,
                  done_on: date | None = None, note: str = "",
                  today: date | None = None) -> Changes:
    """Mark one decision carried out (on ``done_on``, default today), withdrawn, or open
    again; the meeting is saved with every check of a save (only its school may)."""
    today = today or store.clock.today()
    state = DecisionState.parse(state)
    with store.transaction():
        meeting = repository(store, Meeting).require(meeting_uuid)
        decisions = []
        found = False
        for d in meeting.decisions:
            if d.id == decision_id:
                found = True
                d = dataclasses.replace(
                    d, state=state,
                    done_on=(done_on or today) if state is DecisionState.DONE else None,
                    note=note or d.note)
            decisions.append(d)
        if not found:
            raise ValidationError([problem("decisions", UNKNOWN_DECISION)])
        meeting.decisions = decisions
        return record_ops.save(store, meeting, today=today)


def record_meeting(store: Store, meeting: Meeting, **kw) -> Changes:
    """Save a meeting's minutes (new or edited) as this school's."""
    return record_ops.save(store, meeting, **kw)


def meeting(store: Store, uuid: str) -> Meeting:
    return repository(store, Meeting).require(uuid)


__all__ = ["DecisionDue", "open_decisions", "mark_decision", "record_meeting", "meeting",
           "UNKNOWN_DECISION"]
