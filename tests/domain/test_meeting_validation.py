"""What a meeting's minutes must hold: every bad input a user can make is refused with a
message that says what to fix, and a complete record passes."""

from __future__ import annotations

from datetime import date

import pytest

from jituan_desktop.domain.meeting_validation import validate_meeting
from jituan_desktop.domain.meetings import Decision, DecisionState, Meeting, MeetingKind

TODAY = date(2026, 11, 25)


def meeting(**kw) -> Meeting:
    values = dict(kind=MeetingKind.ALLIANCE, title="11月联盟校会议",
                  meeting_date=date(2026, 11, 20), host_school="lead", schools=["m1"],
                  start_time="14:30", end_time="16:00", place="实验小学会议室",
                  chair="t-chair", recorder="t-rec", attendees=["t-chair", "t-rec"],
                  agenda="部署12月送教下乡", discussion="各校汇报本月工作。",
                  decisions=[Decision(text="12月上旬完成送教下乡", follow_up="t-chair",
                                      due=date(2026, 12, 10))])
    values.update(kw)
    return Meeting(**values)


def messages(m: Meeting, zh=None) -> list[str]:
    return [p.render(zh) if zh else p.render() for p in validate_meeting(m, TODAY)]


def test_complete_minutes_pass():
    assert validate_meeting(meeting(), TODAY) == []


def test_a_meeting_without_attendees_is_refused(zh):
    problems = validate_meeting(meeting(attendees=[]), TODAY)
    assert [p.field for p in problems] == ["attendees"]
    assert problems[0].render(zh) == "请至少填写一名出席人员。"


def test_a_decision_without_a_date_is_refused(zh):
    problems = validate_meeting(meeting(decisions=[Decision(text="完善联盟章程")]), TODAY)
    assert [p.field for p in problems] == ["decisions"]
    assert problems[0].render(zh) == "第1项决定：请填写完成期限。"


def test_a_decision_without_text_is_refused():
    m = meeting(decisions=[Decision(text="  ", due=date(2026, 12, 1))])
    assert messages(m) == ["Decision 1: say what was decided."]


def test_a_decision_due_before_the_meeting_is_refused():
    m = meeting(decisions=[Decision(text="上报材料", due=date(2026, 11, 1))])
    assert messages(m) == ["Decision 1: its due date is before the meeting."]


def test_a_decision_due_more_than_a_year_after_the_meeting_is_refused(zh):
    """A due date typed as 2062 for 2026 is a slip, not a plan: a decision is followed up
    within the year, and one due a year from the meeting is still accepted."""
    assert messages(meeting(decisions=[Decision(text="上报材料", due=date(2027, 11, 20))])) == []
    m = meeting(decisions=[Decision(text="上报材料", due=date(2062, 12, 1))])
    assert messages(m, zh) == ["第1项决定：完成期限不能晚于会议日期后一年。"]


def test_a_decision_due_that_is_no_date_is_refused():
    m = meeting(decisions=[Decision(text="上报材料", due="2026-12-01")])
    assert messages(m) == ["Decision 1: its due date is not a valid date."]


def test_a_decision_carried_out_needs_its_day():
    d = Decision(text="上报材料", due=date(2026, 12, 1), state=DecisionState.DONE)
    assert messages(meeting(decisions=[d])) == [
        "Decision 1 is marked carried out: give the date it was done."]


@pytest.mark.parametrize("done_on, expected", [
    (date(2026, 11, 26), "Decision 1: the day it was done cannot be in the future."),
    (date(2026, 11, 19), "Decision 1: the day it was done is before the meeting."),
])
def test_the_day_a_decision_was_done_is_between_the_meeting_and_today(done_on, expected):
    d = Decision(text="上报材料", due=date(2026, 12, 1), state=DecisionState.DONE,
                 done_on=done_on)
    assert messages(meeting(decisions=[d])) == [expected]


def test_an_unknown_decision_state_is_refused():
    d = Decision(text="上报材料", due=date(2026, 12, 1), state="finished")
    assert messages(meeting(decisions=[d])) == ["Decision 1 has an unknown state: finished."]


def test_a_decision_too_long_is_refused():
    d = Decision(text="决" * 1001, due=date(2026, 12, 1))
    assert messages(meeting(decisions=[d])) == [
        "Decision 1 is too long (at most 1000 characters)."]


def test_the_second_decision_is_named_by_its_number():
    decisions = [Decision(text="甲", due=date(2026, 12, 1)), Decision(text="乙")]
    assert messages(meeting(decisions=decisions)) == ["Decision 2: give the date it is due by."]


@pytest.mark.parametrize("field, value, expected", [
    ("title", "", "Meeting title is required."),
    ("kind", "picnic", "Kind has an unknown value: picnic."),
    ("meeting_date", None, "Meeting date is required."),
    ("meeting_date", date(2028, 1, 1), "Meeting date is more than a year ahead."),
    ("host_school", "", "Host school is required."),
    ("start_time", "2点半", "Start time must be a time like 14:30."),
    ("end_time", "25:00", "End time must be a time like 14:30."),
    ("end_time", "14:00", "The meeting ends before it starts."),
    ("place", "地" * 201, "Place is too long (at most 200 characters)."),
    ("discussion", "议" * 5001, "Discussion is too long (at most 5000 characters)."),
])
def test_each_bad_field_is_refused(field, value, expected):
    assert messages(meeting(**{field: value})) == [expected]


def test_a_joint_leaders_meeting_needs_the_other_school(zh):
    m = meeting(kind=MeetingKind.JOINT, schools=[])
    problems = validate_meeting(m, TODAY)
    assert [p.field for p in problems] == ["schools"]
    assert "另一所学校" in problems[0].render(zh)
    assert validate_meeting(meeting(kind=MeetingKind.JOINT), TODAY) == []


def test_every_problem_is_reported_at_once():
    m = meeting(title="", attendees=[], decisions=[Decision(text="")])
    assert [p.field for p in validate_meeting(m, TODAY)] == [
        "title", "attendees", "decisions", "decisions"]
