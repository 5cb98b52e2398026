"""Where a plan's items stand: done, planned or late, and what carried each one out.

An item is done when it is linked to a record (``PlanItem.fulfilled_by``), marked done by
hand (``done_on``), or when a record of its category and kind, in its month, concerning its
schools exists: an activity hosted by or involving the school, a meeting of that kind, a
示范课, a report sent. It is late once its month has ended without one, planned before.
The records are gathered by the services (``Evidence``); the matching here is pure.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from .enums import Coded
from .messages import QT_TRANSLATE_NOOP
from .plans import Plan, PlanItem, PlanItemCategory, PlanScope


class ItemState(Coded):
    DONE = "done", QT_TRANSLATE_NOOP("Labels", "Done")
    PLANNED = "planned", QT_TRANSLATE_NOOP("Labels", "Planned")
    LATE = "late", QT_TRANSLATE_NOOP("Labels", "Late")


# Fulfilment.kind of an item marked done by hand: no record carries it out.
MARKED = "marked"


@dataclass(frozen=True)
class Fulfilment:
    """The record that carried an item out: its table, uuid, title and day."""

    kind: str  # table name: activity / meeting / observation / submission (or MARKED)
    uuid: str
    title: str
    day: date


@dataclass(frozen=True)
class Evidence:
    """A record that may carry out plan items: what it is and which schools it concerns."""

    category: PlanItemCategory
    code: str  # the activity type / meeting kind / submission kind ('' when none)
    schools: frozenset[str]
    fulfilment: Fulfilment

    @property
    def month(self) -> str:
        return month_key(self.fulfilment.day)


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def item_order(item: PlanItem) -> tuple[str, int]:
    """Items by month; in a month, those given a week by week, then those for the month."""
    return item.month, item.week or 99


def month_end(month: str) -> date:
    """The last day of a "YYYY-MM" month."""
    year, number = int(month[:4]), int(month[5:7])
    return date(year, number, monthrange(year, number)[1])


def item_schools(plan: Plan, item: PlanItem) -> frozenset[str]:
    """The schools an item concerns: those it names; else a school plan's own school; else
    (an alliance item for everyone) none in particular."""
    if item.schools:
        return frozenset(item.schools)
    if plan.scope is PlanScope.SCHOOL:
        return frozenset({plan.school})
    return frozenset()


def concerns(plan: Plan, item: PlanItem, school: str | None) -> bool:
    """Whether ``school`` has a part in the item (every school has one in an item for all,
    and a school in every item of its own plan, those naming a partner school too)."""
    if school is None or (plan.scope is PlanScope.SCHOOL and plan.school == school):
        return True
    named = item_schools(plan, item)
    return not named or school in named


def _matches(item: PlanItem, evidence: Evidence) -> bool:
    if item.category is PlanItemCategory.OTHER or evidence.category is not item.category:
        return False
    return (not item.kind or evidence.code == item.kind) and evidence.month == item.month


def fulfilment_of(plan: Plan, item: PlanItem, evidence: list[Evidence], *,
                  linked: Fulfilment | None = None,
                  school: str | None = None) -> Fulfilment | None:
    """What carried ``item`` out, or None. ``linked`` is the record the item names (when it
    still exists). ``school`` asks how that one school stands on an item naming it: a record
    concerning it. Otherwise every school the item names needs a record, and an item naming
    none (an alliance item for all: 召开联盟校会议) needs one record of any school."""
    if linked is not None:
        return linked
    if item.done_on is not None:
        return Fulfilment(kind=MARKED, uuid="", title=item.note, day=item.done_on)
    found = sorted((e for e in evidence if _matches(item, e)), key=lambda e: e.fulfilment.day)
    wanted = set(item_schools(plan, item))
    if school is not None and school in wanted:
        wanted = {school}
    if not wanted:
        return found[0].fulfilment if found else None
    covering = [e for e in found if e.schools & wanted]
    covered = set().union(*(e.schools for e in covering)) if covering else set()
    return covering[0].fulfilment if covering and wanted <= covered else None


def state_of(item: PlanItem, fulfilment: Fulfilment | None, today: date) -> ItemState:
    if fulfilment is not None:
        return ItemState.DONE
    return ItemState.LATE if month_end(item.month) < today else ItemState.PLANNED
