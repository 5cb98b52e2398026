"""A work plan is refused, with a message saying which item and why, when an item falls
outside the plan's period, names a kind its category does not have, or is marked done on a
day still to come; the message reads in Chinese in the Chinese window."""

from __future__ import annotations

from datetime import date

import pytest

from jituan_desktop.domain import validation as v
from jituan_desktop.domain.enums import ActivityType, Term
from jituan_desktop.domain.meetings import MeetingKind
from jituan_desktop.domain.plans import Plan, PlanItem, PlanItemCategory, PlanScope

TODAY = date(2026, 11, 25)


def plan(*items: PlanItem, term: Term | None = Term.FIRST, **kw) -> Plan:
    fields = dict(scope=PlanScope.SCHOOL, school="s1", school_year=2026, term=term,
                  title="2026—2027学年第一学期学校工作计划", items=list(items))
    fields.update(kw)
    return Plan(**fields)


def item(**kw) -> PlanItem:
    fields = dict(month="2026-10", category=PlanItemCategory.ACTIVITY,
                  kind=ActivityType.SAME_TOPIC.value, what="开展同课异构活动")
    fields.update(kw)
    return PlanItem(**fields)


def messages(p: Plan) -> list[str]:
    return [problem.render() for problem in v.problems_of(p, TODAY)]


def test_a_plan_shaped_like_the_texts_is_valid():
    p = plan(item(), item(month="2026-11", category=PlanItemCategory.MEETING,
                          kind=MeetingKind.ALLIANCE.value, what="召开联盟校会议"),
             item(month="2027-01", category=PlanItemCategory.OTHER, kind="",
                  what="落实期末有关工作", week=20),
             item(month="2026-09", category=PlanItemCategory.OTHER, kind="",
                  what="校园安全检查", done_on=date(2026, 9, 10)))
    assert messages(p) == []


def test_an_item_in_a_month_outside_the_semester_is_refused(zh):
    p = plan(item(), item(month="2027-03"))
    assert messages(p) == ["Item 2: the month 3/2027 is outside the plan's period "
                           "(1 Sep 2026 to 31 Jan 2027)."]
    problem = v.problems_of(p, TODAY)[0]
    assert problem.render(zh) == "第2项：2027年3月不在计划期限（2026年9月1日至2027年1月31日）内。"


def test_a_whole_year_plan_takes_items_until_august():
    assert messages(plan(item(month="2027-07"), term=None)) == []
    assert messages(plan(item(month="2027-09"), term=None)) == [
        "Item 1: the month 9/2027 is outside the plan's period (1 Sep 2026 to 31 Aug 2027)."]


def test_an_item_without_a_month_or_what_is_refused():
    assert messages(plan(item(month="", what="  "))) == [
        "Item 1: say what is to be done.", "Item 1: give its month."]
    assert messages(plan(item(month="2026-13"))) == ["Item 1: give its month."]


def test_a_kind_the_category_does_not_have_is_refused():
    wrong = item(category=PlanItemCategory.MEETING, kind=ActivityType.SAME_TOPIC.value)
    assert messages(plan(wrong)) == [
        "Item 1: same_topic is not a kind of Meeting."]
    other = item(category=PlanItemCategory.OTHER, kind="council")
    assert messages(plan(other)) == ["Item 1: council is not a kind of Other work."]


def test_an_unknown_category_is_refused():
    assert messages(plan(item(category="party"))) == ["Item 1 has an unknown kind: party."]


def test_an_item_marked_done_on_a_day_to_come_or_before_the_plan_is_refused():
    ahead = item(done_on=date(2026, 12, 1))
    assert messages(plan(ahead)) == [
        "Item 1 cannot be marked done on a day still to come (1 Dec 2026)."]
    early = item(done_on=date(2026, 8, 20))
    assert messages(plan(early)) == [
        "Item 1 cannot be marked done before the plan's period begins (1 Sep 2026)."]


@pytest.mark.parametrize("week", [0, 31, True, "3"])
def test_a_week_out_of_range_is_refused(week):
    assert messages(plan(item(week=week))) == ["Item 1: the week must be between 1 and 30."]


def test_texts_too_long_and_repeated_ids_are_refused():
    first = item()
    p = plan(first, item(id=first.id, responsible="教" * 61))
    assert messages(p) == ["Item 2 repeats the id of another item.",
                           "Item 2: who is responsible is too long (at most 60 characters)."]


def test_the_plan_itself_needs_a_title_and_a_known_term():
    found = messages(plan(title=" ", term="3"))
    assert found == ["Plan title is required.", "Term has an unknown value: 3."]


def test_a_plan_for_a_school_year_beyond_the_next_is_refused(zh):
    """A plan is written ahead for the coming school year at most, as the editor offers;
    2099 typed on the command line for 2026 is refused, the next year is accepted."""
    assert messages(plan(school_year=2027, term=None, title="2027—2028学年计划")) == []
    problems = v.problems_of(plan(school_year=2099, term=None, title="计划"), TODAY)
    assert [p.field for p in problems] == ["school_year"]
    assert problems[0].render(zh) == "2099—2100学年太远：工作计划只为本学年或下一学年制订。"
