"""Where a plan's items stand, read from the records that carry them out: an activity of the
item's type in its month concerning its schools, a meeting of its kind, a 示范课, a report
sent, or the record it is linked to; late once its month is over; what 首页 shows this month;
and the refusals only the database can make (an alliance plan at a member, a link to
nothing, a school that does not exist)."""

from __future__ import annotations

from datetime import date

import pytest

from alliance_records import AllianceRecords

from jituan_desktop.domain.enums import ActivityType, Occasion, Term
from jituan_desktop.domain.meetings import Meeting, MeetingKind
from jituan_desktop.domain.messages import ValidationError
from jituan_desktop.domain.plan_progress import MARKED, ItemState
from jituan_desktop.domain.plans import Plan, PlanItem, PlanItemCategory, PlanScope
from jituan_desktop.domain.records import Activity, LessonObservation, School
from jituan_desktop.domain.submissions import Submission, SubmissionKind
from jituan_desktop.services import plan_ops, record_ops, setup_ops
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)
A = PlanItemCategory


class Alliance(AllianceRecords):
    """A lead school with two members, a teacher each, and records of the autumn."""

    def __init__(self, store):
        super().__init__(store)
        self.east = self.school("东关小学", "S02")
        self.west = self.school("西关小学", "S03")
        self.head = self.teacher("王校长", self.lead)
        self.li = self.teacher("李老师", self.east)

    def save(self, record):
        record_ops.save(self.store, record, today=TODAY)
        return record

    def activity(self, day, type_=ActivityType.SAME_TOPIC, schools=()):
        return self.save(Activity(host_school=self.lead, schools=list(schools), type=type_,
                                  title=f"{type_.value} {day}", activity_date=day))

    def meeting(self, day, kind=MeetingKind.ALLIANCE):
        return self.save(Meeting(kind=kind, title=f"{day.month}月联盟校会议", meeting_date=day,
                                 host_school=self.lead, attendees=[self.head]))


@pytest.fixture
def world(lead_store):
    return Alliance(lead_store)


def items(progress) -> dict[str, tuple]:
    return {p.item.what: (p.state, p.fulfilled_by.title if p.fulfilled_by else None)
            for p in progress}


def autumn_plan(w: Alliance, *extra: PlanItem) -> Plan:
    return w.save(Plan(
        scope=PlanScope.ALLIANCE, school=w.lead, school_year=2026, term=Term.FIRST,
        title="2026—2027学年第一学期联盟工作计划", items=[
            PlanItem(month="2026-09", category=A.OTHER, what="校园安全检查"),
            PlanItem(month="2026-10", category=A.ACTIVITY, kind="same_topic",
                     what="东关小学同课异构", schools=[w.east]),
            PlanItem(month="2026-10", category=A.MEETING, kind="alliance", what="十月联盟校会议"),
            PlanItem(month="2026-11", category=A.MEETING, kind="alliance", what="十一月联盟校会议"),
            PlanItem(month="2026-11", category=A.DEMONSTRATION, what="送教示范课",
                     schools=[w.east]),
            PlanItem(month="2026-12", category=A.SUBMISSION, kind="quarterly",
                     what="第四季度书面汇报"),
            *extra]))


def test_each_item_is_done_by_the_record_of_its_kind_month_and_school(world):
    w = world
    w.activity(date(2026, 10, 20), schools=[w.east])
    w.activity(date(2026, 11, 3), schools=[w.east])  # same type, wrong month
    w.meeting(date(2026, 11, 20))
    w.save(LessonObservation(school=w.east, observer=w.li, teacher=w.head, subject="语文",
                             topic="《秋天》示范课", lesson_date=date(2026, 11, 12),
                             occasion=Occasion.DEMONSTRATION))
    plan = autumn_plan(w)
    assert items(plan_ops.plan_progress(w.store, plan.uuid, today=TODAY)) == {
        "校园安全检查": (ItemState.LATE, None),
        "东关小学同课异构": (ItemState.DONE, "same_topic 2026-10-20"),
        "十月联盟校会议": (ItemState.LATE, None),
        "十一月联盟校会议": (ItemState.DONE, "11月联盟校会议"),
        "送教示范课": (ItemState.DONE, "《秋天》示范课"),
        "第四季度书面汇报": (ItemState.PLANNED, None),
    }


def test_a_record_of_another_school_or_kind_does_not_count(world):
    w = world
    w.activity(date(2026, 10, 20), schools=[w.west])
    w.meeting(date(2026, 10, 15), kind=MeetingKind.COUNCIL)
    plan = autumn_plan(w)
    got = items(plan_ops.plan_progress(w.store, plan.uuid, today=TODAY))
    assert got["东关小学同课异构"] == (ItemState.LATE, None)
    assert got["十月联盟校会议"] == (ItemState.LATE, None)


