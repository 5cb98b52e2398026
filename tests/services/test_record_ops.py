"""Recording, editing, deleting and restoring records through the services, and setting up
an installation: what is written, what is refused, and that refusals change nothing."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from jituan_desktop.domain.default_rules import DEFAULT_SPECS
from jituan_desktop.domain.enums import (ActivityType, Occasion, PairingStatus,
                                         ParticipantRole, Position, Role, SessionKind, Term)
from jituan_desktop.domain.messages import ValidationError
from jituan_desktop.domain.records import (Activity, Alliance, LessonObservation,
                                           MentorPairing, MentorSession, Participant,
                                           QuotaRule, RubricTemplate, School, Semester,
                                           Teacher, new_uuid)
from jituan_desktop.services import compliance_ops, record_ops, setup_ops, status_ops
from jituan_desktop.services.changes import Changes
from jituan_desktop.storage.errors import StoreError
from jituan_desktop.storage.repositories import repository

TODAY = date(2026, 11, 25)
TABLES = ("alliance", "school", "teacher", "semester", "rubric_template", "pairing",
          "activity", "observation", "mentor_session", "quota_rule", "attachment_blob")


def snapshot(store) -> dict:
    """Every row of every record table, and the counter: to prove nothing changed."""
    state = {t: store.query(f"SELECT * FROM {t} ORDER BY 1") for t in TABLES}
    state["meta"] = store.query("SELECT * FROM meta ORDER BY key")
    return state


def row_counts(store) -> dict[str, int]:
    return {t: store.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


class World:
    def __init__(self, store):
        self.store = store
        self.lead = store.school_uuid
        member = School(name="希望小学", code="S02")
        record_ops.save(store, member, today=TODAY)
        self.member = member.uuid
        self.wang = self.add("王老师", self.lead)
        self.li = self.add("李老师", self.lead)
        self.chen = self.add("陈老师", self.member)
        self.pairing = MentorPairing(mentor=self.wang, mentee=self.li, subject="语文",
                                     start=date(2026, 9, 1))
        record_ops.pair_teachers(store, self.pairing, today=TODAY)
        self.activity = Activity(host_school=self.lead, schools=[self.member],
                                 type=ActivityType.COLLECTIVE_PREP, title="集体备课",
                                 activity_date=date(2026, 10, 20))
        record_ops.record_activity(store, self.activity, today=TODAY)

    def add(self, name, school, position=Position.TEACHER) -> str:
        t = Teacher(school=school, name=name, position=position)
        record_ops.add_teacher(self.store, t, today=TODAY)
        return t.uuid

    def observation(self, **kw) -> LessonObservation:
        fields = dict(school=self.lead, observer=self.wang, teacher=self.li,
                      lesson_date=date(2026, 10, 9), subject="语文", topic="《桂花雨》",
                      rubric=setup_ops.DEFAULT_RUBRIC_UUID, scores={"教学目标": 9})
        fields.update(kw)
        return LessonObservation(**fields)

    def foreign(self, record):
        """Write ``record`` as the member school's, as a sync import would."""
        record.owner_school = self.member
        record.origin_installation = new_uuid()
        record.version = 1
        record.created_at = record.updated_at = "2026-11-01T08:00:00+00:00"
        with self.store.transaction():
            repository(self.store, type(record)).put(record)
        return record


@pytest.fixture
def world(lead_store):
    return World(lead_store)


# -- each record type: create, edit, delete, restore ------------------------------------------

def _new_teacher(w):
    return Teacher(school=w.member, name="新老师", subjects=["数学"])


def _new_school(w):
    return School(name="山区小学", code="S03")


def _new_pairing(w):
    return MentorPairing(mentor=w.wang, mentee=w.chen, start=date(2026, 9, 15),
                         kind="cross_school")


def _new_session(w):
    return MentorSession(pairing=w.pairing.uuid, session_date=date(2026, 10, 10),
                         kind=SessionKind.MENTEE_OBSERVES, duration_minutes=40, topic="听课")


def _new_activity(w):
    return Activity(host_school=w.member, schools=[w.lead], type=ActivityType.OUTREACH,
                    title="送教下乡", activity_date=date(2026, 11, 3),
                    participants=[Participant(teacher=w.wang, role=ParticipantRole.TEACHING)])


def _new_observation(w):
    return w.observation(occasion=Occasion.DEMONSTRATION, activity=w.activity.uuid,
                         pairing=w.pairing.uuid)


