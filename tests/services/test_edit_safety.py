"""Edits, deletes and restores that must not lose, resurrect or misattribute records."""

import math
from datetime import date

import pytest

from jituan_desktop.cli import main
from jituan_desktop.domain.enums import Term
from jituan_desktop.domain.messages import ValidationError
from jituan_desktop.domain.records import LessonObservation, QuotaRule, RubricTemplate, Semester, Teacher
from jituan_desktop.domain.rubric import RubricItem
from jituan_desktop.services import compliance_ops, record_ops, setup_ops
from jituan_desktop.storage.errors import StoreError
from jituan_desktop.storage.repositories import repository

TODAY = date(2026, 11, 25)


@pytest.fixture
def people(lead_store):
    school = lead_store.school_uuid
    a, b = Teacher(school=school, name="王老师"), Teacher(school=school, name="李老师")
    for t in (a, b):
        record_ops.add_teacher(lead_store, t, today=TODAY)
    return a, b


def observation(store, a, b, **kw):
    o = LessonObservation(school=store.school_uuid, observer=a.uuid, teacher=b.uuid,
                          lesson_date=date(2026, 10, 9), subject="语文", topic="秋天的雨", **kw)
    record_ops.record_observation(store, o, today=TODAY)
    return o


def test_restoring_a_semester_that_was_recreated_is_refused(lead_store, zh):
    repo = repository(lead_store, Semester)
    old = next(s for s in repo.where() if (s.school_year, s.term) == (2026, Term.FIRST))
    record_ops.delete(lead_store, Semester, old.uuid)
    record_ops.save(lead_store, Semester(school_year=2026, term=Term.FIRST,
                                         start=date(2026, 9, 1), end=date(2027, 1, 20)), today=TODAY)
    with pytest.raises(ValidationError) as refused:
        record_ops.restore(lead_store, Semester, old.uuid, today=TODAY)
    assert "校历中已有这个学期" in refused.value.render(zh)
    assert repo.get(old.uuid, include_deleted=True).deleted


def test_deleting_every_rule_does_not_bring_back_the_seeds(lead_store):
    for rule in repository(lead_store, QuotaRule).where():
        record_ops.delete(lead_store, QuotaRule, rule.uuid)
    assert compliance_ops.rules(lead_store) == []


def test_an_observation_scored_on_an_earlier_rubric_stays_editable(lead_store, people):
    a, b = people
    o = observation(lead_store, a, b, rubric=setup_ops.DEFAULT_RUBRIC_UUID,
                    scores={"教学目标": 9, "教学内容": 14})
    rubric = repository(lead_store, RubricTemplate).require(setup_ops.DEFAULT_RUBRIC_UUID)
    rubric.items = [RubricItem(name="目标达成", max_score=30), RubricItem(name="课堂效果", max_score=70)]
    rubric.template_version = 2
    record_ops.save(lead_store, rubric, today=TODAY)
    o.strengths = "补充：朗读指导到位"
    record_ops.record_observation(lead_store, o, today=TODAY)
    saved = repository(lead_store, LessonObservation).require(o.uuid)
    assert saved.strengths == "补充：朗读指导到位" and saved.rubric_version == 1
    assert saved.scores == {"教学目标": 9, "教学内容": 14}


def test_a_score_that_is_not_a_number_is_refused(lead_store, people, zh):
    a, b = people
    with pytest.raises(ValidationError) as refused:
        observation(lead_store, a, b, rubric=setup_ops.DEFAULT_RUBRIC_UUID,
                    scores={"教学目标": math.nan})
    assert "必须是数字" in refused.value.render(zh)
    assert repository(lead_store, LessonObservation).count() == 0


def test_saving_a_stale_copy_of_a_deleted_record_is_refused(lead_store, people, zh):
    a, b = people
    o = observation(lead_store, a, b)
    record_ops.delete(lead_store, LessonObservation, o.uuid)
    o.topic = "改过的课题"
    with pytest.raises(StoreError) as refused:
        record_ops.record_observation(lead_store, o, today=TODAY)
    assert "已被删除" in refused.value.render(zh)
    stored = repository(lead_store, LessonObservation).get(o.uuid, include_deleted=True)
    assert stored.deleted and stored.topic == "秋天的雨"
    record_ops.restore(lead_store, LessonObservation, o.uuid, today=TODAY)
    assert repository(lead_store, LessonObservation).get(o.uuid).topic == "秋天的雨"


def test_a_new_record_is_always_this_schools(lead_store):
    t = Teacher(school=lead_store.school_uuid, name="赵老师", owner_school="another-school")
    record_ops.add_teacher(lead_store, t, today=TODAY)
    assert repository(lead_store, Teacher).require(t.uuid).owner_school == lead_store.school_uuid


def test_an_old_record_of_a_teacher_who_left_stays_editable(lead_store, people):
    a, b = people
    o = observation(lead_store, a, b)
    record_ops.delete(lead_store, Teacher, b.uuid)
    o.suggestions = "多给学生朗读的时间"
    record_ops.record_observation(lead_store, o, today=TODAY)
    assert repository(lead_store, LessonObservation).require(o.uuid).suggestions == "多给学生朗读的时间"
    new = LessonObservation(school=lead_store.school_uuid, observer=a.uuid, teacher=b.uuid,
                            lesson_date=date(2026, 10, 10), subject="语文", topic="新课")
    with pytest.raises(ValidationError):  # but nobody records a new lesson of theirs
        record_ops.record_observation(lead_store, new, today=TODAY)


@pytest.mark.parametrize("args,expected", [
    (["search", "教学", "--limit", "-3"], "不是大于等于 1 的整数"),
    (["compliance", "--semester", "0000-1"], "2026-1"),
])
def test_command_line_refuses_out_of_range_numbers(lead_store, capsys, args, expected):
    try:
        code = main(["--data-dir", str(lead_store.data_dir), *args])
    except SystemExit as exit_info:
        code = exit_info.code
    err = capsys.readouterr().err
    assert code != 0 and expected in err and "Traceback" not in err