def test_an_item_for_two_schools_is_done_when_both_have_their_record(world):
    w = world
    both = PlanItem(month="2026-11", category=A.ACTIVITY, kind="outreach", what="送教下乡",
                    schools=[w.east, w.west])
    plan = autumn_plan(w, both)
    w.activity(date(2026, 11, 5), ActivityType.OUTREACH, schools=[w.east])
    progress = {p.item.what: p for p in plan_ops.plan_progress(w.store, plan.uuid, today=TODAY)}
    assert progress["送教下乡"].state is ItemState.PLANNED  # west still waits
    # How each school stands: east has had its 送教, west not yet.
    east = items(plan_ops.plan_progress(w.store, plan.uuid, today=TODAY, school=w.east))
    west = items(plan_ops.plan_progress(w.store, plan.uuid, today=TODAY, school=w.west))
    assert east["送教下乡"][0] is ItemState.DONE and west["送教下乡"][0] is ItemState.PLANNED
    assert "东关小学同课异构" in east and "东关小学同课异构" not in west
    w.activity(date(2026, 11, 18), ActivityType.OUTREACH, schools=[w.west])
    progress = {p.item.what: p for p in plan_ops.plan_progress(w.store, plan.uuid, today=TODAY)}
    assert progress["送教下乡"].state is ItemState.DONE


def test_a_linked_record_or_a_mark_by_hand_makes_an_item_done(world):
    w = world
    plan = autumn_plan(w)
    late_meeting = w.meeting(date(2026, 11, 2))  # October's meeting, held in November
    october = next(i for i in plan.items if i.what == "十月联盟校会议")
    safety = next(i for i in plan.items if i.what == "校园安全检查")
    changes = plan_ops.link_item(w.store, plan.uuid, october.id, late_meeting.uuid, today=TODAY)
    assert changes.updated == {"Plan": [plan.uuid]}
    plan_ops.mark_item_done(w.store, plan.uuid, safety.id, date(2026, 9, 30),
                            note="每周一检查", today=TODAY)
    progress = {p.item.what: p for p in plan_ops.plan_progress(w.store, plan.uuid, today=TODAY)}
    assert progress["十月联盟校会议"].state is ItemState.DONE
    assert progress["十月联盟校会议"].fulfilled_by.uuid == late_meeting.uuid
    assert progress["十月联盟校会议"].fulfilled_by.kind == "meeting"
    assert progress["校园安全检查"].fulfilled_by.kind == MARKED
    assert progress["校园安全检查"].fulfilled_by.day == date(2026, 9, 30)
    # The link taken back, the item goes back to being found by month: October has none.
    plan_ops.link_item(w.store, plan.uuid, october.id, None, today=TODAY)
    progress = {p.item.what: p for p in plan_ops.plan_progress(w.store, plan.uuid, today=TODAY)}
    assert progress["十月联盟校会议"].state is ItemState.LATE


def test_a_report_counts_once_it_is_sent(world):
    w = world
    plan = autumn_plan(w)
    report = w.save(Submission(school=w.lead, kind=SubmissionKind.QUARTERLY, year=2026,
                               quarter=4, title="第四季度书面汇报", generated_on=TODAY))
    item = next(i for i in plan.items if i.category is A.SUBMISSION)
    december = date(2026, 12, 20)
    got = items(plan_ops.plan_progress(w.store, plan.uuid, today=december))
    assert got[item.what] == (ItemState.PLANNED, None)
    report.sent_on = date(2026, 12, 18)
    report.recipient = "县教育局"
    record_ops.save(w.store, report, today=december)
    got = items(plan_ops.plan_progress(w.store, plan.uuid, today=december))
    assert got[item.what] == (ItemState.DONE, "第四季度书面汇报")


def test_this_month_shows_what_is_due_and_what_is_late(world):
    w = world
    w.meeting(date(2026, 11, 20))
    own = w.save(Plan(scope=PlanScope.SCHOOL, school=w.lead, school_year=2026,
                      term=Term.FIRST, title="实验小学本学期计划", items=[
                          PlanItem(month="2026-11", category=A.ACTIVITY, kind="lecture",
                                   what="专题讲座")]))
    autumn_plan(w)
    # Next year's plan does not cover today.
    w.save(Plan(scope=PlanScope.SCHOOL, school=w.lead, school_year=2026, term=Term.SECOND,
                title="第二学期计划", items=[PlanItem(month="2027-03", category=A.OTHER,
                                                 what="开学检查")]))
    got = plan_ops.plan_this_month(w.store, today=TODAY)
    assert [(p.item.what, p.state) for p in got] == [
        ("校园安全检查", ItemState.LATE),
        ("东关小学同课异构", ItemState.LATE),
        ("十月联盟校会议", ItemState.LATE),
        ("十一月联盟校会议", ItemState.DONE),
        ("送教示范课", ItemState.PLANNED),
        ("专题讲座", ItemState.PLANNED),
    ]
    assert got[-1].plan_uuid == own.uuid and got[-1].plan_scope is PlanScope.SCHOOL
    # A member sees the alliance plan's items that concern it, and its own plan only.
    west = [p.item.what for p in plan_ops.plan_this_month(w.store, school=w.west, today=TODAY)]
    assert west == ["校园安全检查", "十月联盟校会议", "十一月联盟校会议"]
    assert plan_ops.plan_this_month(w.store, today=date(2027, 8, 10)) == []


