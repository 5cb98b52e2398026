"""Setting up an installation: who we are (lead or member school) and the alliance's seeds."""

from __future__ import annotations

import re
import uuid as uuidlib
from dataclasses import dataclass
from datetime import date

from ..domain.default_rules import default_rules
from ..domain.enums import Role, Term
from ..domain.messages import QT_TRANSLATE_NOOP, ValidationError
from ..domain.report_periods import due_semester
from ..domain.records import Alliance, QuotaRule, RubricTemplate, School, Semester
from ..domain.rubric import DEFAULT_RUBRIC_ITEMS, DEFAULT_RUBRIC_NAME
from ..domain.semesters import default_semester, default_semester_key, semester_containing
from ..domain.validation import problems_of
from ..storage import errors
from ..storage.errors import StoreError
from ..storage.merge import SEED_ORIGIN
from ..storage.repositories import repository
from ..storage.store import Store
from .changes import Changes

# The default rubric has the same id everywhere, so records a member makes before it joins
# refer to the very template the lead school will send.
SEED_STAMP = "2026-01-01T00:00:00Z"  # display only; identical at every installation
DEFAULT_RUBRIC_UUID = str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, "jituan-desktop:rubric:default:1"))


DEMO_MARK = "demo"  # a key of the store's meta table, set in the demo's data folder only


@dataclass(frozen=True)
class Identity:
    installation_id: str
    school: School | None
    role: Role | None
    alliance: Alliance | None
    demo: bool = False  # the demo alliance (demo/generator.py marks its data folder)


def identity(store: Store) -> Identity:
    school_uuid = store.school_uuid
    school = repository(store, School).get(school_uuid) if school_uuid else None
    alliance_uuid = store.meta("alliance")
    alliance = repository(store, Alliance).get(alliance_uuid) if alliance_uuid else None
    role = Role(store.meta("role")) if store.meta("role") else None
    return Identity(store.installation_id, school, role, alliance,
                    demo=store.meta(DEMO_MARK) is not None)


def mark_demo(store: Store) -> None:
    """Mark the data folder as the demo's: its windows say so, whatever the folder's name."""
    if store.meta(DEMO_MARK) is None:
        with store.transaction():
            store.set_meta(DEMO_MARK, "1")


def _refuse_if_initialised(store: Store) -> None:
    if store.is_initialised:
        school = identity(store).school
        raise StoreError(errors.ALREADY_INITIALISED, school=school.name if school else "?")


def _check(record, today: date) -> None:
    found = problems_of(record, today)
    if found:
        raise ValidationError(found)


def init_lead(store: Store, alliance_name: str, school_name: str, *,
              today: date | None = None) -> Changes:
    """Set up the lead school's installation: alliance, school, semesters, rubric, rules."""
    today = today or store.clock.today()
    _refuse_if_initialised(store)
    school = School(name=(school_name or "").strip(), code="S01", role=Role.LEAD)
    alliance = Alliance(name=(alliance_name or "").strip(), code="A01", lead_school=school.uuid)
    school.alliance = alliance.uuid
    school.owner_school = alliance.owner_school = school.uuid
    _check(alliance, today)
    _check(school, today)
    changes = Changes()
    with store.transaction():
        store.set_meta("school", school.uuid)
        store.set_meta("role", Role.LEAD.value)
        store.set_meta("alliance", alliance.uuid)
        for record in (school, alliance):
            repository(store, type(record)).save(record)
            changes.add("created", type(record).__name__, record.uuid)
        changes.merge(seed_alliance_defaults(store, today))
    return changes


def init_member(store: Store, school_name: str, *, today: date | None = None) -> Changes:
    """Set up a member school's installation; it joins an alliance later (sync)."""
    today = today or store.clock.today()
    _refuse_if_initialised(store)
    school = School(name=(school_name or "").strip(), code="", role=Role.MEMBER)
    school.owner_school = school.uuid
    _check(school, today)
    changes = Changes()
    with store.transaction():
        store.set_meta("school", school.uuid)
        store.set_meta("role", Role.MEMBER.value)
        repository(store, School).save(school)
        changes.add("created", "School", school.uuid)
        changes.merge(_seed_rubric(store))
    return changes


