"""The demo alliance's plans look like the texts' and say something: the alliance's plan for
the school year and each school's for the semester, valid, owned by the school that wrote
them, with items done, planned and late on the demo's day; and the same day gives the same
plans."""

from __future__ import annotations

from datetime import date

import pytest

from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.plan_progress import ItemState
from jituan_desktop.domain.plans import Plan, PlanScope
from jituan_desktop.domain.records import School
from jituan_desktop.domain.validation import problems_of
from jituan_desktop.services import plan_ops
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)


def demo_plans(folder) -> tuple[Store, list[Plan]]:
    store = Store.open(folder, clock=CLOCK)
    generate_demo(store, "small", seed=7, today=TODAY)
    return store, repository(store, Plan).where(order="id")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store, plans = demo_plans(tmp_path_factory.mktemp("plans-demo"))
    yield store, plans
    store.close()


def test_the_alliance_and_every_school_have_a_plan(demo):
    store, plans = demo
    schools = repository(store, School).where()
    alliance = [p for p in plans if p.scope is PlanScope.ALLIANCE]
    assert len(alliance) == 1 and alliance[0].term is None
    assert alliance[0].owner_school == store.school_uuid == alliance[0].school
    own = {p.school for p in plans if p.scope is PlanScope.SCHOOL}
    assert own == {s.uuid for s in schools}
    for plan in plans:
        assert problems_of(plan, TODAY) == [], plan.title
        assert plan.owner_school == plan.school
        assert plan.guiding and plan.goals and plan.main_work
        assert plan.title.endswith("工作计划")


def test_items_are_done_planned_and_late(demo):
    store, plans = demo
    for plan in plans:
        states = {p.state for p in plan_ops.plan_progress(store, plan.uuid, today=TODAY)}
        assert states == {ItemState.DONE, ItemState.PLANNED, ItemState.LATE}, plan.title
    this_month = plan_ops.plan_this_month(store, school=store.school_uuid, today=TODAY)
    assert {p.item.month for p in this_month if p.state is not ItemState.LATE} == {"2026-11"}
    assert any(p.state is ItemState.LATE for p in this_month)


def test_the_same_day_gives_the_same_plans(demo, tmp_path):
    _, plans = demo
    again, same = demo_plans(tmp_path / "again")
    try:
        assert [(p.uuid, p.items) for p in same] == [(p.uuid, p.items) for p in plans]
    finally:
        again.close()
