"""Work plans (工作计划) in use: where each item stands, what the plans expect this month,
and the use cases that change one item (link it to a record, mark it done, add it).

``plan_this_month`` is what 首页 shows: the items of the plans covering today whose month is
this month, and earlier items still not done (late). ``plan_progress`` is a whole plan, for
its editor, its PDF and the command line. Both read the records that may carry items out
once, for the plan's period, and match them in the domain (``domain.plan_progress``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from ..domain.messages import QT_TRANSLATE_NOOP, ValidationError, problem
from ..domain.plan_progress import (Evidence, Fulfilment, ItemState, concerns, fulfilment_of,
                                    item_order, month_end, month_key, state_of)
from ..domain.plan_validation import plan_bounds
from ..domain.plans import Plan, PlanItem, PlanItemCategory, PlanScope
from ..domain.semesters import school_year_of
from ..storage import plan_queries
from ..storage.repositories import repository
from ..storage.store import Store
from . import record_ops
from .changes import Changes

__all__ = ["ItemProgress", "ItemState", "Fulfilment", "plan_this_month", "plan_progress",
           "link_item", "mark_item_done", "add_item", "plans_covering", "records_in_month",
           "category_of"]

NO_ITEM = QT_TRANSLATE_NOOP("Validation", "The plan has no item {ref}.")

# Which table's records carry out which category of item.
_CATEGORY_OF_TABLE = {"activity": PlanItemCategory.ACTIVITY,
                      "meeting": PlanItemCategory.MEETING,
                      "observation": PlanItemCategory.DEMONSTRATION,
                      "submission": PlanItemCategory.SUBMISSION}


@dataclass(frozen=True)
class ItemProgress:
    plan_uuid: str
    plan_title: str
    plan_scope: PlanScope
    item: PlanItem
    state: ItemState
    fulfilled_by: Fulfilment | None


def _evidence(row: dict) -> list[Evidence]:
    fulfilment = Fulfilment(kind=row["table"], uuid=row["uuid"], title=row["title"],
                            day=row["day"])
    found = [Evidence(category=_CATEGORY_OF_TABLE[row["table"]], code=row["code"],
                      schools=row["schools"], fulfilment=fulfilment)]
    if row["table"] == "activity" and row["code"] == "demonstration":
        # A 示范课 held as an alliance activity carries out a 示范课 item too.
        found.append(dataclasses.replace(found[0], category=PlanItemCategory.DEMONSTRATION,
                                         code=""))
    return found


def _gather(store: Store, start: date, end: date, today: date) -> list[Evidence]:
    """The records that may have carried items out: up to today only, since a meeting or
    activity set for later this month has not happened yet (it carries its item out on
    its day)."""
    rows = plan_queries.evidence_rows(store, start, min(end, today))
    return [e for row in rows for e in _evidence(row)]


def _linked(store: Store, items: list[PlanItem], today: date) -> dict[str, Fulfilment]:
    found = {}
    for item in items:
        if item.fulfilled_by and item.fulfilled_by not in found:
            row = plan_queries.record_brief(store, item.fulfilled_by)
            if row is not None and row["day"] <= today:  # a record to come: not yet done
                found[item.fulfilled_by] = Fulfilment(kind=row["table"], uuid=row["uuid"],
                                                      title=row["title"], day=row["day"])
    return found


def _progress(plan: Plan, item: PlanItem, evidence: list[Evidence],
              linked: dict[str, Fulfilment], today: date, school: str | None) -> ItemProgress:
    fulfilment = fulfilment_of(plan, item, evidence, linked=linked.get(item.fulfilled_by or ""),
                               school=school)
    return ItemProgress(plan_uuid=plan.uuid, plan_title=plan.title, plan_scope=plan.scope,
                        item=item, state=state_of(item, fulfilment, today),
                        fulfilled_by=fulfilment)


def _ordered(items: list[PlanItem]) -> list[PlanItem]:
    return sorted(items, key=item_order)


def plan_progress(store: Store, plan_uuid: str, *, today: date | None = None,
                  school: str | None = None) -> list[ItemProgress]:
    """Every item of the plan, by month, with its state; ``school``: how that school stands
    on the items that concern it (a member reading the alliance plan)."""
    today = today or store.clock.today()
    plan = repository(store, Plan).require(plan_uuid)
    start, end = plan_bounds(plan)
    evidence = _gather(store, start, end, today)
    linked = _linked(store, plan.items, today)
    return [_progress(plan, item, evidence, linked, today, school)
            for item in _ordered(plan.items) if concerns(plan, item, school)]


def plans_covering(store: Store, day: date, *, school: str | None = None) -> list[Plan]:
    """The live plans whose period holds ``day``; ``school``: the alliance plan and that
    school's own plans."""
    plans = []
    for plan in plan_queries.plans_of_year(store, school_year_of(day)):
        start, end = plan_bounds(plan)
        if not start <= day <= end:
            continue
        if school is not None and plan.scope is PlanScope.SCHOOL and plan.school != school:
            continue
        plans.append(plan)
    return plans


