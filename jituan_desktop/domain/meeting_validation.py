"""What a meeting's minutes must hold before they are saved (and when they arrive)."""

from __future__ import annotations

from datetime import date, datetime

from .field_checks import (LONG_TEXT, MAX_FUTURE_PLANNING, MEDIUM_TEXT, TIME_RE, Checker,
                           label)
from .meetings import DecisionState, Meeting, MeetingKind
from .messages import QT_TRANSLATE_NOOP, Problem

NO_ATTENDEES = QT_TRANSLATE_NOOP("Validation", "Name at least one person who attended.")
DECISION_TEXT = QT_TRANSLATE_NOOP("Validation", "Decision {n}: say what was decided.")
DECISION_DUE = QT_TRANSLATE_NOOP("Validation", "Decision {n}: give the date it is due by.")
DECISION_STATE = QT_TRANSLATE_NOOP("Validation", "Decision {n} has an unknown state: {value}.")
DECISION_DONE_DATE = QT_TRANSLATE_NOOP(
    "Validation", "Decision {n} is marked carried out: give the date it was done.")
DECISION_BEFORE_MEETING = QT_TRANSLATE_NOOP(
    "Validation", "Decision {n}: its due date is before the meeting.")
DECISION_DUE_NOT_DATE = QT_TRANSLATE_NOOP(
    "Validation", "Decision {n}: its due date is not a valid date.")
DECISION_DUE_FAR = QT_TRANSLATE_NOOP(
    "Validation", "Decision {n}: its due date cannot be more than a year after the meeting.")
DECISION_DONE_LATE = QT_TRANSLATE_NOOP(
    "Validation", "Decision {n}: the day it was done cannot be in the future.")
DECISION_DONE_EARLY = QT_TRANSLATE_NOOP(
    "Validation", "Decision {n}: the day it was done is before the meeting.")
DECISION_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "Decision {n} is too long (at most {limit} characters).")
BAD_TIME = QT_TRANSLATE_NOOP("Validation", "{label} must be a time like 14:30.")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The meeting ends before it starts.")
JOINT_NEEDS_SCHOOL = QT_TRANSLATE_NOOP(
    "Validation", "A joint meeting of both schools' leaders needs the other school: tick it "
                  "under participating schools.")
DECISION_LIMIT = 1000  # one decision is a line or a short paragraph, not a report


def validate_meeting(m: Meeting, today: date) -> list[Problem]:
    c = Checker(m)
    c.choice("kind", MeetingKind)
    c.text("title", required=True, limit=MEDIUM_TEXT)
    held = c.day("meeting_date", not_after=today + MAX_FUTURE_PLANNING,
                 after_message=QT_TRANSLATE_NOOP("Validation", "{label} is more than a year ahead."))
    c.reference("host_school")
    times_ok = True
    for field in ("start_time", "end_time"):
        value = getattr(m, field)
        if value and not (isinstance(value, str) and TIME_RE.match(value)):
            c.add(field, BAD_TIME, label=label(field))
            times_ok = False
    if times_ok and m.start_time and m.end_time and \
            _minutes(m.end_time) < _minutes(m.start_time):
        c.add("end_time", ENDS_BEFORE_START)
    # 两校领导联席会议 is between two schools (004): the host alone is not one.
    if m.kind is MeetingKind.JOINT and not [s for s in m.schools if s != m.host_school]:
        c.add("schools", JOINT_NEEDS_SCHOOL)
    c.text("place", limit=MEDIUM_TEXT)
    for field in ("absent", "agenda", "discussion"):
        c.text(field, limit=LONG_TEXT)
    if not m.attendees:
        c.add("attendees", NO_ATTENDEES)
    for n, decision in enumerate(m.decisions, start=1):
        if not isinstance(decision.text, str) or not decision.text.strip():
            c.add("decisions", DECISION_TEXT, n=n)
        elif len(decision.text) > DECISION_LIMIT:
            c.add("decisions", DECISION_TOO_LONG, n=n, limit=DECISION_LIMIT)
        if decision.due is None:
            c.add("decisions", DECISION_DUE, n=n)
        elif not isinstance(decision.due, date) or isinstance(decision.due, datetime):
            c.add("decisions", DECISION_DUE_NOT_DATE, n=n)
        elif held is not None and decision.due < held:
            c.add("decisions", DECISION_BEFORE_MEETING, n=n)
        elif held is not None and decision.due > held + MAX_FUTURE_PLANNING:
            # A decision is followed up within the year: 2062 for 2026 is a slip of the keys.
            c.add("decisions", DECISION_DUE_FAR, n=n)
        try:
            state = DecisionState.parse(decision.state)
        except ValueError:
            c.add("decisions", DECISION_STATE, n=n, value=decision.state)
            continue
        decision.state = state
        if state is DecisionState.DONE and decision.done_on is None:
            c.add("decisions", DECISION_DONE_DATE, n=n)
        elif isinstance(decision.done_on, date):
            if decision.done_on > today:
                c.add("decisions", DECISION_DONE_LATE, n=n)
            elif held is not None and decision.done_on < held:
                c.add("decisions", DECISION_DONE_EARLY, n=n)
    return c.problems


def _minutes(hh_mm: str) -> int:
    hours, minutes = hh_mm.split(":")
    return int(hours) * 60 + int(minutes)