def _seed_rubric(store: Store) -> Changes:
    """The default rubric as a seed: the same version at every installation (version 1 of
    origin ``seed``), which the lead school's first edit or copy supersedes everywhere."""
    # At a member the seed's owner is provisional (storage.merge.SEED_ORIGIN) until it joins
    # and the seed passes to the lead school: the alliance's rubrics are the lead's to edit.
    owner = store.school_uuid if store.meta("role") == Role.LEAD.value else SEED_ORIGIN
    rubric = RubricTemplate(uuid=DEFAULT_RUBRIC_UUID, name=DEFAULT_RUBRIC_NAME,
                            items=list(DEFAULT_RUBRIC_ITEMS), owner_school=owner,
                            origin_installation=SEED_ORIGIN, version=1,
                            created_at=SEED_STAMP, updated_at=SEED_STAMP)
    repository(store, RubricTemplate).put(rubric)
    return Changes().add("created", "RubricTemplate", rubric.uuid)


def seed_alliance_defaults(store: Store, today: date) -> Changes:
    """Semesters around today, the default rubric and the seed quota rules (lead only)."""
    changes = _seed_rubric(store)
    year, term = default_semester_key(today)
    keys = [(year - 1, Term.SECOND), (year, Term.FIRST), (year, Term.SECOND)]
    for school_year, t in keys:
        semester = default_semester(school_year, t)
        repository(store, Semester).save(semester)
        changes.add("created", "Semester", semester.uuid)
    for rule in default_rules(store.school_uuid):
        repository(store, QuotaRule).save(rule)
        changes.add("created", "QuotaRule", rule.uuid)
    return changes


def semesters(store: Store) -> list[Semester]:
    """The alliance calendar, or the default semesters while none has arrived."""
    repo = repository(store, Semester)
    if repo.where(order="start", include_deleted=True):
        return repo.where(order="start")
    year, _ = default_semester_key(store.clock.today())
    return [default_semester(y, t) for y in (year - 1, year) for t in (Term.FIRST, Term.SECOND)]


def current_semester(store: Store, today: date | None = None) -> Semester:
    today = today or store.clock.today()
    found = semester_containing(semesters(store), today)
    if found is None or not (found.start <= today <= found.end):
        year, term = default_semester_key(today)
        stored = [s for s in semesters(store) if (s.school_year, s.term) == (year, term)]
        return stored[0] if stored else default_semester(year, term)
    return found


def report_semester(store: Store, today: date | None = None) -> Semester:
    """The semester a semester report is about when none is chosen: in a holiday or the
    month after a semester's last day, that semester (domain/report_periods.py)."""
    today = today or store.clock.today()
    known = semesters(store)
    keys = {(s.school_year, s.term) for s in known}
    year, term = default_semester_key(today)
    previous = (year, Term.FIRST) if term is Term.SECOND else (year - 1, Term.SECOND)
    defaults = [default_semester(*key) for key in ((year, term), previous) if key not in keys]
    return due_semester(known + defaults, today) or current_semester(store, today)


SEMESTER_KEY = re.compile(r"^(\d{4})-([12])$")
BAD_SEMESTER = QT_TRANSLATE_NOOP(
    "Validation", "Unknown semester \"{value}\": write it like 2026-1 (school year 2026-2027, "
    "first semester) or 2026-2.")


def find_semester(store: Store, key: str | None, today: date | None = None) -> Semester:
    """A semester by key ``YYYY-1``/``YYYY-2``; the current one when ``key`` is empty."""
    if not key:
        return current_semester(store, today)
    match = SEMESTER_KEY.match(key.strip())
    if match and 2000 <= int(match.group(1)) <= 2100:
        year, term = int(match.group(1)), Term(match.group(2))
        for s in semesters(store):
            if s.school_year == year and s.term is term:
                return s
        return default_semester(year, term)
    from ..domain.messages import problem
    raise ValidationError([problem("semester", BAD_SEMESTER, value=key)])