def plan_this_month(store: Store, *, school: str | None = None,
                    today: date | None = None) -> list[ItemProgress]:
    """What the plans covering today expect this month, and what is late from before:
    late items first (oldest first), then this month's, each plan's in its order."""
    today = today or store.clock.today()
    plans = plans_covering(store, today, school=school)
    if not plans:
        return []
    bounds = [plan_bounds(p) for p in plans]
    evidence = _gather(store, min(b[0] for b in bounds), max(b[1] for b in bounds), today)
    linked = _linked(store, [i for p in plans for i in p.items], today)
    this_month = month_key(today)
    late, current = [], []
    for plan in plans:
        for item in _ordered(plan.items):
            if item.month > this_month or not concerns(plan, item, school):
                continue
            progress = _progress(plan, item, evidence, linked, today, school)
            if item.month == this_month:
                current.append(progress)
            elif progress.state is ItemState.LATE:
                late.append(progress)
    late.sort(key=lambda p: item_order(p.item))
    return late + current


def category_of(kind: str) -> PlanItemCategory | None:
    """The category of item a record of table ``kind`` carries out (None: a mark by hand)."""
    return _CATEGORY_OF_TABLE.get(kind)


def records_in_month(store: Store, month: str) -> list[Fulfilment]:
    """The records an item of ``month`` ("2026-10") may be linked to, by day: activities,
    meetings, 示范课 and reports sent that month."""
    start = date(int(month[:4]), int(month[5:7]), 1)
    rows = plan_queries.evidence_rows(store, start, month_end(month))
    return sorted((Fulfilment(kind=r["table"], uuid=r["uuid"], title=r["title"], day=r["day"])
                   for r in rows), key=lambda f: (f.day, f.kind, f.title))


# -- use cases on one item -----------------------------------------------------------------

def _change_item(store: Store, plan_uuid: str, item_id: str, change, today: date | None
                 ) -> Changes:
    with store.transaction():
        plan = repository(store, Plan).require(plan_uuid)
        for n, item in enumerate(plan.items):
            if item.id == item_id:
                plan.items[n] = change(item)
                return record_ops.save(store, plan, today=today)
    raise ValidationError([problem("items", NO_ITEM, ref=item_id)])


def link_item(store: Store, plan_uuid: str, item_id: str, record_uuid: str | None, *,
              today: date | None = None) -> Changes:
    """Name the record that carried the item out (an activity, meeting, 示范课 or report
    sent), or None to go back to finding one by month and kind."""
    return _change_item(store, plan_uuid, item_id,
                        lambda item: dataclasses.replace(item, fulfilled_by=record_uuid or None),
                        today)


def mark_item_done(store: Store, plan_uuid: str, item_id: str, done_on: date | None, *,
                   note: str | None = None, today: date | None = None) -> Changes:
    """Mark an item done by hand on ``done_on`` (work no record carries out, such as 安全
    检查), or None to take the mark back."""
    def change(item: PlanItem) -> PlanItem:
        return dataclasses.replace(item, done_on=done_on,
                                   note=item.note if note is None else note)
    return _change_item(store, plan_uuid, item_id, change, today)


def add_item(store: Store, plan_uuid: str, item: PlanItem, *,
             today: date | None = None) -> Changes:
    """Add one item to a plan of this school (validated with the whole plan)."""
    with store.transaction():
        plan = repository(store, Plan).require(plan_uuid)
        plan.items.append(item)
        return record_ops.save(store, plan, today=today)