CASES = {
    "Teacher": (_new_teacher, "name", "新老师（改）"),
    "School": (_new_school, "name", "山区中心小学"),
    "MentorPairing": (_new_pairing, "goals", "一学期内独立上好公开课"),
    "MentorSession": (_new_session, "content", "讨论了板书设计"),
    "Activity": (_new_activity, "title", "送教下乡（第二次）"),
    "LessonObservation": (_new_observation, "topic", "《桂花雨》第二课时"),
}


@pytest.mark.parametrize("kind", CASES)
def test_create_edit_delete_restore(world, kind):
    make, field, new_value = CASES[kind]
    store = world.store
    record = make(world)
    cls = type(record)
    repo = repository(store, cls)
    live = repo.count()

    changes = record_ops.save(store, record, today=TODAY)
    assert changes == Changes(created={kind: [record.uuid]})
    assert changes and changes.kinds == {kind}
    stored = record_ops.get(store, cls, record.uuid)
    assert stored.owner_school == world.lead
    assert stored.origin_installation == store.installation_id
    assert repo.count() == live + 1
    first_version = stored.version

    setattr(stored, field, new_value)
    changes = record_ops.save(store, stored, today=TODAY)
    assert changes == Changes(updated={kind: [record.uuid]})
    edited = record_ops.get(store, cls, record.uuid)
    assert getattr(edited, field) == new_value
    assert edited.version > first_version
    assert edited.created_at == stored.created_at

    changes = record_ops.delete(store, cls, record.uuid)
    assert changes == Changes(deleted={kind: [record.uuid]})
    assert repo.get(record.uuid) is None
    assert repo.count() == live
    tomb = repo.get(record.uuid, include_deleted=True)
    assert tomb.deleted and getattr(tomb, field) == new_value
    with pytest.raises(StoreError, match="No .* with id"):
        record_ops.get(store, cls, record.uuid)

    changes = record_ops.restore(store, cls, record.uuid)
    assert changes == Changes(updated={kind: [record.uuid]})
    back = record_ops.get(store, cls, record.uuid)
    assert getattr(back, field) == new_value and not back.deleted
    assert back.version > tomb.version
    assert repo.count() == live + 1


def test_named_use_cases(world):
    store = world.store
    o = world.observation()
    assert record_ops.record_observation(store, o, today=TODAY).created == {
        "LessonObservation": [o.uuid]}
    changes = record_ops.deactivate_teacher(store, world.chen, today=TODAY)
    assert changes == Changes(updated={"Teacher": [world.chen]})
    assert record_ops.get(store, Teacher, world.chen).active is False
    changes = record_ops.set_teacher_active(store, world.chen, True, today=TODAY)
    assert changes == Changes(updated={"Teacher": [world.chen]})
    assert record_ops.get(store, Teacher, world.chen).active is True


def test_observation_keeps_rubric_version_total_and_band(world):
    store = world.store
    o = world.observation(scores={"教学目标": 9, "教学内容": 14, "教学过程与方法": 23,
                                  "学生学习": 18, "教学效果": 18, "教师素养": 9, "特色创新": 3})
    record_ops.record_observation(store, o, today=TODAY)
    row = store.query("SELECT rubric_version, total, band FROM observation WHERE uuid = ?",
                      [o.uuid])[0]
    assert row == {"rubric_version": 1, "total": 94.0, "band": "excellent"}


def test_changes_merge():
    a = Changes().add("created", "Teacher", "t1")
    b = Changes().add("created", "Teacher", "t2").add("deleted", "Activity", "a1")
    assert a.merge(b) == Changes(created={"Teacher": ["t1", "t2"]},
                                 deleted={"Activity": ["a1"]})
    assert not Changes()


# -- refusals that write nothing ----------------------------------------------------------------

def test_unknown_teacher_is_refused(world, zh):
    store = world.store
    before = snapshot(store)
    ghost = new_uuid()
    o = world.observation(observer=ghost)
    with pytest.raises(ValidationError) as info:
        record_ops.record_observation(store, o, today=TODAY)
    (p,) = info.value.problems
    assert p.field == "observer"
    assert p.render() == f"Observer: no such Teacher ({ghost})."
    assert p.render(zh) == f"听课人：找不到该教师（{ghost}）。"
    assert snapshot(store) == before