def test_an_item_in_a_month_outside_the_plan_is_refused_and_nothing_saved(world):
    w = world
    plan = autumn_plan(w)
    with pytest.raises(ValidationError) as refused:
        plan_ops.add_item(w.store, plan.uuid, PlanItem(month="2027-04", category=A.OTHER,
                                                       what="春季运动会"), today=TODAY)
    assert [p.field for p in refused.value.problems] == ["items"]
    assert len(repository(w.store, Plan).require(plan.uuid).items) == 6


def test_links_and_schools_must_exist(world):
    w = world
    plan = autumn_plan(w)
    with pytest.raises(ValidationError) as refused:
        plan_ops.link_item(w.store, plan.uuid, plan.items[0].id, "no-such-record", today=TODAY)
    assert "is not an activity, meeting" in refused.value.problems[0].render()
    with pytest.raises(ValidationError) as refused:
        plan_ops.add_item(w.store, plan.uuid, PlanItem(
            month="2026-12", category=A.OTHER, what="检查", schools=["nowhere"]), today=TODAY)
    assert refused.value.problems[0].render() == "Item 7: no such school (nowhere)."
    with pytest.raises(ValidationError) as refused:
        plan_ops.link_item(w.store, plan.uuid, "no-item", None, today=TODAY)
    assert refused.value.problems[0].render() == "The plan has no item no-item."


def test_a_member_cannot_write_an_alliance_plan_or_another_schools(tmp_path):
    store = Store.open(tmp_path / "m", clock=CLOCK)
    try:
        setup_ops.init_member(store, "东关小学", today=TODAY)
        alliance = Plan(scope=PlanScope.ALLIANCE, school=store.school_uuid, school_year=2026,
                        title="联盟计划")
        with pytest.raises(ValidationError) as refused:
            record_ops.save(store, alliance, today=TODAY)
        assert [p.field for p in refused.value.problems] == ["scope"]
        other = School(name="西关小学")
        record_ops.save(store, other, today=TODAY)
        foreign = Plan(scope=PlanScope.SCHOOL, school=other.uuid, school_year=2026,
                       title="西关小学计划")
        with pytest.raises(ValidationError) as refused:
            record_ops.save(store, foreign, today=TODAY)
        assert [p.field for p in refused.value.problems] == ["school"]
        own = Plan(scope=PlanScope.SCHOOL, school=store.school_uuid, school_year=2026,
                   title="东关小学计划")
        record_ops.save(store, own, today=TODAY)
        assert repository(store, Plan).count() == 1
    finally:
        store.close()


def test_a_record_dated_later_this_month_has_not_carried_an_item_out_yet(world):
    """On 25 November, the 联盟校会议 set for the 28th and an activity planned for the 30th
    are still to come: their items stay planned (not done) until that day, even linked."""
    w = world
    both = PlanItem(month="2026-11", category=A.ACTIVITY, kind="outreach", what="送教下乡",
                    schools=[w.east])
    plan = autumn_plan(w, both)
    coming = w.meeting(date(2026, 11, 28))
    w.activity(date(2026, 11, 30), ActivityType.OUTREACH, schools=[w.east])
    got = items(plan_ops.plan_progress(w.store, plan.uuid, today=TODAY))
    assert got["十一月联盟校会议"] == (ItemState.PLANNED, None)
    assert got["送教下乡"] == (ItemState.PLANNED, None)
    november = next(i for i in plan.items if i.what == "十一月联盟校会议")
    plan_ops.link_item(w.store, plan.uuid, november.id, coming.uuid, today=TODAY)
    now = {p.item.what: p for p in plan_ops.plan_this_month(w.store, today=TODAY)}
    assert now["十一月联盟校会议"].state is ItemState.PLANNED
    # On the day itself both are done.
    got = items(plan_ops.plan_progress(w.store, plan.uuid, today=date(2026, 11, 30)))
    assert got["十一月联盟校会议"][0] is ItemState.DONE
    assert got["送教下乡"][0] is ItemState.DONE


def test_a_schools_own_plan_item_naming_a_partner_school_is_on_its_home_page(world):
    """实验小学's own plan holds 到东关小学送教, naming 东关小学: it is still 实验小学's work,
    so its 首页 lists it (and late when its month passes without the 送教), instead of
    hiding every item of its own plan that names another school."""
    w = world
    own = w.save(Plan(scope=PlanScope.SCHOOL, school=w.lead, school_year=2026,
                      term=Term.FIRST, title="实验小学本学期计划", items=[
                          PlanItem(month="2026-10", category=A.ACTIVITY, kind="outreach",
                                   what="到东关小学送教", schools=[w.east]),
                          PlanItem(month="2026-11", category=A.OTHER, what="校园安全检查")]))
    got = plan_ops.plan_this_month(w.store, school=w.lead, today=TODAY)
    assert [(p.item.what, p.state) for p in got] == [("到东关小学送教", ItemState.LATE),
                                                     ("校园安全检查", ItemState.PLANNED)]
    shown = [p.item.what for p in plan_ops.plan_progress(w.store, own.uuid, today=TODAY,
                                                         school=w.lead)]
    assert shown == ["到东关小学送教", "校园安全检查"]
