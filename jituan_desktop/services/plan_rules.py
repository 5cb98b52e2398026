"""The checks of a plan that need the database, run by ``record_ops.save`` after the
domain's: who may write which plan, and that what its items name exists.

An alliance plan is the lead school's (it reaches every member by sync); a school plan is
its own school's. Both are written by the school they belong to.
"""

from __future__ import annotations

from ..domain.enums import Role
from ..domain.messages import QT_TRANSLATE_NOOP, Problem, problem
from ..domain.plans import Plan, PlanScope
from ..domain.records import School
from ..storage import plan_queries
from ..storage.repositories import repository
from ..storage.store import Store

ALLIANCE_AT_LEAD = QT_TRANSLATE_NOOP(
    "Validation", "Only the lead school writes the alliance plan; this school can write its own "
                  "school plan.")
OWN_SCHOOL = QT_TRANSLATE_NOOP(
    "Validation", "A plan is written by the school it belongs to: choose this school.")
ITEM_SCHOOL = QT_TRANSLATE_NOOP("Validation", "Item {n}: no such school ({ref}).")
ITEM_LINKED = QT_TRANSLATE_NOOP(
    "Validation", "Item {n}: the record it is linked to is not an activity, meeting, "
                  "demonstration lesson or report sent that exists ({ref}).")


def plan_problems(store: Store, plan: Plan, existing: Plan | None) -> list[Problem]:
    found = []
    if plan.school != store.school_uuid:
        found.append(problem("school", OWN_SCHOOL))
    if plan.scope is PlanScope.ALLIANCE and store.meta("role") != Role.LEAD.value:
        found.append(problem("scope", ALLIANCE_AT_LEAD))
    before = {item.id: item for item in existing.items} if existing is not None else {}
    schools = repository(store, School)
    for n, item in enumerate(plan.items, start=1):
        old = before.get(item.id)
        for school in item.schools:
            if (old is None or school not in old.schools) and not schools.exists(school):
                found.append(problem("items", ITEM_SCHOOL, n=n, ref=school))
        link = item.fulfilled_by
        if link and (old is None or old.fulfilled_by != link) and \
                plan_queries.record_brief(store, link) is None:
            found.append(problem("items", ITEM_LINKED, n=n, ref=link))
    return found
