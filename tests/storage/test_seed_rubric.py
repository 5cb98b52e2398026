"""The default rubric is a seed: a member scores lessons with it before joining, and the lead
school's copy (or its edit) replaces the member's seed instead of being refused as another
school's record."""

from dataclasses import replace
from datetime import date

from jituan_desktop.domain.records import LessonObservation, RubricTemplate, Teacher
from jituan_desktop.domain.rubric import RubricItem
from jituan_desktop.services import record_ops, settings_ops, setup_ops
from jituan_desktop.storage import merge
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)
TABLE = "rubric_template"


def deliver(sender: Store, receiver: Store) -> merge.MergeStats:
    with receiver.transaction():
        return merge.apply_versions(receiver, TABLE, list(merge.versions_since(sender, TABLE, {})))


def member_with_a_scored_lesson(tmp_path) -> Store:
    member = Store.open(tmp_path / "member", clock=CLOCK)
    setup_ops.init_member(member, "城关小学", today=TODAY)
    school = member.school_uuid
    a, b = Teacher(school=school, name="甲老师"), Teacher(school=school, name="乙老师")
    for t in (a, b):
        record_ops.add_teacher(member, t, today=TODAY)
    record_ops.record_observation(member, LessonObservation(
        school=school, observer=a.uuid, teacher=b.uuid, lesson_date=TODAY, subject="语文",
        topic="《秋天的雨》", rubric=setup_ops.DEFAULT_RUBRIC_UUID,
        scores={"教学目标": 8}), today=TODAY)
    return member


def test_the_leads_rubric_replaces_a_members_seed(tmp_path, lead_store):
    member = member_with_a_scored_lesson(tmp_path)
    deliver(lead_store, member)  # the lead's own seed: the very same version, nothing to do
    rubric = repository(member, RubricTemplate).get(setup_ops.DEFAULT_RUBRIC_UUID)
    assert (rubric.version, rubric.origin_installation) == (1, merge.SEED_ORIGIN)
    assert list(merge.conflicts(member, TABLE)) == []
    # An edit at the lead (a new template version) wins at the member too, without conflict.
    edited = replace(rubric, items=[RubricItem(name="教学目标", max_score=20),
                                    RubricItem(name="教学效果", max_score=80)])
    settings_ops.save_rubric(lead_store, edited, today=TODAY)
    deliver(lead_store, member)
    now = repository(member, RubricTemplate).get(setup_ops.DEFAULT_RUBRIC_UUID)
    assert now.owner_school == lead_store.school_uuid  # the member's seed is superseded
    assert [i.max_score for i in now.items] == [20, 80] and now.template_version == 2
    assert list(merge.conflicts(member, TABLE)) == []
    member.close()


def test_a_members_seed_sent_to_the_lead_changes_nothing(tmp_path, lead_store):
    member = member_with_a_scored_lesson(tmp_path)
    before = repository(lead_store, RubricTemplate).get(setup_ops.DEFAULT_RUBRIC_UUID)
    stats = deliver(member, lead_store)
    after = repository(lead_store, RubricTemplate).get(setup_ops.DEFAULT_RUBRIC_UUID)
    assert after.owner_school == lead_store.school_uuid == before.owner_school
    assert (after.version, after.origin_installation) == (before.version,
                                                          before.origin_installation)
    assert stats.written == 0 and list(merge.conflicts(lead_store, TABLE)) == []
    member.close()
