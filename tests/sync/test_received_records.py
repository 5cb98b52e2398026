"""The adversarial catalogue of issue 13, item 1: records inside a validly signed bundle that a
hostile or careless member school could send, each refused whole, before anything is written,
with a Chinese message naming the record, the field and the reason (docs/sync.md §5a).

Most bundles here are made the way the issue's reviewer made them: 城关小学's laptop (m1)
writes through the app, then edits its own database with one SQL statement and exports; the
lead (which holds what m1 and 南街小学 sent before) imports it. The others are m1's real bundle
with one line changed and signed again with m1's own key. After every refusal the receiving
database's dump is the same as before, line for line, but for the history of received files,
which gains the refusal.
"""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from jituan_desktop import i18n
from jituan_desktop.domain.meetings import Meeting, MeetingKind
from jituan_desktop.domain.messages import ValidationError
from jituan_desktop.domain.plans import Plan, PlanScope
from jituan_desktop.domain.records import LessonObservation, RubricTemplate, Teacher
from jituan_desktop.domain.submissions import Submission, SubmissionKind
from jituan_desktop.services import record_ops
from jituan_desktop.storage.merge import MAX_INT, SEED_ORIGIN
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import exporting, importing
from jituan_desktop.sync.received_checks import RECORD_REFUSED
from jituan_desktop.sync.results import ACCEPTED, REFUSED

from conftest import TODAY
from suite_clock import CLOCK
from test_import_refusals import (Alliance, alliance, chinese, jsonl, records,  # noqa: F401
                                  receiver, refuse, resigned)


# ------------------------------------------------------------------------------- checking

def dump(store: Store) -> list[str]:
    """The database as SQL, every line but those of the history of received files."""
    return [line for line in store.db.conn.iterdump() if "sync_bundle" not in line]


def refused(store: Store, path: Path, *names: str) -> str:
    """Import ``path`` into ``store``: refused for one record, the database dump unchanged;
    the Chinese message names the file, the record and the field (``names``: the words it
    must hold besides). Returns the message."""
    before = dump(store)
    result = refuse(store, path, RECORD_REFUSED)  # the digests, attachments and history too
    assert dump(store) == before, f"{path.name}: the database changed"
    message = result.reason.render(i18n.translate)
    assert "被拒绝" in message and "本次没有导入任何内容" in message, message
    for name in names:
        assert name in message, f"{name!r} not in {message}"
    return message


@pytest.fixture
def m1(alliance, tmp_path):
    """A fresh copy of 城关小学's laptop after it took the lead's bundle (closed at the end)."""
    opened = []

    def open_copy() -> Store:
        target = tmp_path / f"m1_{len(opened)}"
        shutil.copytree(alliance.folders["m1"], target)
        store = Store.open(target, clock=CLOCK)
        opened.append(store)
        return store

    yield open_copy
    for store in opened:
        store.close()


