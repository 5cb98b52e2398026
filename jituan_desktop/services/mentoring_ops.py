"""The 师徒结对 page's use cases: find pairings, and see one pairing's semester at a glance.

A pairing's quota numbers come from ``compliance_ops.compliance`` itself (narrowed to the
mentee's school, then to the pairing), so this page, the dashboard and the reports can
never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.compliance import RuleResult
from ..domain.enums import Scope
from ..domain.list_query import ListQuery
from ..domain.records import MentorPairing, MentorSession, Semester, Teacher
from ..storage import mentoring_queries
from ..storage.repositories import repository
from ..storage.store import Store
from . import compliance_ops


@dataclass(frozen=True)
class PairingDetail:
    pairing: MentorPairing
    semester: Semester
    quota: list[RuleResult]  # the pairing's results under pairing-scope rules
    kind_counts: dict[str, int]  # session kind code -> sessions in the semester


def pairings_page(store: Store, query: ListQuery | None = None, *, offset: int = 0,
                  limit: int = 100) -> list[dict]:
    """Pairings as the list shows them; ``query.text`` matches mentor or mentee names."""
    return mentoring_queries.pairing_page(store, query or ListQuery(), offset=offset,
                                          limit=limit)


def pairings_count(store: Store, query: ListQuery | None = None) -> int:
    return mentoring_queries.pairing_count(store, query or ListQuery())


def pairing_quota(store: Store, pairing: MentorPairing, semester: Semester,
                  today: date) -> list[RuleResult]:
    """The compliance results whose subject is ``pairing``, as the dashboard computes them."""
    mentee = repository(store, Teacher).get(pairing.mentee, include_deleted=True)
    school = mentee.school if mentee is not None else None
    return [r for r in compliance_ops.compliance(store, semester, school=school, today=today)
            if r.rule.scope is Scope.PAIRING and r.subject.key == pairing.uuid]


def pairing_detail(store: Store, uuid: str, semester: Semester, today: date) -> PairingDetail:
    """Everything the pairing's page shows above its timeline, in one database job."""
    pairing = repository(store, MentorPairing).require(uuid)
    counts = mentoring_queries.session_counts_by_kind(store, uuid, semester.start,
                                                      min(semester.end, today))
    return PairingDetail(pairing=pairing, semester=semester,
                         quota=pairing_quota(store, pairing, semester, today),
                         kind_counts=counts)


def session(store: Store, uuid: str) -> MentorSession:
    return repository(store, MentorSession).require(uuid)


def linkable_observations(store: Store, pairing: MentorPairing) -> list[dict]:
    """Lessons a session of ``pairing`` may link to (one of the pair observed the other)."""
    return mentoring_queries.linkable_observations(store, pairing.uuid, pairing.mentor,
                                                   pairing.mentee)


__all__ = ["PairingDetail", "pairings_page", "pairings_count", "pairing_quota",
           "pairing_detail", "session", "linkable_observations"]