def test_unknown_school_is_refused(world, zh):
    store = world.store
    before = row_counts(store)
    ghost = new_uuid()
    with pytest.raises(ValidationError) as info:
        record_ops.add_teacher(store, Teacher(school=ghost, name="无校教师"), today=TODAY)
    assert info.value.render() == f"School: no such School ({ghost})."
    assert info.value.render(zh) == f"学校：找不到该学校（{ghost}）。"
    assert row_counts(store) == before


@pytest.mark.parametrize("make,field", [
    (lambda w, g: Activity(host_school=w.lead, schools=[w.member, g],
                           type=ActivityType.LECTURE, title="讲座",
                           activity_date=date(2026, 10, 1)), "schools"),
    (lambda w, g: Activity(host_school=w.lead, participants=[Participant(teacher=g)],
                           type=ActivityType.LECTURE, title="讲座",
                           activity_date=date(2026, 10, 1)), "participants"),
    (lambda w, g: MentorPairing(mentor=w.wang, mentee=g, start=date(2026, 9, 1)), "mentee"),
    (lambda w, g: MentorSession(pairing=g, session_date=date(2026, 10, 1),
                                kind=SessionKind.DISCUSSION), "pairing"),
    (lambda w, g: w.observation(activity=g), "activity"),
    (lambda w, g: w.observation(rubric=g, scores={}), "rubric"),
], ids=["activity-school", "participant", "mentee", "session-pairing", "observation-activity",
        "rubric"])
def test_unknown_references_are_refused(world, make, field):
    store = world.store
    ghost = new_uuid()
    before = snapshot(store)
    with pytest.raises(ValidationError) as info:
        record_ops.save(store, make(world, ghost), today=TODAY)
    assert [p.field for p in info.value.problems] == [field]
    assert ghost in info.value.render()
    assert snapshot(store) == before


def test_reference_to_a_deleted_teacher_is_refused(world):
    store = world.store
    record_ops.delete(store, Teacher, world.li)
    with pytest.raises(ValidationError, match="no such Teacher"):
        record_ops.record_observation(store, world.observation(), today=TODAY)


def test_invalid_record_is_refused_before_references_are_looked_at(world):
    store = world.store
    before = snapshot(store)
    o = world.observation(observer=new_uuid(), topic="", lesson_date=date(2026, 11, 26))
    with pytest.raises(ValidationError) as info:
        record_ops.record_observation(store, o, today=TODAY)
    assert {p.field for p in info.value.problems} == {"topic", "lesson_date"}
    assert snapshot(store) == before


def test_session_before_its_pairing_started(world):
    s = MentorSession(pairing=world.pairing.uuid, session_date=date(2026, 8, 30),
                      kind=SessionKind.DISCUSSION)
    with pytest.raises(ValidationError, match=r"before the pairing started \(1 Sep 2026\)"):
        record_ops.record_session(world.store, s, today=TODAY)


def test_score_checked_against_the_stored_rubric(world, zh):
    with pytest.raises(ValidationError) as info:
        record_ops.record_observation(world.store, world.observation(scores={"教学目标": 12}),
                                      today=TODAY)
    assert "评分超出该项满分" in info.value.render(zh)


def test_failed_edit_leaves_the_saved_record_intact(world):
    store = world.store
    o = world.observation()
    record_ops.record_observation(store, o, today=TODAY)
    before = snapshot(store)
    edited = record_ops.get(store, LessonObservation, o.uuid)
    edited.topic = "改过的课题"
    edited.scores = {"教学目标": 11}  # above the maximum of 10
    with pytest.raises(ValidationError):
        record_ops.record_observation(store, edited, today=TODAY)
    assert snapshot(store) == before
    assert record_ops.get(store, LessonObservation, o.uuid).topic == "《桂花雨》"


def test_duplicate_semester_is_refused_with_a_message(world):
    store = world.store
    before = snapshot(store)
    duplicate = Semester(school_year=2026, term=Term.FIRST, start=date(2026, 9, 1),
                         end=date(2027, 1, 31))
    with pytest.raises(ValidationError, match="already in the calendar"):
        record_ops.save(store, duplicate, today=TODAY)
    assert snapshot(store) == before  # not even the version counter moved


def test_failure_inside_a_use_case_rolls_back_every_write(world):
    store = world.store
    before = snapshot(store)
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction():
            record_ops.add_teacher(store, Teacher(school=store.school_uuid, name="新老师"),
                                   today=TODAY)
            store.execute("INSERT INTO meta (key, value) VALUES ('school', 'twice')")
    assert snapshot(store) == before


