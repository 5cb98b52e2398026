"""Plans, meetings (with their decisions) and reports sent travel like every record: the
lead's alliance plan and meeting minutes reach every member, a member's own records reach
the lead and the other members, and nobody can change another school's."""

from __future__ import annotations

from datetime import date

import pytest

from jituan_desktop.domain.enums import Term
from jituan_desktop.domain.meetings import Decision, DecisionState, Meeting, MeetingKind
from jituan_desktop.domain.plans import Plan, PlanItem, PlanItemCategory, PlanScope
from jituan_desktop.domain.records import Teacher
from jituan_desktop.domain.submissions import Submission, SubmissionKind
from jituan_desktop.services import record_ops
from jituan_desktop.storage import errors
from jituan_desktop.storage.errors import StoreError
from jituan_desktop.storage.repositories import repository
from jituan_desktop.sync.results import ACCEPTED
from sync_world import TODAY, World, lead_round, make_world


@pytest.fixture
def world(tmp_path):
    w = make_world(tmp_path, {"m1": "城关小学", "m2": "东关小学"})
    yield w
    w.close()


def teacher(store, name: str) -> Teacher:
    t = Teacher(school=store.school_uuid, name=name)
    record_ops.add_teacher(store, t, today=TODAY)
    return t


def test_the_alliance_plan_and_minutes_reach_every_member_read_only(world: World):
    lead = world.lead
    head = teacher(lead, "王校长")
    plan = Plan(scope=PlanScope.ALLIANCE, school=lead.school_uuid, school_year=2026,
                term=Term.FIRST, title="2026—2027学年第一学期联盟工作计划",
                guiding="以集团化办学为抓手，促进城乡教育均衡发展。",
                items=[PlanItem(month="2026-12", category=PlanItemCategory.MEETING,
                                kind=MeetingKind.ALLIANCE.value, what="召开12月联盟校会议",
                                responsible="联盟办公室")])
    meeting = Meeting(kind=MeetingKind.ALLIANCE, title="11月联盟校会议",
                      meeting_date=date(2026, 11, 20), host_school=lead.school_uuid,
                      chair=head.uuid, attendees=[head.uuid], agenda="部署送教下乡",
                      decisions=[Decision(text="12月上旬完成送教下乡", follow_up=head.uuid,
                                          due=date(2026, 12, 10))])
    for record in (plan, meeting):
        record_ops.save(lead, record, today=TODAY)
    results = lead_round(world)
    assert all(r.status == ACCEPTED for r in results.values()), results
    for store in world.members.values():
        got_plan = repository(store, Plan).require(plan.uuid)
        assert got_plan.items[0].what == "召开12月联盟校会议"
        got = repository(store, Meeting).require(meeting.uuid)
        assert got.decisions[0].due == date(2026, 12, 10)
        assert got.decisions[0].state is DecisionState.OPEN
        got.decisions[0].state = DecisionState.DONE
        got.decisions[0].done_on = TODAY
        with pytest.raises(StoreError) as refused:
            record_ops.save(store, got, today=TODAY)
        assert refused.value.problem.text == errors.NOT_OWNER
        assert repository(store, Meeting).require(meeting.uuid).decisions[0].state \
            is DecisionState.OPEN


def test_a_members_report_sent_reaches_the_lead_and_the_other_member(world: World):
    m1 = world.members["m1"]
    sender = teacher(m1, "李主任")
    sent = Submission(school=m1.school_uuid, kind=SubmissionKind.ANNUAL, year=2026,
                      title="城关小学2026年校校结对帮扶情况汇总", generated_on=date(2026, 11, 20),
                      sent_on=date(2026, 11, 24), recipient="县教育局", sent_by=sender.uuid)
    record_ops.save(m1, sent, today=TODAY)
    lead_round(world)  # m1 -> lead
    lead_round(world)  # lead -> m2
    for store in (world.lead, world.members["m2"]):
        got = repository(store, Submission).require(sent.uuid)
        assert got.sent_on == date(2026, 11, 24) and got.owner_school == m1.school_uuid
