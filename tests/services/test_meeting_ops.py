"""会议纪要's use cases over a real database: a meeting with two decisions is recorded, one
is marked carried out, and the open ones are listed for 首页, overdue first."""

from __future__ import annotations

from datetime import date

import pytest

from alliance_records import AllianceRecords

from jituan_desktop.domain.meetings import Decision, DecisionState, Meeting, MeetingKind
from jituan_desktop.domain.messages import ValidationError
from jituan_desktop.services import meeting_ops, record_ops
from jituan_desktop.storage import errors
from jituan_desktop.storage.errors import StoreError
from jituan_desktop.storage.repositories import repository

TODAY = date(2026, 11, 25)


class Alliance(AllianceRecords):
    def __init__(self, store):
        super().__init__(store)
        self.m1 = self.school("城关小学", "S02")
        self.m2 = self.school("东关小学", "S03")
        self.head = self.teacher("王校长", self.lead)
        self.clerk = self.teacher("李主任", self.lead)
        self.chen = self.teacher("陈校长", self.m1)

    def meeting(self, **kw) -> Meeting:
        values = dict(kind=MeetingKind.ALLIANCE, title="11月联盟校会议",
                      meeting_date=date(2026, 11, 10), host_school=self.lead,
                      schools=[self.m1], chair=self.head, recorder=self.clerk,
                      attendees=[self.head, self.clerk, self.chen], agenda="部署送教下乡")
        values.update(kw)
        return Meeting(**values)


@pytest.fixture
def world(lead_store):
    return Alliance(lead_store)


def test_two_decisions_recorded_then_one_marked_done(world):
    store = world.store
    m = world.meeting(decisions=[
        Decision(text="11月20日前上报送教名单", follow_up=world.clerk, due=date(2026, 11, 20)),
        Decision(text="12月上旬完成送教下乡", follow_up=world.chen, due=date(2026, 12, 10))])
    changes = meeting_ops.record_meeting(store, m, today=TODAY)
    assert changes.created == {"Meeting": [m.uuid]}

    due = meeting_ops.open_decisions(store, today=TODAY)
    assert [(d.text, d.follow_up_name, d.overdue) for d in due] == [
        ("11月20日前上报送教名单", "李主任", True), ("12月上旬完成送教下乡", "陈校长", False)]
    first = due[0]
    assert (first.meeting_uuid, first.meeting_kind, first.school, first.due) == (
        m.uuid, MeetingKind.ALLIANCE, world.lead, date(2026, 11, 20))

    changes = meeting_ops.mark_decision(store, m.uuid, first.decision_id, DecisionState.DONE,
                                        note="已上报12人", today=TODAY)
    assert changes.updated == {"Meeting": [m.uuid]}
    stored = repository(store, Meeting).require(m.uuid)
    done = stored.decisions[0]
    assert (done.state, done.done_on, done.note) == (DecisionState.DONE, TODAY, "已上报12人")
    assert stored.decisions[1].state is DecisionState.OPEN
    assert [d.text for d in meeting_ops.open_decisions(store, today=TODAY)] == [
        "12月上旬完成送教下乡"]


def test_open_again_clears_the_day_it_was_done(world):
    store = world.store
    d = Decision(text="完善章程", due=date(2026, 11, 30), state=DecisionState.DONE,
                 done_on=date(2026, 11, 20))
    m = world.meeting(decisions=[d])
    meeting_ops.record_meeting(store, m, today=TODAY)
    meeting_ops.mark_decision(store, m.uuid, d.id, "open", today=TODAY)
    again = repository(store, Meeting).require(m.uuid).decisions[0]
    assert (again.state, again.done_on) == (DecisionState.OPEN, None)


def test_withdrawn_and_done_decisions_are_not_open(world):
    store = world.store
    m = world.meeting(decisions=[
        Decision(text="甲", due=date(2026, 12, 1), state=DecisionState.DROPPED),
        Decision(text="乙", due=date(2026, 12, 1), state=DecisionState.DONE,
                 done_on=date(2026, 11, 24))])
    meeting_ops.record_meeting(store, m, today=TODAY)
    assert meeting_ops.open_decisions(store, today=TODAY) == []