def test_saving_before_setup_is_refused(store):
    with pytest.raises(StoreError, match="has not been set up yet"):
        record_ops.save(store, School(name="某校"), today=TODAY)
    assert row_counts(store) == {t: 0 for t in TABLES}


def test_unknown_record_cannot_be_deleted_or_restored(world):
    ghost = new_uuid()
    with pytest.raises(StoreError, match=f"No Lesson observation with id {ghost}"):
        record_ops.delete(world.store, LessonObservation, ghost)
    with pytest.raises(StoreError, match=f"No Teacher with id {ghost}"):
        record_ops.restore(world.store, Teacher, ghost)


# -- one writer per record --------------------------------------------------------------------

def test_editing_another_schools_record_is_refused(world, zh):
    store = world.store
    theirs = world.foreign(Teacher(school=world.member, name="成员校老师"))
    before = snapshot(store)
    copy = record_ops.get(store, Teacher, theirs.uuid)
    copy.name = "被改的名字"
    with pytest.raises(StoreError) as info:
        record_ops.add_teacher(store, copy, today=TODAY)
    assert str(info.value) == \
        "This record belongs to another school and can only be changed there."
    assert info.value.render(zh) == "这条记录属于其他学校，只能由该校修改。"
    with pytest.raises(StoreError, match="belongs to another school"):
        record_ops.delete(store, Teacher, theirs.uuid)
    with pytest.raises(StoreError, match="belongs to another school"):
        record_ops.deactivate_teacher(store, theirs.uuid, today=TODAY)
    assert snapshot(store) == before
    assert record_ops.get(store, Teacher, theirs.uuid).name == "成员校老师"


def test_another_schools_observation_and_tombstone_are_untouchable(world):
    store = world.store
    theirs = world.foreign(world.observation(school=world.member, observer=world.chen,
                                             scores={}))
    theirs_deleted = world.foreign(world.observation(topic="已删", deleted=True, scores={}))
    before = snapshot(store)
    changed = record_ops.get(store, LessonObservation, theirs.uuid)
    changed.topic = "改"
    with pytest.raises(StoreError, match="belongs to another school"):
        record_ops.record_observation(store, changed, today=TODAY)
    with pytest.raises(StoreError, match="belongs to another school"):
        record_ops.restore(store, LessonObservation, theirs_deleted.uuid)
    assert snapshot(store) == before


# -- setting up -------------------------------------------------------------------------------

def test_init_lead_seeds_the_alliance(store):
    changes = setup_ops.init_lead(store, "实验小学教育联盟", "实验小学", today=TODAY)
    assert {k: len(v) for k, v in changes.created.items()} == {
        "School": 1, "Alliance": 1, "RubricTemplate": 1, "Semester": 3, "QuotaRule": len(DEFAULT_SPECS)}
    me = setup_ops.identity(store)
    assert (me.school.name, me.school.code, me.role) == ("实验小学", "S01", Role.LEAD)
    assert me.alliance.name == "实验小学教育联盟"
    assert me.alliance.lead_school == me.school.uuid
    assert me.school.alliance == me.alliance.uuid
    keys = [(s.school_year, s.term) for s in setup_ops.semesters(store)]
    assert keys == [(2025, Term.SECOND), (2026, Term.FIRST), (2026, Term.SECOND)]
    current = setup_ops.current_semester(store, TODAY)
    assert (current.start, current.end) == (date(2026, 9, 1), date(2027, 1, 31))
    assert len(compliance_ops.rules(store)) == len(DEFAULT_SPECS)
    rubric = repository(store, RubricTemplate).get(setup_ops.DEFAULT_RUBRIC_UUID)
    assert rubric.max_total == 100


def test_init_lead_twice_is_refused(lead_store, zh):
    before = snapshot(lead_store)
    with pytest.raises(StoreError) as info:
        setup_ops.init_lead(lead_store, "另一个联盟", "另一所学校", today=TODAY)
    assert str(info.value) == "This data folder is already set up for 实验小学."
    assert info.value.render(zh) == "此数据文件夹已设置为实验小学使用。"
    with pytest.raises(StoreError, match="already set up for 实验小学"):
        setup_ops.init_member(lead_store, "另一所学校", today=TODAY)
    assert snapshot(lead_store) == before


def test_init_lead_with_a_blank_name_writes_nothing(store):
    with pytest.raises(ValidationError) as info:
        setup_ops.init_lead(store, "   ", "实验小学", today=TODAY)
    assert [p.field for p in info.value.problems] == ["name"]
    assert not store.is_initialised
    assert row_counts(store) == {t: 0 for t in TABLES}


