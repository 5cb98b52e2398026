"""Validation of every record type: required fields, lengths, types, ranges, cross-field rules.

Messages are checked in English (the source text) and, for the ones people meet most, in
Chinese through the same catalogue the command line uses.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jituan_desktop.domain import field_checks as checks
from jituan_desktop.domain import validation as v
from jituan_desktop.domain.default_rules import default_rules
from jituan_desktop.domain.enums import (ActivityType, GradeBand, Metric, Mode, Occasion,
                                         PairingStatus, ParticipantRole, Period, Position,
                                         Scope, SessionKind, Term)
from jituan_desktop.domain.messages import ValidationError
from jituan_desktop.domain.records import (Activity, Alliance, LessonObservation,
                                           MentorPairing, MentorSession, Participant,
                                           ProcessNote, QuotaRule, RubricTemplate, School,
                                           Semester, Teacher, new_uuid)
from jituan_desktop.domain.rubric import (DEFAULT_RUBRIC_ITEMS, DEFAULT_RUBRIC_NAME,
                                          RubricItem, grade_band, total_score)
from jituan_desktop.domain.semesters import default_semester

TODAY = date(2026, 11, 25)
SCHOOL = new_uuid()
OBSERVER = new_uuid()
TEACHER = new_uuid()
RUBRIC = RubricTemplate(name=DEFAULT_RUBRIC_NAME, items=list(DEFAULT_RUBRIC_ITEMS))
ITEM_MAX = {i.name: i.max_score for i in DEFAULT_RUBRIC_ITEMS}


def rendered(problems) -> list[str]:
    return [p.render() for p in problems]


def by_field(problems) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for p in problems:
        found.setdefault(p.field, []).append(p.render())
    return found


# -- builders of valid records -------------------------------------------------------------

def observation(**kw) -> LessonObservation:
    fields = dict(school=SCHOOL, observer=OBSERVER, teacher=TEACHER,
                  lesson_date=date(2026, 10, 9), period_no=2, subject="语文",
                  grade_class="四年级（2）班", topic="《桂花雨》第二课时",
                  occasion=Occasion.OPEN)
    fields.update(kw)
    return LessonObservation(**fields)


def pairing(**kw) -> MentorPairing:
    fields = dict(mentor=OBSERVER, mentee=TEACHER, subject="数学", start=date(2026, 9, 1),
                  planned_end=date(2027, 7, 1))
    fields.update(kw)
    return MentorPairing(**fields)


def session(**kw) -> MentorSession:
    fields = dict(pairing=new_uuid(), session_date=date(2026, 10, 12),
                  kind=SessionKind.MENTEE_OBSERVES, duration_minutes=40, topic="听师傅的课")
    fields.update(kw)
    return MentorSession(**fields)


def activity(**kw) -> Activity:
    fields = dict(host_school=SCHOOL, type=ActivityType.COLLECTIVE_PREP,
                  title="四年级语文集体备课", activity_date=date(2026, 10, 20),
                  start_time="14:30", end_time="16:00", place="实验小学会议室")
    fields.update(kw)
    return Activity(**fields)


def rule(**kw) -> QuotaRule:
    fields = dict(name="校长每学期听课不少于14节", scope=Scope.PERSON,
                  metric=Metric.OBSERVATIONS_BY_OBSERVER, period=Period.SEMESTER, threshold=14,
                  positions=[Position.PRINCIPAL])
    fields.update(kw)
    return QuotaRule(**fields)


def semester(**kw) -> Semester:
    fields = dict(school_year=2026, term=Term.FIRST, start=date(2026, 9, 1),
                  end=date(2027, 1, 31))
    fields.update(kw)
    return Semester(**fields)


def teacher(**kw) -> Teacher:
    fields = dict(school=SCHOOL, name="王芳", position=Position.TEACHER, subjects=["语文"],
                  grades=["四年级"])
    fields.update(kw)
    return Teacher(**fields)


# -- the valid records really are valid ---------------------------------------------------

@pytest.mark.parametrize("record", [
    Alliance(name="实验小学教育联盟", code="A01"),
    School(name="实验小学", code="S01"),
    teacher(),
    semester(),
    default_semester(2026, Term.FIRST),
    default_semester(2026, Term.SECOND),
    RUBRIC,
    pairing(),
    session(),
    activity(),
    rule(),
], ids=lambda r: type(r).__name__)
def test_valid_records_have_no_problems(record):
    assert v.problems_of(record, TODAY) == []
    v.validate(record, TODAY)  # does not raise


def test_valid_observation_with_scores_has_no_problems():
    o = observation(scores={"教学目标": 9, "教学内容": 13.5, "特色创新": 5})
    assert v.validate_observation(o, TODAY, RUBRIC) == []


def test_every_seed_rule_is_valid():
    for r in default_rules(SCHOOL):
        assert v.problems_of(r, TODAY) == [], r.name


# -- required fields ----------------------------------------------------------------------

def test_observation_required_fields_are_all_reported():
    o = observation(school="", observer="", teacher="  ", subject="", topic="   ",
                    lesson_date=None, occasion=None)
    found = by_field(v.problems_of(o, TODAY))
    assert found["school"] == ["School is required."]
    assert found["observer"] == ["Observer is required."]
    assert found["teacher"] == ["Teacher is required."]
    assert found["subject"] == ["Subject is required."]
    assert found["topic"] == ["Topic is required."]
    assert found["lesson_date"] == ["Lesson date is required."]
    assert found["occasion"] == ["Occasion is required."]


def test_validate_raises_with_every_problem_not_just_the_first(zh):
    o = observation(subject="", topic="")
    with pytest.raises(ValidationError) as info:
        v.validate(o, TODAY)
    assert [p.field for p in info.value.problems] == ["subject", "topic"]
    assert str(info.value) == "Subject is required.; Topic is required."
    assert info.value.render(zh) == "学科不能为空。\n课题不能为空。"


@pytest.mark.parametrize("record,field", [
    (Alliance(name=" "), "name"),
    (School(name=""), "name"),
    (teacher(name=""), "name"),
    (teacher(school=""), "school"),
    (activity(title=""), "title"),
    (activity(host_school=""), "host_school"),
    (pairing(mentor=""), "mentor"),
    (pairing(mentee=""), "mentee"),
    (session(pairing=""), "pairing"),
    (session(kind=None), "kind"),
    (rule(name=""), "name"),
    (rule(threshold=None), "threshold"),
    (semester(school_year=None), "school_year"),
    (semester(start=None), "start"),
    (RubricTemplate(name="", items=list(DEFAULT_RUBRIC_ITEMS)), "name"),
], ids=lambda x: x if isinstance(x, str) else type(x).__name__)
def test_required_field_missing(record, field):
    problems = v.problems_of(record, TODAY)
    assert [p.field for p in problems] == [field]
    assert problems[0].text == checks.REQUIRED
    assert problems[0].render().endswith("is required.")


def test_required_message_in_chinese(zh):
    (p,) = v.problems_of(teacher(name=""), TODAY)
    assert p.render(zh) == "姓名不能为空。"


# -- too long -----------------------------------------------------------------------------

@pytest.mark.parametrize("record,field,limit", [
    (Alliance(name="联" * 61), "name", 60),
    (School(name="校" * 61), "name", 60),
    (School(name="实验小学", code="C" * 61), "code", 60),
    (teacher(name="王" * 31), "name", 30),
    (teacher(phone="1" * 31), "phone", 30),
    (observation(subject="语" * 31), "subject", 30),
    (observation(topic="题" * 201), "topic", 200),
    (observation(strengths="好" * 5001), "strengths", 5000),
    (observation(reflection="思" * 5001), "reflection", 5000),
    (pairing(goals="目" * 5001), "goals", 5000),
    (session(content="容" * 5001), "content", 5000),
    (activity(title="题" * 201), "title", 200),
    (activity(agenda="议" * 5001), "agenda", 5000),
    (rule(source_text="文" * 5001), "source_text", 5000),
], ids=lambda x: x if isinstance(x, (str, int)) else type(x).__name__)
def test_too_long_text(record, field, limit):
    problems = v.problems_of(record, TODAY)
    assert [p.field for p in problems] == [field]
    assert problems[0].text == checks.TOO_LONG
    assert f"at most {limit} characters" in problems[0].render()


def test_text_at_its_limit_is_accepted():
    assert v.problems_of(observation(topic="题" * 200, subject="语" * 30), TODAY) == []
    assert v.problems_of(teacher(name="王" * 30), TODAY) == []


def test_too_long_process_notes():
    long_note = ProcessNote(time="8:00", stage="导入", process="过" * 4990, comment="评" * 10)
    problems = v.problems_of(observation(notes=[long_note]), TODAY)
    assert [p.field for p in problems] == ["notes"]
    ok_note = ProcessNote(time="8:00", stage="导入", process="过" * 4980, comment="评" * 10)
    assert v.problems_of(observation(notes=[ok_note]), TODAY) == []


def test_too_long_in_chinese(zh):
    (p,) = v.problems_of(observation(topic="题" * 201), TODAY)
    assert p.render(zh) == "课题太长（最多 200 个字）。"


# -- wrong types ----------------------------------------------------------------------------

def test_string_where_a_date_is_expected():
    problems = v.problems_of(observation(lesson_date="2026-10-09"), TODAY)
    assert [(p.field, p.render()) for p in problems] == [
        ("lesson_date", "Lesson date is not a valid date.")]


def test_datetime_where_a_date_is_expected_is_refused_not_a_crash():
    # A datetime is a date subclass, but it cannot be compared with dates nor stored as one.
    problems = v.problems_of(observation(lesson_date=datetime(2026, 10, 9, 8, 0)), TODAY)
    assert [(p.field, p.text) for p in problems] == [("lesson_date", checks.NOT_DATE)]


@pytest.mark.parametrize("value", [2.0, 2.5, "2", True])
def test_non_integer_period(value):
    problems = v.problems_of(observation(period_no=value), TODAY)
    assert [(p.field, p.render()) for p in problems] == [
        ("period_no", "Period must be a whole number.")]


def test_float_for_duration_and_reach():
    assert [p.field for p in v.problems_of(session(duration_minutes=45.0), TODAY)] == [
        "duration_minutes"]
    assert [p.field for p in v.problems_of(activity(teachers_reached=12.5), TODAY)] == [
        "teachers_reached"]
    assert [p.field for p in v.problems_of(rule(threshold=14.0), TODAY)] == ["threshold"]


@pytest.mark.parametrize("record,field,value", [
    (observation(occasion="banana"), "occasion", "banana"),
    (observation(lesson_type="lecture_hall"), "lesson_type", "lecture_hall"),
    (teacher(position="janitor"), "position", "janitor"),
    (teacher(gender="x"), "gender", "x"),
    (pairing(kind="mentor"), "kind", "mentor"),
    (pairing(status="paused"), "status", "paused"),
    (session(kind="chat"), "kind", "chat"),
    (activity(type="party"), "type", "party"),
    (activity(mode="hybrid"), "mode", "hybrid"),
    (semester(term="3"), "term", "3"),
    (rule(period="week"), "period", "week"),
], ids=lambda x: x if isinstance(x, str) else type(x).__name__)
def test_unknown_enum_code(record, field, value):
    problems = v.problems_of(record, TODAY)
    assert [(p.field, p.text) for p in problems] == [(field, checks.NOT_CHOICE)]
    assert problems[0].render().endswith(f"has an unknown value: {value}.")


def test_unknown_enum_code_in_chinese(zh):
    (p,) = v.problems_of(observation(occasion="banana"), TODAY)
    assert p.render(zh) == "开课形式的值无法识别：banana。"


def test_enum_codes_and_english_labels_are_accepted_and_normalised():
    o = observation(occasion="demonstration", lesson_type="New material")
    assert v.problems_of(o, TODAY) == []
    assert o.occasion is Occasion.DEMONSTRATION
    assert o.lesson_type.value == "new"
    t = teacher(position="principal", gender="female")
    assert v.problems_of(t, TODAY) == []
    assert t.position is Position.PRINCIPAL


def test_non_text_values():
    problems = v.problems_of(School(name=123), TODAY)
    assert [(p.field, p.render()) for p in problems] == [("name", "Name must be text.")]
    problems = v.problems_of(teacher(subjects="语文"), TODAY)
    assert [p.field for p in problems] == ["subjects"]
    problems = v.problems_of(teacher(grades=["一年级", 2]), TODAY)
    assert [p.field for p in problems] == ["grades"]


# -- dates --------------------------------------------------------------------------------

def test_date_before_2000():
    problems = v.problems_of(observation(lesson_date=date(1999, 12, 31)), TODAY)
    assert [(p.field, p.render()) for p in problems] == [
        ("lesson_date", "Lesson date cannot be earlier than 1 Jan 2000.")]
    assert v.problems_of(observation(lesson_date=date(2000, 1, 1)), TODAY) == []
    assert [p.field for p in v.problems_of(pairing(start=date(1998, 9, 1)), TODAY)] == ["start"]
    assert [p.field for p in v.problems_of(
        activity(activity_date=date(1990, 5, 1)), TODAY)] == ["activity_date"]
    assert "end" in [p.field for p in v.problems_of(semester(end=date(1999, 1, 1)), TODAY)]


def test_lesson_date_after_today(zh):
    problems = v.problems_of(observation(lesson_date=TODAY + timedelta(days=1)), TODAY)
    assert len(problems) == 1
    (p,) = problems
    assert p.field == "lesson_date"
    assert p.render() == "The lesson date cannot be later than today."
    assert p.render(zh) == "授课日期不能晚于今天。"


def test_lesson_on_today_is_fine():
    assert v.problems_of(observation(lesson_date=TODAY), TODAY) == []


def test_session_date_after_today_and_before_the_pairing():
    (p,) = v.problems_of(session(session_date=TODAY + timedelta(days=1)), TODAY)
    assert p.render() == "The session date cannot be later than today."
    pr = pairing(start=date(2026, 9, 10))
    (p,) = v.validate_session(session(session_date=date(2026, 9, 9)), TODAY, pr)
    assert p.render() == "The session cannot be before the pairing started (10 Sep 2026)."
    assert v.validate_session(session(session_date=date(2026, 9, 10)), TODAY, pr) == []


def test_planning_up_to_a_year_ahead():
    assert v.problems_of(activity(activity_date=TODAY + timedelta(days=366)), TODAY) == []
    (p,) = v.problems_of(activity(activity_date=TODAY + timedelta(days=367)), TODAY)
    assert p.render() == "Activity date is more than a year ahead."
    assert v.problems_of(pairing(start=TODAY + timedelta(days=300), planned_end=None),
                         TODAY) == []
    (p,) = v.problems_of(pairing(start=TODAY + timedelta(days=400), planned_end=None), TODAY)
    assert p.render() == "Start date is more than a year ahead."


# -- rubric scores ------------------------------------------------------------------------

def test_score_above_item_maximum(zh):
    problems = v.validate_scores({"教学目标": 11}, RUBRIC)
    assert len(problems) == 1
    (p,) = problems
    assert p.field == "scores"
    assert p.render() == "The score for \"教学目标\" is above the item's maximum of 10."
    assert "评分超出该项满分" in p.render(zh)
    assert p.render(zh) == "“教学目标”的评分超出该项满分（10 分）。"


def test_score_at_item_maximum_and_bonus_item():
    assert v.validate_scores({"教学过程与方法": 25, "特色创新": 5}, RUBRIC) == []
    (p,) = v.validate_scores({"特色创新": 5.5}, RUBRIC)
    assert "maximum of 5" in p.render()


def test_fractional_maximum_printed_as_written():
    rubric = RubricTemplate(name="简表", items=[RubricItem(name="板书", max_score=7.5)])
    (p,) = v.validate_scores({"板书": 8}, rubric)
    assert p.render() == "The score for \"板书\" is above the item's maximum of 7.5."


def test_negative_score(zh):
    (p,) = v.validate_scores({"教学内容": -1}, RUBRIC)
    assert p.render() == "The score for \"教学内容\" cannot be negative."
    assert p.render(zh) == "“教学内容”的评分不能为负数。"
    assert v.validate_scores({"教学内容": 0}, RUBRIC) == []


def test_unknown_rubric_item(zh):
    (p,) = v.validate_scores({"板书设计": 5}, RUBRIC)
    assert p.render() == "\"板书设计\" is not an item of the rubric."
    assert p.render(zh) == "“板书设计”不是该评价量表中的项目。"


@pytest.mark.parametrize("value", ["9", None, True, [9]])
def test_score_that_is_not_a_number(value):
    (p,) = v.validate_scores({"教学目标": value}, RUBRIC)
    assert p.render() == "The score for \"教学目标\" must be a number."


def test_scores_without_a_rubric():
    (p,) = v.validate_observation(observation(scores={"教学目标": 9}), TODAY, None)
    assert p.render() == "Scores need a rubric template."
    assert v.validate_observation(observation(scores={}), TODAY, None) == []


def test_every_bad_score_is_reported():
    problems = v.validate_scores({"教学目标": 11, "教学内容": -2, "板书": 3, "教学效果": 20},
                                 RUBRIC)
    assert len(problems) == 3


def test_observation_reports_score_problems_through_validate():
    with pytest.raises(ValidationError) as info:
        v.validate(observation(scores={"学生学习": 21}), TODAY, rubric=RUBRIC)
    assert [p.field for p in info.value.problems] == ["scores"]


# -- cross-field rules --------------------------------------------------------------------

def test_observer_cannot_be_the_teacher(zh):
    (p,) = v.problems_of(observation(observer=TEACHER, teacher=TEACHER), TODAY)
    assert p.field == "observer"
    assert p.render() == "A teacher cannot record an observation of their own lesson."
    assert p.render(zh) == "听课人和授课人不能是同一人。"


def test_period_range():
    assert [p.field for p in v.problems_of(observation(period_no=0), TODAY)] == ["period_no"]
    (p,) = v.problems_of(observation(period_no=13), TODAY)
    assert p.render() == "Period must be between 1 and 12."
    assert v.problems_of(observation(period_no=12), TODAY) == []
    assert v.problems_of(observation(period_no=None), TODAY) == []


def test_mentor_cannot_be_the_mentee(zh):
    (p,) = v.problems_of(pairing(mentor=TEACHER, mentee=TEACHER), TODAY)
    assert p.field == "mentee"
    assert p.render(zh) == "师傅和徒弟不能是同一人。"


def test_dissolved_pairing_needs_a_reason(zh):
    (p,) = v.problems_of(pairing(status=PairingStatus.DISSOLVED,
                                 ended_on=date(2026, 11, 1), end_reason="  "), TODAY)
    assert p.field == "end_reason"
    assert p.render() == "Say why the pairing was dissolved."
    assert p.render(zh) == "请填写解除结对的原因。"
    assert v.problems_of(pairing(status=PairingStatus.DISSOLVED, ended_on=date(2026, 11, 1),
                                 end_reason="徒弟调往其他学校"), TODAY) == []
    # the code of the status works as well as the member
    (p,) = v.problems_of(pairing(status="dissolved"), TODAY)
    assert p.field == "end_reason"


def test_graduated_pairing_needs_no_reason():
    assert v.problems_of(pairing(status=PairingStatus.GRADUATED,
                                 ended_on=date(2026, 7, 1), start=date(2025, 9, 1)), TODAY) == []


def test_pairing_dates():
    (p,) = v.problems_of(pairing(planned_end=date(2026, 9, 1)), TODAY)
    assert p.render() == "The planned end must be after the start."
    (p,) = v.problems_of(pairing(ended_on=date(2026, 8, 31)), TODAY)
    assert p.render() == "A pairing cannot end before it starts."
    (p,) = v.problems_of(pairing(ended_on=TODAY + timedelta(days=1)), TODAY)
    assert p.render() == "Ended on cannot be later than today."


def test_activity_end_before_start(zh):
    (p,) = v.problems_of(activity(start_time="14:30", end_time="14:00"), TODAY)
    assert p.field == "end_time"
    assert p.render() == "The activity must end after it starts."
    assert p.render(zh) == "活动结束时间必须晚于开始时间。"
    (p,) = v.problems_of(activity(start_time="14:30", end_time="14:30"), TODAY)
    assert p.field == "end_time"
    # compared as times, not as text: 9:05 is before 10:00
    assert v.problems_of(activity(start_time="9:05", end_time="10:00"), TODAY) == []


@pytest.mark.parametrize("field,value", [
    ("start_time", "25:00"), ("start_time", "2pm"), ("end_time", "14:60"),
    ("end_time", "1430"), ("start_time", "14:3"),
])
def test_activity_bad_time_format(field, value, zh):
    problems = v.problems_of(activity(**{field: value}), TODAY)
    assert [p.field for p in problems] == [field]
    assert problems[0].render().endswith("must look like 14:30.")
    assert problems[0].render(zh).endswith("的格式应为 14:30。")


def test_activity_times_are_optional():
    assert v.problems_of(activity(start_time="", end_time=""), TODAY) == []
    assert v.problems_of(activity(start_time="08:00", end_time=""), TODAY) == []


def test_activity_participants():
    t1 = new_uuid()
    dup = [Participant(teacher=t1, role=ParticipantRole.SPEAKER),
           Participant(teacher=t1, role="speaker")]
    (p,) = v.problems_of(activity(participants=dup), TODAY)
    assert p.render() == "A participant is listed twice in the same role."
    two_roles = [Participant(teacher=t1, role=ParticipantRole.SPEAKER),
                 Participant(teacher=t1, role=ParticipantRole.RECORDING)]
    assert v.problems_of(activity(participants=two_roles), TODAY) == []
    (p,) = v.problems_of(activity(participants=[Participant(teacher=t1, role="dj")]), TODAY)
    assert p.field == "participants" and p.text == checks.NOT_CHOICE


def test_activity_reach_ranges():
    assert [p.field for p in v.problems_of(activity(teachers_reached=-1), TODAY)] == [
        "teachers_reached"]
    assert [p.field for p in v.problems_of(activity(students_reached=1000001), TODAY)] == [
        "students_reached"]
    assert v.problems_of(activity(mode=Mode.ONLINE, teachers_reached=120), TODAY) == []


def test_session_duration_range():
    assert [p.field for p in v.problems_of(session(duration_minutes=0), TODAY)] == [
        "duration_minutes"]
    assert [p.field for p in v.problems_of(session(duration_minutes=601), TODAY)] == [
        "duration_minutes"]
    assert v.problems_of(session(duration_minutes=600), TODAY) == []


# -- semesters ------------------------------------------------------------------------------

def test_semester_must_end_after_it_starts():
    (p,) = v.problems_of(semester(end=date(2026, 9, 1)), TODAY)
    assert p.render() == "The semester must end after it starts."
    (p,) = v.problems_of(semester(end=date(2026, 8, 1)), TODAY)
    assert p.render() == "The semester must end after it starts."


def test_semester_length(zh):
    # 220 days is the longest allowed: 2026-09-01 + 220 days = 2027-04-09.
    assert v.problems_of(semester(end=date(2027, 4, 9)), TODAY) == []
    (p,) = v.problems_of(semester(end=date(2027, 4, 10)), TODAY)
    assert p.render() == "A semester cannot be longer than seven months."
    assert p.render(zh) == "一个学期不能超过七个月。"


def test_semester_school_year_range():
    assert [p.field for p in v.problems_of(semester(school_year=1999), TODAY)] == ["school_year"]
    assert [p.field for p in v.problems_of(semester(school_year="2026"), TODAY)] == [
        "school_year"]


# -- rubric templates ---------------------------------------------------------------------

def test_rubric_template_checks():
    assert [p.render() for p in v.problems_of(RubricTemplate(name="空表", items=[]), TODAY)] == [
        "A rubric needs at least one item."]
    dup = RubricTemplate(name="重复", items=[RubricItem(name="目标", max_score=10),
                                           RubricItem(name="目标 ", max_score=10)])
    assert [p.render() for p in v.problems_of(dup, TODAY)] == [
        "Rubric item names must be unique."]
    unnamed = RubricTemplate(name="无名", items=[RubricItem(name=" ", max_score=10)])
    assert [p.render() for p in v.problems_of(unnamed, TODAY)] == [
        "Every rubric item needs a name."]
    for bad in (0, 101, -5):
        r = RubricTemplate(name="分值", items=[RubricItem(name="目标", max_score=bad)])
        assert [p.render() for p in v.problems_of(r, TODAY)] == [
            "The maximum score of \"目标\" must be between 1 and 100."]


def test_default_rubric_maximum_total():
    assert RUBRIC.max_total == 100  # the bonus item is on top


# -- quota rules --------------------------------------------------------------------------

def test_rule_scope_must_match_metric(zh):
    (p,) = v.problems_of(rule(scope=Scope.SCHOOL), TODAY)
    assert p.field == "scope"
    assert p.render() == "This metric is counted per Person."
    assert p.render(zh) == "该统计项目按个人统计。"
    (p,) = v.problems_of(rule(scope=Scope.PERSON, metric=Metric.DEMONSTRATION_LESSONS,
                              positions=[]), TODAY)
    assert p.render() == "This metric is counted per School."


@pytest.mark.parametrize("metric,scope", [
    (Metric.OBSERVATIONS_BY_OBSERVER, Scope.PERSON),
    (Metric.ACTIVITIES_OF_SCHOOL, Scope.SCHOOL),
    (Metric.DEMONSTRATION_LESSONS, Scope.SCHOOL),
    (Metric.ACTIVITIES_OF_ALLIANCE, Scope.ALLIANCE),
    (Metric.PAIRING_SESSIONS, Scope.PAIRING),
])
def test_every_metric_has_one_scope(metric, scope):
    kind = SessionKind.DISCUSSION if metric is Metric.PAIRING_SESSIONS else None
    assert v.problems_of(rule(metric=metric, scope=scope, session_kind=kind), TODAY) == []
    others = [s for s in Scope if s is not scope]
    for other in others:
        assert [p.field for p in v.problems_of(
            rule(metric=metric, scope=other, session_kind=kind), TODAY)] == ["scope"]


def test_pairing_rule_needs_a_session_kind():
    r = rule(scope=Scope.PAIRING, metric=Metric.PAIRING_SESSIONS, positions=[])
    (p,) = v.problems_of(r, TODAY)
    assert (p.field, p.text) == ("session_kind", checks.REQUIRED)


def test_rule_threshold_range():
    assert [p.field for p in v.problems_of(rule(threshold=0), TODAY)] == ["threshold"]
    assert [p.field for p in v.problems_of(rule(threshold=1001), TODAY)] == ["threshold"]
    assert v.problems_of(rule(threshold=1000), TODAY) == []


def test_rule_unknown_position():
    (p,) = v.problems_of(rule(positions=["principal", "janitor"]), TODAY)
    assert p.field == "positions"
    assert p.render() == "Position has an unknown value: janitor."


def test_rule_positions_by_code_are_normalised():
    r = rule(positions=["principal", "vice_principal"])
    assert v.problems_of(r, TODAY) == []
    assert r.positions == [Position.PRINCIPAL, Position.VICE_PRINCIPAL]


def test_due_date_31_february(zh):
    (p,) = v.problems_of(rule(due_month=2, due_day=31), TODAY)
    assert p.field == "due"
    assert p.render() == "The due date is not a real day."
    assert p.render(zh) == "截止日期不是有效的日期。"


def test_due_date_checks():
    assert v.problems_of(rule(due_month=2, due_day=29), TODAY) == []  # leap years have it
    assert v.problems_of(rule(due_month=11, due_day=30), TODAY) == []
    for month, day in ((11, 31), (13, 1), (0, 10), ("x", 1)):
        assert [p.field for p in v.problems_of(rule(due_month=month, due_day=day), TODAY)] == [
            "due"], (month, day)
    (p,) = v.problems_of(rule(due_month=11, due_day=None), TODAY)
    assert p.render() == "A due date needs both a month and a day."
    (p,) = v.problems_of(rule(due_month=None, due_day=30), TODAY)
    assert p.render() == "A due date needs both a month and a day."


# -- totals and grade bands -----------------------------------------------------------------

FULL_90 = {"教学目标": 10, "教学内容": 15, "教学过程与方法": 25, "学生学习": 20, "教学效果": 20}


@pytest.mark.parametrize("total,band", [
    (105, GradeBand.EXCELLENT), (100, GradeBand.EXCELLENT), (90, GradeBand.EXCELLENT),
    (89.9, GradeBand.GOOD), (75, GradeBand.GOOD), (74.9, GradeBand.PASS),
    (60, GradeBand.PASS), (59.9, GradeBand.FAIL), (0, GradeBand.FAIL),
])
def test_grade_band_boundaries(total, band):
    assert grade_band(total) is band


@pytest.mark.parametrize("scores,total,band", [
    (FULL_90, 90.0, GradeBand.EXCELLENT),
    ({**FULL_90, "教学目标": 9.9}, 89.9, GradeBand.GOOD),
    ({"教学目标": 10, "教学内容": 15, "教学过程与方法": 20, "学生学习": 15, "教学效果": 15},
     75.0, GradeBand.GOOD),
    ({"教学目标": 9.9, "教学内容": 15, "教学过程与方法": 20, "学生学习": 15, "教学效果": 15},
     74.9, GradeBand.PASS),
    ({"教学目标": 10, "教学内容": 10, "教学过程与方法": 15, "学生学习": 15, "教学效果": 10},
     60.0, GradeBand.PASS),
    ({"教学目标": 9.9, "教学内容": 10, "教学过程与方法": 15, "学生学习": 15, "教学效果": 10},
     59.9, GradeBand.FAIL),
    ({**FULL_90, "教师素养": 10, "特色创新": 5}, 105.0, GradeBand.EXCELLENT),
    ({"教学目标": 0.1, "教学内容": 0.2}, 0.3, GradeBand.FAIL),
])
def test_total_and_band_are_computed(scores, total, band):
    o = observation(scores=scores)
    assert v.validate_observation(o, TODAY, RUBRIC) == []
    assert o.total == total
    assert o.band is band


def test_no_scores_no_total():
    o = observation()
    assert o.total is None
    assert o.band is None


def _valid_scores():
    items = st.sampled_from(list(ITEM_MAX))
    return st.dictionaries(
        items, st.just(None), min_size=1, max_size=len(ITEM_MAX)).flatmap(
        lambda d: st.fixed_dictionaries({
            name: st.integers(0, int(ITEM_MAX[name] * 10)).map(lambda n: n / 10)
            for name in d}))


@settings(max_examples=200, deadline=None)
@given(_valid_scores())
def test_total_and_band_property(scores):
    o = observation(scores=scores)
    assert v.validate_observation(o, TODAY, RUBRIC) == []
    assert o.total == round(sum(scores.values()), 1) == total_score(scores)
    assert 0 <= o.total <= 105
    if o.total >= 90:
        assert o.band is GradeBand.EXCELLENT
    elif o.total >= 75:
        assert o.band is GradeBand.GOOD
    elif o.total >= 60:
        assert o.band is GradeBand.PASS
    else:
        assert o.band is GradeBand.FAIL
