"""The lead's alliance plan reaches a member by sync, read-only there, and the member sees
how its own school stands on it: an item naming it is done by an activity concerning it,
not by another school's."""

from __future__ import annotations

from datetime import date

import pytest

from jituan_desktop.domain.enums import ActivityType, Term
from jituan_desktop.domain.plan_progress import ItemState
from jituan_desktop.domain.plans import Plan, PlanItem, PlanItemCategory, PlanScope
from jituan_desktop.domain.records import Activity
from jituan_desktop.services import plan_ops, record_ops
from jituan_desktop.storage import errors
from jituan_desktop.storage.errors import StoreError
from jituan_desktop.storage.repositories import repository
from sync_world import TODAY, World, lead_round, make_world


@pytest.fixture
def world(tmp_path):
    w = make_world(tmp_path, {"m1": "城关小学", "m2": "东关小学"})
    yield w
    w.close()


def test_a_member_reads_the_alliance_plan_and_sees_its_own_part(world: World):
    lead, m1, m2 = world.lead, world.members["m1"], world.members["m2"]
    lead_round(world)  # every member knows every school
    one, two = m1.school_uuid, m2.school_uuid
    plan = Plan(scope=PlanScope.ALLIANCE, school=lead.school_uuid, school_year=2026,
                term=Term.FIRST, title="2026—2027学年第一学期联盟工作计划", items=[
                    PlanItem(month="2026-11", category=PlanItemCategory.ACTIVITY,
                             kind=ActivityType.OUTREACH.value, what="送教下乡",
                             schools=[one, two])])
    record_ops.save(lead, plan, today=TODAY)
    outreach = Activity(host_school=lead.school_uuid, schools=[one], title="送教到城关小学",
                        type=ActivityType.OUTREACH, activity_date=date(2026, 11, 12))
    record_ops.save(lead, outreach, today=TODAY)
    lead_round(world)
    for store, school, state in ((m1, one, ItemState.DONE), (m2, two, ItemState.PLANNED)):
        got = plan_ops.plan_progress(store, plan.uuid, today=TODAY, school=school)
        assert [(p.item.what, p.state) for p in got] == [("送教下乡", state)]
        mine = plan_ops.plan_this_month(store, school=school, today=TODAY)
        assert [p.plan_uuid for p in mine] == [plan.uuid]
    # The whole item waits for 东关小学's 送教 too.
    whole = plan_ops.plan_progress(m1, plan.uuid, today=TODAY)
    assert whole[0].state is ItemState.PLANNED
    copy = repository(m1, Plan).require(plan.uuid)
    copy.items[0].what = "送教下乡（改）"
    with pytest.raises(StoreError) as refused:
        record_ops.save(m1, copy, today=TODAY)
    assert refused.value.problem.text == errors.NOT_OWNER