def test_init_member(store):
    changes = setup_ops.init_member(store, "城关小学", today=TODAY)
    assert {k: len(v) for k, v in changes.created.items()} == {"School": 1,
                                                               "RubricTemplate": 1}
    me = setup_ops.identity(store)
    assert (me.school.name, me.role, me.alliance) == ("城关小学", Role.MEMBER, None)
    assert me.school.owner_school == me.school.uuid
    assert repository(store, Semester).count() == 0
    assert repository(store, QuotaRule).count() == 0
    assert repository(store, Alliance).count() == 0
    # before the alliance's calendar and rules arrive, the defaults stand in
    assert len(compliance_ops.rules(store)) == len(DEFAULT_SPECS)
    semester = setup_ops.find_semester(store, "2026-1", TODAY)
    assert (semester.start, semester.end) == (date(2026, 9, 1), date(2027, 1, 31))
    # and it can record at once
    t = Teacher(school=me.school.uuid, name="城关老师")
    assert record_ops.add_teacher(store, t, today=TODAY).created == {"Teacher": [t.uuid]}


def test_find_semester_refuses_a_bad_key(lead_store):
    with pytest.raises(ValidationError, match="write it like 2026-1"):
        setup_ops.find_semester(lead_store, "2026-3")
    assert setup_ops.find_semester(lead_store, "2025-2").start == date(2026, 2, 1)


# -- status -----------------------------------------------------------------------------------

ZERO = {"teachers": 0, "observations": 0, "pairings": 0, "mentor_sessions": 0,
        "activities": 0}


def test_status_of_a_fresh_lead(lead_store):
    report = status_ops.status(lead_store)
    assert {"school", "role", "alliance", "counts"} <= set(report)
    assert (report["school"], report["role"], report["alliance"]) == (
        "实验小学", "lead", "实验小学教育联盟")
    assert report["counts"] == {"实验小学": ZERO}


def test_status_counts_live_records_by_owner_school(world):
    store = world.store
    # lead-owned: teachers 王 李 陈 (+1, then deleted), 1 pairing, 1 activity (+ below)
    extra = Teacher(school=world.lead, name="临时老师")
    record_ops.add_teacher(store, extra, today=TODAY)
    record_ops.delete(store, Teacher, extra.uuid)
    kept = world.observation()
    dropped = world.observation(topic="删掉的")
    record_ops.record_observation(store, kept, today=TODAY)
    record_ops.record_observation(store, dropped, today=TODAY)
    record_ops.delete(store, LessonObservation, dropped.uuid)
    record_ops.record_session(store, MentorSession(
        pairing=world.pairing.uuid, session_date=date(2026, 10, 9),
        kind=SessionKind.DISCUSSION), today=TODAY)
    # the member school's own records, as imported
    world.foreign(Teacher(school=world.member, name="成员校老师"))
    world.foreign(world.observation(school=world.member, observer=world.chen, scores={}))
    world.foreign(world.observation(topic="成员校删掉的", deleted=True, scores={}))
    world.foreign(Activity(host_school=world.member, type=ActivityType.OPEN_DAY,
                           title="开放日", activity_date=date(2026, 11, 5)))
    # a record from a school whose own record has not arrived yet
    ghost = new_uuid()
    stray = world.foreign(MentorPairing(mentor=world.chen, mentee=world.li,
                                        start=date(2026, 9, 1),
                                        status=PairingStatus.ACTIVE))
    store.execute("UPDATE pairing SET owner_school = ? WHERE uuid = ?", [ghost, stray.uuid])

    report = status_ops.status(store)
    assert report["school"] == "实验小学" and report["role"] == "lead"
    assert report["alliance"] == "实验小学教育联盟"
    assert report["counts"] == {
        "实验小学": {"teachers": 3, "observations": 1, "pairings": 1, "mentor_sessions": 1,
                 "activities": 1},
        "希望小学": {"teachers": 1, "observations": 1, "pairings": 0, "mentor_sessions": 0,
                 "activities": 1},
        ghost: {**ZERO, "pairings": 1},
    }


def test_status_of_a_member(store):
    setup_ops.init_member(store, "城关小学", today=TODAY)
    report = status_ops.status(store)
    assert (report["school"], report["role"], report["alliance"]) == ("城关小学", "member", None)
    assert report["counts"] == {"城关小学": ZERO}