def export(store: Store, tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    out.mkdir()
    return exporting.export_bundle(store, out).path


def sql(store: Store, statement: str, params=()) -> None:
    """The member editing its own database behind the app's back."""
    with store.transaction():
        store.execute(statement, list(params))


def own_teachers(store: Store) -> list[Teacher]:
    return repository(store, Teacher).where("owner_school = ?", [store.school_uuid])


def their_teacher(store: Store, alliance: Alliance) -> Teacher:
    return repository(store, Teacher).where("owner_school = ?", [alliance.schools["m2"]])[0]


def own_observation(store: Store) -> LessonObservation:
    return repository(store, LessonObservation).where("owner_school = ? AND scores != '{}'",
                                                      [store.school_uuid])[0]


def edited_observation(store: Store, **sql_values) -> LessonObservation:
    """A new version of one of m1's scored observations (through the app), then its row
    changed by SQL: the version m1's next bundle carries."""
    observation = own_observation(store)
    record_ops.save(store, replace(observation, topic="改过的课题"), today=TODAY)
    if sql_values:
        sets = ", ".join(f"{column} = ?" for column in sql_values)
        sql(store, f"UPDATE observation SET {sets} WHERE uuid = ?",
            [*sql_values.values(), observation.uuid])
    return observation


# -------------------------------------------------------------------- the version counter

def test_a_counter_pushed_near_the_end_is_refused_by_the_lead(alliance, receiver, m1, tmp_path):
    """m1 sets its counter just under 2**53 and saves: the lead refuses the bundle (so it is
    never relayed), and the lead's next bundle is still taken by every member."""
    member = m1()
    sql(member, "UPDATE meta SET value = ? WHERE key = 'version_counter'", [str(MAX_INT - 10)])
    teacher = Teacher(school=member.school_uuid, name="计数器")
    record_ops.save(member, teacher, today=TODAY)
    assert record_ops.get(member, Teacher, teacher.uuid).version == MAX_INT - 9
    bad = export(member, tmp_path, "near_end")
    lead = receiver("lead_merged")
    refused(lead, bad, "计数器", teacher.uuid, "版本号", str(MAX_INT - 9))
    assert lead.counter < 10_000_000

    # Nobody is stuck: the lead still saves and sends; both members take its bundle, the one
    # with the pushed counter too.
    record_ops.save(lead, Teacher(school=lead.school_uuid, name="牵头校新老师"), today=TODAY)
    lead_bundle = export(lead, tmp_path, "lead_after")
    assert importing.import_file(receiver("m2"), lead_bundle).status == ACCEPTED
    assert importing.import_file(member, lead_bundle).status == ACCEPTED


# ------------------------------------------------------------------------------- origins

def _with_origin(alliance, tmp_path, name: str, origin: str) -> Path:
    """m1's bundle with one more teacher of its own, said to be written by ``origin``."""
    def change(manifest, entries):
        rows = records(entries["records/teacher.jsonl"])
        rows.append(dict(rows[-1], uuid=str(uuid.uuid4()), name="来源不明",
                         origin_installation=origin, version=rows[-1]["version"] + 1))
        entries["records/teacher.jsonl"] = jsonl(rows)
    return resigned(alliance, tmp_path, name, change)


@pytest.mark.parametrize("who", ["m2", "lead", "stranger", "seed"])
def test_a_version_written_by_another_installation(alliance, receiver, tmp_path, who):
    """Another school's laptop, the lead's, one nobody knows, or the seed origin: a member's
    bundle carries only what its own laptop wrote."""
    origin = {"stranger": str(uuid.uuid4()), "seed": SEED_ORIGIN}.get(
        who, alliance.installations.get(who))
    bad = _with_origin(alliance, tmp_path, f"origin_{who}.jtb", origin)
    message = refused(receiver("lead_base"), bad, "来源不明", "写入的安装")
    assert (origin in message) or who == "seed"


def test_a_seed_rubric_from_a_member(alliance, receiver, tmp_path):
    """The alliance's default rubric, relabelled as m1's with origin seed: refused, and the
    lead's rubric keeps its owner (the lead can still edit it)."""
    lead = receiver("lead_merged")
    rubric = repository(lead, RubricTemplate).where()[0]
    row = {k: v for k, v in lead.query("SELECT * FROM rubric_template WHERE uuid = ?",
                                       [rubric.uuid])[0].items() if k != "id"}

    def change(manifest, entries):
        entries["records/rubric_template.jsonl"] = jsonl([dict(
            row, owner_school=alliance.schools["m1"], origin_installation=SEED_ORIGIN,
            version=row["version"] + 1, based_on=[], name="被冒领的评课表")])

    bad = resigned(alliance, tmp_path, "seed_rubric.jtb", change)
    refused(lead, bad, "被冒领的评课表", "seed")
    assert repository(lead, RubricTemplate).get(rubric.uuid).owner_school == rubric.owner_school


# ------------------------------------------------------------------ content of observations

@pytest.mark.parametrize("value,reason", [("not a date", "无法读取"),
                                          ("2999-01-01", "不能晚于今天")])
def test_a_lesson_date_that_is_not_a_lesson_date(alliance, receiver, m1, tmp_path, value,
                                                   reason):
    member = m1()
    observation = edited_observation(member, lesson_date=value)
    bad = export(member, tmp_path, "lesson_date")
    refused(receiver("lead_merged"), bad, observation.uuid, "改过的课题", "授课日期", reason)


def test_a_lesson_a_few_days_ahead_is_accepted(alliance, receiver, m1, tmp_path):
    """A sender whose clock runs a few days ahead (CLOCK_TOLERANCE, seven days)."""
    member = m1()
    edited_observation(member, lesson_date=date.fromordinal(TODAY.toordinal() + 3).isoformat())
    assert importing.import_file(receiver("lead_merged"),
                                 export(member, tmp_path, "ahead")).status == ACCEPTED


def test_scores_that_are_not_json(alliance, receiver, m1, tmp_path):
    member = m1()
    observation = edited_observation(member, scores="{教学目标: 9")
    refused(receiver("lead_merged"), export(member, tmp_path, "scores"), observation.uuid,
            "评分", "无法读取")


def test_a_score_above_the_rubric(alliance, receiver, m1, tmp_path):
    member = m1()
    observation = own_observation(member)
    item = next(iter(observation.scores))
    observation = edited_observation(member, scores=json.dumps({item: 1000},
                                                               ensure_ascii=False))
    refused(receiver("lead_merged"), export(member, tmp_path, "score_high"), observation.uuid,
            "评分", item)


def test_a_total_that_disagrees_with_the_scores(alliance, receiver, m1, tmp_path):
    member = m1()
    observation = edited_observation(member)
    sql(member, "UPDATE observation SET total = total + 10 WHERE uuid = ?", [observation.uuid])
    refused(receiver("lead_merged"), export(member, tmp_path, "total"), observation.uuid,
            "total", "不符")


def test_an_id_that_is_not_a_uuid(alliance, receiver, m1, tmp_path):
    """The record's own id (m1's database edited)."""
    member = m1()
    observation = edited_observation(member)
    for table in ("observation", "record_version"):
        sql(member, f"UPDATE {table} SET uuid = 'obs-1' WHERE uuid = ?", [observation.uuid])
    refused(receiver("lead_merged"), export(member, tmp_path, "not_uuid"), "obs-1", "编号",
            "UUID")


def test_a_reference_that_is_not_a_uuid(alliance, receiver, tmp_path):
    """An observer that is not an id (m1's bundle edited and signed again)."""
    def change(manifest, entries):
        rows = records(entries["records/observation.jsonl"])
        rows[-1] = dict(rows[-1], observer="x' OR 1=1")
        entries["records/observation.jsonl"] = jsonl(rows)
        change.uuid = rows[-1]["uuid"]

    bad = resigned(alliance, tmp_path, "observer_not_uuid.jtb", change)
    refused(receiver("lead_base"), bad, change.uuid, "听课人", "UUID")


# ------------------------------------------------------------- counting for another school

def test_an_observation_by_another_schools_teacher_is_refused(alliance, receiver, m1,
                                                               tmp_path):
    """m1 records that one of 南街小学's teachers observed a lesson: it would count towards
    that teacher's quota. Refused at the lead; 南街小学's standing does not move."""
    member = m1()
    observation = edited_observation(member)
    sql(member, "UPDATE observation SET observer = ? WHERE uuid = ?",
        [their_teacher(member, alliance).uuid, observation.uuid])
    refused(receiver("lead_merged"), export(member, tmp_path, "their_observer"),
            observation.uuid, "听课人", "其他学校")


def test_the_app_refuses_to_save_another_schools_observer(alliance, m1):
    """The same rule in the app's own save, with a Chinese message; observing another
    school's teacher (跨校听课) stays allowed."""
    member = m1()
    observation = own_observation(member)
    theirs = their_teacher(member, alliance)
    before = dump(member)
    with pytest.raises(ValidationError) as refusal:
        record_ops.save(member, replace(observation, observer=theirs.uuid), today=TODAY)
    message = refusal.value.render(i18n.translate)
    assert "听课人是其他学校的教师" in message, message
    assert dump(member) == before
    ours = [t for t in own_teachers(member) if t.uuid != observation.observer][0]
    visit = replace(observation, uuid=str(uuid.uuid4()), version=0, observer=ours.uuid,
                    teacher=theirs.uuid, school=theirs.school)
    record_ops.save(member, visit, today=TODAY)
    assert record_ops.get(member, LessonObservation, visit.uuid).teacher == theirs.uuid


def test_a_pairing_of_another_schools_mentee_is_refused(alliance, m1):
    from jituan_desktop.domain.records import MentorPairing
    member = m1()
    theirs = their_teacher(member, alliance)
    mentor = own_teachers(member)[0]
    with pytest.raises(ValidationError) as refusal:
        record_ops.save(member, MentorPairing(mentor=mentor.uuid, mentee=theirs.uuid,
                                              start=TODAY), today=TODAY)
    assert "徒弟是其他学校的教师" in refusal.value.render(i18n.translate)


# --------------------------------------------------------------- plans, meetings, reports

def test_a_bad_plan(alliance, receiver, m1, tmp_path):
    member = m1()
    plan = Plan(scope=PlanScope.SCHOOL, school=member.school_uuid, school_year=2026,
                title="城关小学工作计划")
    record_ops.save(member, plan, today=TODAY)
    sql(member, "UPDATE plan SET school_year = 2999 WHERE uuid = ?", [plan.uuid])
    refused(receiver("lead_merged"), export(member, tmp_path, "plan"), plan.uuid,
            "城关小学工作计划", "学年")


def joint_meeting(member: Store, alliance: Alliance, title: str) -> Meeting:
    return Meeting(kind=MeetingKind.JOINT, title=title, meeting_date=TODAY,
                   host_school=member.school_uuid, schools=[alliance.schools["m2"]],
                   attendees=[own_teachers(member)[0].uuid])


def test_a_meeting_hosted_by_another_school(alliance, receiver, m1, tmp_path):
    member = m1()
    meeting = joint_meeting(member, alliance, "联合教研会")
    record_ops.save(member, meeting, today=TODAY)
    sql(member, "UPDATE meeting SET host_school = ?, schools = ? WHERE uuid = ?",
        [alliance.schools["m2"], json.dumps([member.school_uuid]), meeting.uuid])
    refused(receiver("lead_merged"), export(member, tmp_path, "meeting"), meeting.uuid,
            "联合教研会", "其他学校")


def test_a_meeting_in_the_year_2999(alliance, receiver, m1, tmp_path):
    member = m1()
    meeting = joint_meeting(member, alliance, "遥远的会议")
    record_ops.save(member, meeting, today=TODAY)
    sql(member, "UPDATE meeting SET meeting_date = '2999-01-01' WHERE uuid = ?", [meeting.uuid])
    refused(receiver("lead_merged"), export(member, tmp_path, "meeting_2999"), meeting.uuid,
            "遥远的会议", "会议日期")


def test_a_submission_sent_in_the_future(alliance, receiver, m1, tmp_path):
    member = m1()
    report = Submission(school=member.school_uuid, kind=SubmissionKind.ANNUAL, year=2026,
                        title="年度结对帮扶总结", generated_on=TODAY, sent_on=TODAY,
                        recipient="县教育局")
    record_ops.save(member, report, today=TODAY)
    sql(member, "UPDATE submission SET sent_on = '2999-01-01' WHERE uuid = ?", [report.uuid])
    refused(receiver("lead_merged"), export(member, tmp_path, "submission"), report.uuid,
            "年度结对帮扶总结", "报送日期")


def test_a_tombstone_needs_only_its_metadata(alliance, receiver, m1, tmp_path):
    """A deleted record whose content is no longer valid (a date since made bad) travels."""
    member = m1()
    observation = own_observation(member)
    record_ops.delete(member, LessonObservation, observation.uuid)
    sql(member, "UPDATE observation SET lesson_date = '2999-01-01' WHERE uuid = ?",
        [observation.uuid])
    result = importing.import_file(receiver("lead_merged"), export(member, tmp_path, "tomb"))
    assert result.status == ACCEPTED, result.reason and result.reason.render()


def test_an_untouched_bundle_is_still_accepted(alliance, receiver, m1, tmp_path):
    """The checks refuse only what is wrong: m1's ordinary edits pass."""
    member = m1()
    edited_observation(member)
    result = importing.import_file(receiver("lead_merged"), export(member, tmp_path, "fine"))
    assert result.status == ACCEPTED and result.added == 1, result.reason and \
        result.reason.render()
    assert REFUSED != result.status
