"""Whose people a record counts for (docs/sync.md §5a): one rule for the app's own save
(record_ops) and for every version received in a bundle (sync/received_checks).

A school writes only records that count for its own people: the quotas count an observation
for its OBSERVER, a pairing (and its sessions) for the MENTEE's school, an activity or a
meeting for its HOST (and the schools it names as taking part), a plan or a report for the
school that wrote it. So the observer, and a pairing's mentee, must teach at the recording
school or be a teacher whose record that school keeps (the lead keeping the roster of a school
without a laptop of its own); a session belongs to the school's own pairing; and the host, or
the school a plan or a report is of, is the recording school, unless the recording school is
the lead, which the alliance trusts with its rosters and rules (an alliance activity it
organised at a member school). What a record is *about* may be another school's: observing
another school's teacher's lesson (送教下乡, 跨校听课) or a mentor from another school (跨校结对)
stay allowed, and count only for the recording school's people.

The rule reads only what never changes its meaning for a stored version: a teacher's school
and record keeper, a pairing's owner, the alliance's lead school; so a version accepted once
is accepted by every replica later.
"""

from __future__ import annotations

from typing import Callable

from ..domain.meetings import Meeting
from ..domain.messages import QT_TRANSLATE_NOOP, Problem, problem
from ..domain.plans import Plan
from ..domain.records import Activity, LessonObservation, MentorPairing, MentorSession, Record
from ..domain.submissions import Submission
from ..domain.validation import label

OBSERVER_OF_ANOTHER_SCHOOL = QT_TRANSLATE_NOOP(
    "Validation", "The observer is a teacher of another school. An observation counts towards "
    "its observer's quota, so only the observer's own school can record it; an observation of "
    "another school's teacher by one of this school's teachers is fine.")
MENTEE_OF_ANOTHER_SCHOOL = QT_TRANSLATE_NOOP(
    "Validation", "The mentee is a teacher of another school. A pairing counts for the "
    "mentee's school, so only that school can record it (the mentor may be from any school).")
PAIRING_OF_ANOTHER_SCHOOL = QT_TRANSLATE_NOOP(
    "Validation", "This pairing belongs to another school: only that school records its "
    "sessions.")
HOSTED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Validation", "{label} is another school: only the host school records it.")
OF_ANOTHER_SCHOOL = QT_TRANSLATE_NOOP(
    "Validation", "{label} is another school: a school records only its own.")

# Record type -> the field naming the school a record counts for, which must be its owner.
_SCHOOL_FIELD = {Activity: ("host_school", HOSTED_ELSEWHERE),
                 Meeting: ("host_school", HOSTED_ELSEWHERE),
                 Plan: ("school", OF_ANOTHER_SCHOOL),
                 Submission: ("school", OF_ANOTHER_SCHOOL)}

Lookup = Callable[[str], "tuple[str, ...] | None"]


class SchoolScope:
    """The rule, with its look-ups: a teacher's (school, owner school), a pairing's
    (owner school,) (None when not known here: a missing reference is another check's
    business), and the alliance's lead school. An import keeps one for the whole bundle, so
    each teacher is looked up once."""

    def __init__(self, teacher: Lookup, pairing: Lookup, lead_school: str | None):
        self._lookups = {"teacher": teacher, "pairing": pairing}
        self._seen: dict[tuple[str, str], tuple | None] = {}
        self.lead_school = lead_school

    def _schools(self, kind: str, uuid) -> tuple | None:
        if not isinstance(uuid, str):
            return None
        key = (kind, uuid)
        if key not in self._seen:
            self._seen[key] = self._lookups[kind](uuid)
        return self._seen[key]

    def problems(self, record: Record, owner_school: str) -> list[Problem]:
        """Why ``record``, written by ``owner_school``, would count for another school."""
        if isinstance(record, LessonObservation):
            schools = self._schools("teacher", record.observer)
            if schools is not None and owner_school not in schools:
                return [problem("observer", OBSERVER_OF_ANOTHER_SCHOOL)]
        elif isinstance(record, MentorPairing):
            schools = self._schools("teacher", record.mentee)
            if schools is not None and owner_school not in schools:
                return [problem("mentee", MENTEE_OF_ANOTHER_SCHOOL)]
        elif isinstance(record, MentorSession):
            schools = self._schools("pairing", record.pairing)
            if schools is not None and owner_school not in schools:
                return [problem("pairing", PAIRING_OF_ANOTHER_SCHOOL)]
        elif type(record) in _SCHOOL_FIELD and owner_school != self.lead_school:
            field, text = _SCHOOL_FIELD[type(record)]
            value = getattr(record, field)
            if isinstance(value, str) and value and value != owner_school:
                return [problem(field, text, label=label(field, record))]
        return []


__all__ = ["SchoolScope"]
