"""What 首页 lists as a school's duties now is what the plans, the meetings and the reports
due say, in one order: overdue first, then due within a week, to do, done."""

from __future__ import annotations

from datetime import date

import pytest

from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.duties import ORDER, DutyKind, DutyState
from jituan_desktop.domain.meetings import DecisionState
from jituan_desktop.services import duties_ops, meeting_ops, plan_ops, submission_ops
from jituan_desktop.storage import lookups
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("duties-demo"), clock=CLOCK)
    generate_demo(store, "small", today=TODAY)
    yield store
    store.close()


def school_named(store: Store, name: str) -> str:
    return next(uuid for uuid, n in lookups.names(store, "school").items() if n == name)


@pytest.mark.parametrize("name", [None, "城关小学"])
def test_every_plan_item_decision_and_report_due_is_listed_once_in_order(demo, name):
    school = school_named(demo, name) if name else None
    duties = duties_ops.duties(demo, school=school, today=TODAY)
    items = plan_ops.plan_this_month(demo, school=school, today=TODAY)
    decisions = meeting_ops.open_decisions(demo, school=school, today=TODAY)
    due = submission_ops.submissions_due(demo, school=school, today=TODAY)
    by_kind = {kind: [d for d in duties if d.kind is kind] for kind in DutyKind}
    assert len(by_kind[DutyKind.PLAN_ITEM]) == len(items) > 0
    assert sorted(d.what for d in by_kind[DutyKind.DECISION]) == sorted(d.text for d in decisions)
    assert len(by_kind[DutyKind.SUBMISSION]) == len(due) > 0
    assert [ORDER[d.state] for d in duties] == sorted(ORDER[d.state] for d in duties)
    # The demo's late November: something overdue, the annual summary due on the 30th.
    assert {d.state for d in duties} >= {DutyState.LATE, DutyState.DUE_SOON}
    annual = [d for d in by_kind[DutyKind.SUBMISSION] if d.year == 2026 and d.quarter is None]
    assert annual and all(d.due == date(2026, 11, 30) for d in annual)
    overdue = {d.text for d in decisions if d.overdue}
    assert overdue == {d.what for d in by_kind[DutyKind.DECISION] if d.state is DutyState.LATE}
    if name:
        assert {d.who for d in by_kind[DutyKind.SUBMISSION]} == {name}


def test_a_decision_carried_out_leaves_the_list(tmp_path):
    store = Store.open(tmp_path, clock=CLOCK)
    try:
        generate_demo(store, "small", today=TODAY)
        before = duties_ops.duties(store, today=TODAY)
        first = next(d for d in meeting_ops.open_decisions(store, today=TODAY))
        meeting_ops.mark_decision(store, first.meeting_uuid, first.decision_id,
                                  DecisionState.DONE, done_on=TODAY, today=TODAY)
        after = duties_ops.duties(store, today=TODAY)
        decisions = [(d.uuid, d.what) for d in after if d.kind is DutyKind.DECISION]
        assert (first.meeting_uuid, first.text) not in decisions
        assert len(after) == len(before) - 1
    finally:
        store.close()
