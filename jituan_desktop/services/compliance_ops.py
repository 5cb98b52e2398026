"""Compliance for a semester, for one school or the whole alliance, from SQL aggregates."""

from __future__ import annotations

from datetime import date

from ..domain.compliance import RuleResult, Subjects, evaluate
from ..domain.default_rules import default_rules
from ..domain.enums import Role
from ..domain.records import Alliance, QuotaRule, Semester
from ..domain.rule_upgrade import upgraded_rules
from ..storage import lookups
from ..storage.counts import SqlCounter
from ..storage.repositories import repository
from ..storage.store import Store
from . import record_ops
from .changes import Changes

# Set once the lead's defaults are today's: the upgrade then costs one meta read per start.
RULES_UPGRADED = "default_rules_upgraded"
RULES_GENERATION = "2"  # v0.1 defaults -> the texts' rules (issue 12)


def rules(store: Store) -> list[QuotaRule]:
    """The alliance's rules; the seed policies while a member has not yet received them."""
    repo = repository(store, QuotaRule)
    # Seeds only while none have ever arrived: a lead that deleted every rule means it.
    if repo.where(order="id", include_deleted=True):
        return repo.where(order="id")
    return default_rules(store.school_uuid or "")


def upgrade_default_rules(store: Store) -> Changes:
    """Bring a lead school's untouched v0.1 default rules to today's defaults, once.

    Run by the entry points when they open a data folder. Only the lead writes the alliance's
    rules (members receive them in the lead's bundles and never rewrite them); each write is
    an ordinary new version, so the change reaches every member with the next bundle. Rules
    the lead edited are kept (``domain.rule_upgrade``).
    """
    changes = Changes()
    if (not store.is_initialised or store.meta("role") != Role.LEAD.value
            or store.meta(RULES_UPGRADED) == RULES_GENERATION):
        return changes
    repo = repository(store, QuotaRule)
    with store.transaction():
        existing = repo.where(order="id", include_deleted=True)
        if len(existing) != repo.stored_rows():
            # A rule that cannot be read (``jituan check`` names it) would be written again
            # beside itself: the upgrade waits until it is corrected.
            return changes
        # A lead with no rule at all was seeded with today's defaults or wants none.
        for rule in upgraded_rules(existing, store.school_uuid) if existing else []:
            changes.merge(record_ops.save(store, rule))
        store.set_meta(RULES_UPGRADED, RULES_GENERATION)
    return changes


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
