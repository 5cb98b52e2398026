"""Recording, editing and deleting records: one transaction per use case.

Every save validates the record (domain), checks that what it refers to exists (a teacher,
a school, a pairing ...), refuses to change a record another school owns, and returns the
``Changes`` it made. Nothing is written when any check fails.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from ..domain.meetings import Meeting
from ..domain.messages import Problem, QT_TRANSLATE_NOOP, Text, ValidationError, problem
from ..domain.records import (Activity, Alliance, LessonObservation, MentorPairing,
                              MentorSession, Record, RubricTemplate, School, Semester, Teacher)
from ..domain.plans import Plan
from ..domain.submissions import Submission
from ..domain.validation import label, problems_of
from ..storage import errors, lookups
from ..storage.errors import StoreError
from ..storage.repositories import TABLES, repository
from ..storage.store import Store
from .changes import Changes
from .edit_conflicts import check_unchanged
from .plan_rules import plan_problems
from .school_scope import SchoolScope

UNKNOWN_REFERENCE = QT_TRANSLATE_NOOP("Validation", "{label}: no such {kind} ({ref}).")
UNKNOWN_FOLLOW_UP = QT_TRANSLATE_NOOP(
    "Validation", "Decision {n}: no such teacher to follow it up ({ref}).")
DUPLICATE_SEMESTER = QT_TRANSLATE_NOOP("Validation", "This semester is already in the calendar.")

# Which fields refer to which record type; lists are checked element by element.
REFERENCES: dict[type, dict[str, type]] = {
    School: {},
    Teacher: {"school": School},
    LessonObservation: {"school": School, "observer": Teacher, "teacher": Teacher,
                        "activity": Activity, "pairing": MentorPairing,
                        "rubric": RubricTemplate},
    MentorPairing: {"mentor": Teacher, "mentee": Teacher},
    MentorSession: {"pairing": MentorPairing, "observation": LessonObservation},
    Activity: {"host_school": School, "schools": School},
    Plan: {"school": School},
    Meeting: {"host_school": School, "schools": School, "chair": Teacher, "recorder": Teacher,
              "attendees": Teacher},
    Submission: {"school": School, "sent_by": Teacher},
}


def _reference_problems(store: Store, record: Record, existing: Record | None) -> list[Problem]:
    """What the record refers to must exist; a reference the stored version already had
    may point at a record deleted since (an old observation of a teacher who left)."""
    found = []

    def unchanged(field: str, ref) -> bool:
        if existing is None:
            return False
        before = getattr(existing, field)
        return ref == before or (isinstance(before, list) and ref in before)

    for field, target in REFERENCES.get(type(record), {}).items():
        value = getattr(record, field)
        refs = value if isinstance(value, list) else [value]
        for ref in refs:
            if ref is None or ref == "" or unchanged(field, ref):
                continue
            if not isinstance(ref, str) or not repository(store, target).exists(ref):
                found.append(problem(field, UNKNOWN_REFERENCE, label=label(field),
                                     kind=Text("Labels", TABLES[target][1]), ref=ref))
    if isinstance(record, Activity):
        before = {p.teacher for p in existing.participants} if existing is not None else set()
        for participant in record.participants:
            if participant.teacher in before:
                continue
            if not isinstance(participant.teacher, str) or \
                    not repository(store, Teacher).exists(participant.teacher):
                found.append(problem("participants", UNKNOWN_REFERENCE,
                                     label=label("participants"),
                                     kind=Text("Labels", TABLES[Teacher][1]),
                                     ref=participant.teacher))
    if isinstance(record, Meeting):
        before = {d.follow_up for d in existing.decisions} if existing is not None else set()
        for n, decision in enumerate(record.decisions, start=1):
            ref = decision.follow_up
            if ref and ref not in before and (not isinstance(ref, str) or
                                              not repository(store, Teacher).exists(ref)):
                found.append(problem("decisions", UNKNOWN_FOLLOW_UP, n=n, ref=ref))
    if isinstance(record, Plan):
        found += plan_problems(store, record, existing)
    if isinstance(record, Semester):
        if lookups.semester_taken(store, record.school_year, str(record.term), record.uuid):
            found.append(problem("term", DUPLICATE_SEMESTER))
    return found


Get = Callable[[type, str], "Record | None"]


def _getter(store: Store) -> Get:
    return lambda cls, uuid: repository(store, cls).get(uuid, include_deleted=True)


def validation_context(store: Store, record: Record, get: Get | None = None) -> dict:
    """Records the validation of ``record`` needs to see (its rubric, its pairing); ``get``
    (class, uuid -> record, tombstones included) lets an import look each one up once."""
    get = get or _getter(store)
    if isinstance(record, LessonObservation):
        rubric = (get(RubricTemplate, record.rubric) if isinstance(record.rubric, str)
                  and record.rubric else None)
        if rubric is not None and record.rubric_version is None:
            record.rubric_version = rubric.template_version
        if rubric is not None and rubric.template_version != record.rubric_version:
            # Scored on an earlier version of the template, whose items we no longer hold:
            # the scores stay as they were given; only their numbers are checked.
            return {"rubric": None, "scored_on_other_version": True}
        return {"rubric": rubric}
    if isinstance(record, MentorSession):
        pairing = (get(MentorPairing, record.pairing) if isinstance(record.pairing, str)
                   and record.pairing else None)
        return {"pairing": None if pairing is None or pairing.deleted else pairing}
    return {}


def school_scope(store: Store) -> SchoolScope:
    """The cross-school rule (school_scope.py) reading this store."""
    def teacher(uuid: str) -> tuple[str, ...] | None:
        found = repository(store, Teacher).get(uuid, include_deleted=True)
        return (found.school, found.owner_school) if found is not None else None

    def pairing(uuid: str) -> tuple[str, ...] | None:
        found = repository(store, MentorPairing).get(uuid, include_deleted=True)
        return (found.owner_school,) if found is not None else None
    alliance = repository(store, Alliance).get(store.meta("alliance") or "")
    return SchoolScope(teacher, pairing, alliance.lead_school if alliance else None)


def _refuse_foreign(store: Store, existing: Record | None) -> None:
    if existing is not None and existing.owner_school != store.school_uuid:
        raise StoreError(errors.NOT_OWNER)


def _checked_write(store: Store, record: Record, existing: Record | None, today: date) -> None:
    """Every check a write must pass, then the write; the caller holds the transaction."""
    _refuse_foreign(store, existing)
    found = problems_of(record, today, **validation_context(store, record))
    if not found:  # a record counts only for its own school's people (docs/sync.md §5a)
        found = school_scope(store).problems(record, record.owner_school or store.school_uuid)
    if not found:
        found = _reference_problems(store, record, existing)
    if found:
        raise ValidationError(found)
    repository(store, type(record)).save(record, owner_school=store.school_uuid)


def save(store: Store, record: Record, *, today: date | None = None) -> Changes:
    """Validate and write a new or edited record as this school's.

    A record deleted meanwhile (by an undo elsewhere, or in another window) is refused
    rather than silently brought back: restore it first. One changed meanwhile (the stored
    version is not the one ``record`` was read as) is refused with
    :class:`~.edit_conflicts.RecordChanged`, which the form answers by showing the changes
    or saving over them (edit_conflicts.py).
    """
    today = today or store.clock.today()
    if not store.is_initialised:
        raise StoreError(errors.NOT_INITIALISED)
    repo = repository(store, type(record))
    with store.transaction():
        existing = repo.get(record.uuid, include_deleted=True)
        if existing is not None and existing.deleted and not record.deleted:
            raise StoreError(errors.RECORD_DELETED)
        check_unchanged(store, record, existing)
        if existing is None:
            record.owner_school = store.school_uuid  # a new record is always this school's
        _checked_write(store, record, existing, today)
    bucket = "updated" if existing is not None else "created"
    return Changes().add(bucket, type(record).__name__, record.uuid)


def delete(store: Store, cls: type[Record], uuid: str) -> Changes:
    """Tombstone a record (it travels to the other schools as a delete); undo with restore."""
    repo = repository(store, cls)
    with store.transaction():
        _refuse_foreign(store, repo.require(uuid))
        repo.tombstone(uuid)
    return Changes().add("deleted", cls.__name__, uuid)


def restore(store: Store, cls: type[Record], uuid: str, *, today: date | None = None) -> Changes:
    """Undo a delete, with the checks of a save (a semester re-created meanwhile, say)."""
    repo = repository(store, cls)
    with store.transaction():
        existing = repo.get(uuid, include_deleted=True)
        if existing is None:
            raise StoreError(errors.UNKNOWN_RECORD, kind=Text("Labels", TABLES[cls][1]), ref=uuid)
        record = repo.get(uuid, include_deleted=True)
        record.deleted = False
        _checked_write(store, record, existing, today or store.clock.today())
    return Changes().add("updated", cls.__name__, uuid)


def get(store: Store, cls: type[Record], uuid: str) -> Record:
    return repository(store, cls).require(uuid)


# Named use cases, so callers read as what the user did.
def record_observation(store: Store, o: LessonObservation, **kw) -> Changes:
    return save(store, o, **kw)


def record_session(store: Store, s: MentorSession, **kw) -> Changes:
    return save(store, s, **kw)


def record_activity(store: Store, a: Activity, **kw) -> Changes:
    return save(store, a, **kw)


def pair_teachers(store: Store, p: MentorPairing, **kw) -> Changes:
    return save(store, p, **kw)


def add_teacher(store: Store, t: Teacher, **kw) -> Changes:
    return save(store, t, **kw)


def set_teacher_active(store: Store, uuid: str, active: bool, **kw) -> Changes:
    """Mark a teacher as having left (their records stay, pickers stop offering them) or
    as teaching again; read and written in one transaction."""
    with store.transaction():
        teacher = repository(store, Teacher).require(uuid)
        teacher.active = active
        return save(store, teacher, **kw)


def deactivate_teacher(store: Store, uuid: str, **kw) -> Changes:
    return set_teacher_active(store, uuid, False, **kw)


__all__ = ["save", "delete", "restore", "get", "record_observation", "record_session",
           "record_activity", "pair_teachers", "add_teacher", "deactivate_teacher",
           "set_teacher_active"]
