"""Compliance for a semester, for one school or the whole alliance, from SQL aggregates."""

from __future__ import annotations

from datetime import date

from ..domain.compliance import RuleResult, Subjects, evaluate
from ..domain.default_rules import default_rules
from ..domain.records import Alliance, QuotaRule, Semester
from ..storage import lookups
from ..storage.counts import SqlCounter
from ..storage.repositories import repository
from ..storage.store import Store


def rules(store: Store) -> list[QuotaRule]:
    """The alliance's rules; the seed policies while a member has not yet received them."""
    repo = repository(store, QuotaRule)
    # Seeds only while none have ever arrived: a lead that deleted every rule means it.
    if repo.where(order="id", include_deleted=True):
        return repo.where(order="id")
    return default_rules(store.school_uuid or "")


def compliance(store: Store, semester: Semester, *, school: str | None = None,
               today: date | None = None) -> list[RuleResult]:
    """Every rule against every teacher, pairing and school in scope, for the semester.

    ``school`` narrows to one school's teachers, the pairings of its mentees and itself;
    alliance-wide rules are kept, since a school shares in them.
    """
    today = today or store.clock.today()
    teachers = lookups.teachers(store, school)
    all_names = lookups.names(store, "teacher")
    pairings = lookups.pairings(store, school)
    schools = lookups.schools(store, school)
    alliance_uuid = store.meta("alliance")
    alliance = repository(store, Alliance).get(alliance_uuid) if alliance_uuid else None
    subjects = Subjects(teachers=teachers, pairings=pairings, schools=schools,
                        alliance=alliance, teacher_names=all_names)
    counter = SqlCounter(store, alliance_key=alliance.uuid if alliance else "")
    return evaluate(rules(store), subjects, counter, semester, today)