def test_school_narrows_to_meetings_it_hosted_or_joined(world):
    store = world.store
    joined = world.meeting(decisions=[Decision(text="甲", due=date(2026, 12, 1))])
    council = world.meeting(kind=MeetingKind.COUNCIL, title="11月理事会议", schools=[],
                            decisions=[Decision(text="乙", due=date(2026, 11, 30))])
    for m in (joined, council):
        meeting_ops.record_meeting(store, m, today=TODAY)
    assert [d.text for d in meeting_ops.open_decisions(store, today=TODAY)] == ["乙", "甲"]
    assert [d.text for d in meeting_ops.open_decisions(store, school=world.m1,
                                                       today=TODAY)] == ["甲"]
    assert meeting_ops.open_decisions(store, school=world.m2, today=TODAY) == []
    assert len(meeting_ops.open_decisions(store, school=world.lead, today=TODAY)) == 2


def test_a_deleted_meeting_has_no_open_decisions(world):
    store = world.store
    m = world.meeting(decisions=[Decision(text="甲", due=date(2026, 12, 1))])
    meeting_ops.record_meeting(store, m, today=TODAY)
    record_ops.delete(store, Meeting, m.uuid)
    assert meeting_ops.open_decisions(store, today=TODAY) == []


def test_overdue_follows_the_day_asked_about(world):
    store = world.store
    m = world.meeting(decisions=[Decision(text="甲", due=date(2026, 12, 1))])
    meeting_ops.record_meeting(store, m, today=TODAY)
    assert not meeting_ops.open_decisions(store, today=date(2026, 12, 1))[0].overdue
    assert meeting_ops.open_decisions(store, today=date(2026, 12, 2))[0].overdue


def test_marking_an_unknown_decision_is_refused_and_changes_nothing(world, zh):
    store = world.store
    m = world.meeting(decisions=[Decision(text="甲", due=date(2026, 12, 1))])
    meeting_ops.record_meeting(store, m, today=TODAY)
    before = store.query("SELECT * FROM meeting")
    with pytest.raises(ValidationError) as refused:
        meeting_ops.mark_decision(store, m.uuid, "no-such-id", DecisionState.DONE, today=TODAY)
    assert refused.value.problems[0].render(zh) == "这次会议没有这项决定（可能已被删除）。"
    assert store.query("SELECT * FROM meeting") == before


def test_marking_done_in_the_future_is_refused(world):
    store = world.store
    d = Decision(text="甲", due=date(2026, 12, 1))
    m = world.meeting(decisions=[d])
    meeting_ops.record_meeting(store, m, today=TODAY)
    with pytest.raises(ValidationError):
        meeting_ops.mark_decision(store, m.uuid, d.id, DecisionState.DONE,
                                  done_on=date(2026, 12, 5), today=TODAY)
    assert repository(store, Meeting).require(m.uuid).decisions[0].state is DecisionState.OPEN


def test_a_meeting_naming_an_unknown_attendee_is_refused(world):
    with pytest.raises(ValidationError) as refused:
        meeting_ops.record_meeting(world.store, world.meeting(attendees=["nobody"]),
                                   today=TODAY)
    assert [p.field for p in refused.value.problems] == ["attendees"]
    assert world.store.query("SELECT * FROM meeting") == []


def test_a_member_cannot_mark_a_decision_of_the_leads_meeting(world):
    """The minutes belong to the school that held the meeting (sync carries them read-only)."""
    store = world.store
    d = Decision(text="甲", due=date(2026, 12, 1))
    m = world.meeting(decisions=[d])
    meeting_ops.record_meeting(store, m, today=TODAY)
    store.set_meta("school", world.m1)  # the same data seen from a member's installation
    with pytest.raises(StoreError) as refused:
        meeting_ops.mark_decision(store, m.uuid, d.id, DecisionState.DONE, today=TODAY)
    assert refused.value.problem.text == errors.NOT_OWNER


def test_a_decision_followed_up_by_an_unknown_teacher_is_refused(world, zh):
    """Who follows a decision up is one of the alliance's teachers, as the chair and the
    attendees are: an id that names nobody is refused and nothing is saved."""
    m = world.meeting(decisions=[Decision(text="完善联盟章程", follow_up="nobody",
                                          due=date(2026, 12, 1))])
    with pytest.raises(ValidationError) as refused:
        meeting_ops.record_meeting(world.store, m, today=TODAY)
    assert [p.field for p in refused.value.problems] == ["decisions"]
    assert refused.value.problems[0].render(zh) == "第1项决定：找不到责任人（nobody）。"
    assert world.store.query("SELECT * FROM meeting") == []
