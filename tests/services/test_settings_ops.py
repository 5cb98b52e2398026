"""The 设置 use cases: renaming the school and alliance, versioned rubric edits, the data folder."""

from dataclasses import replace

import pytest

from jituan_desktop.domain.messages import ValidationError
from jituan_desktop.domain.records import (LessonObservation, RubricTemplate, School, Teacher)
from jituan_desktop.domain.rubric import RubricItem
from jituan_desktop.services import record_ops, settings_ops, setup_ops
from jituan_desktop.storage.repositories import repository

from conftest import TODAY


def test_lead_renames_school_and_alliance(lead_store):
    settings_ops.save_identity(lead_store, school_name="实验小学（本部）", school_code="S09",
                               alliance_name="城南教育集团", today=TODAY)
    me = setup_ops.identity(lead_store)
    assert (me.school.name, me.school.code, me.alliance.name) == \
        ("实验小学（本部）", "S09", "城南教育集团")


def test_every_refusal_comes_back_and_nothing_is_written(lead_store):
    before = setup_ops.identity(lead_store)
    with pytest.raises(ValidationError) as caught:
        settings_ops.save_identity(lead_store, school_name=" ", alliance_name="",
                                   today=TODAY)
    assert {p.field for p in caught.value.problems} == {"school_name", "alliance_name"}
    with pytest.raises(ValidationError):
        settings_ops.save_identity(lead_store, school_name="新名字", alliance_name="",
                                   today=TODAY)
    after = setup_ops.identity(lead_store)
    assert (after.school.name, after.alliance.name) == (before.school.name, before.alliance.name)


def test_member_renames_its_school(store):
    setup_ops.init_member(store, "城关小学", today=TODAY)
    settings_ops.save_identity(store, school_name="城关第一小学", today=TODAY)
    assert setup_ops.identity(store).school.name == "城关第一小学"
    assert settings_ops.load(store).identity.alliance is None


def _observation_scored_on(store, rubric: RubricTemplate) -> LessonObservation:
    school = store.school_uuid
    observer, teacher = Teacher(school=school, name="张三"), Teacher(school=school, name="李四")
    for t in (observer, teacher):
        record_ops.save(store, t, today=TODAY)
    o = LessonObservation(school=school, observer=observer.uuid, teacher=teacher.uuid,
                          lesson_date=TODAY, subject="语文", topic="秋天的雨",
                          rubric=rubric.uuid, scores={i.name: i.max_score for i in rubric.items})
    record_ops.save(store, o, today=TODAY)
    return o


def test_changing_items_starts_a_new_version_and_old_scores_stay(lead_store):
    rubric = repository(lead_store, RubricTemplate).where()[0]
    observation = _observation_scored_on(lead_store, rubric)
    edited = replace(rubric, items=[RubricItem(name="课堂氛围", max_score=100)])
    settings_ops.save_rubric(lead_store, edited, today=TODAY)
    stored = repository(lead_store, RubricTemplate).get(rubric.uuid)
    assert stored.template_version == rubric.template_version + 1
    assert stored.items == [RubricItem(name="课堂氛围", max_score=100)]
    # The old observation still saves with the scores it was given on version 1.
    old = repository(lead_store, LessonObservation).get(observation.uuid)
    old.strengths = "补充"
    record_ops.save(lead_store, old, today=TODAY)
    again = repository(lead_store, LessonObservation).get(observation.uuid)
    assert again.scores == observation.scores and again.rubric_version == rubric.template_version


def test_renaming_keeps_the_version(lead_store):
    rubric = repository(lead_store, RubricTemplate).where()[0]
    settings_ops.save_rubric(lead_store, replace(rubric, name="新评价表"), today=TODAY)
    stored = repository(lead_store, RubricTemplate).get(rubric.uuid)
    assert (stored.name, stored.template_version) == ("新评价表", rubric.template_version)


def test_a_new_rubric_starts_at_version_one_and_is_validated(lead_store):
    new = RubricTemplate(name="说课评价表", items=[RubricItem(name="说教材", max_score=20)])
    settings_ops.save_rubric(lead_store, new, today=TODAY)
    assert repository(lead_store, RubricTemplate).get(new.uuid).template_version == 1
    with pytest.raises(ValidationError) as caught:
        settings_ops.save_rubric(lead_store, RubricTemplate(
            name="空", items=[RubricItem(name="", max_score=0)]), today=TODAY)
    assert {p.field for p in caught.value.problems} == {"items"}


def test_load_and_data_folder(lead_store):
    snapshot = settings_ops.load(lead_store)
    assert snapshot.is_lead and snapshot.semesters_stored
    assert snapshot.rules and snapshot.rubrics
    assert snapshot.data.folder == lead_store.data_dir
    assert snapshot.data.database == lead_store.path
    assert snapshot.data.database_bytes >= lead_store.path.stat().st_size > 0


def test_member_sees_default_semesters_until_a_calendar_arrives(store):
    setup_ops.init_member(store, "城关小学", today=TODAY)
    snapshot = settings_ops.load(store)
    assert not snapshot.is_lead and not snapshot.semesters_stored
    assert [s.key for s in snapshot.semesters] == [s.key for s in setup_ops.semesters(store)]
    assert isinstance(snapshot.identity.school, School)
