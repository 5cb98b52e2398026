"""A record changed between reading it and saving it is not overwritten unseen (issue 14):
two stores on one data folder, as two windows (or the app and a jituan command) have."""

import dataclasses
from datetime import date

import pytest

from jituan_desktop.domain.records import LessonObservation, Teacher
from jituan_desktop.domain.submissions import SubmissionKind
from jituan_desktop.reports import submission_files
from jituan_desktop.services import record_ops, submission_ops
from jituan_desktop.services.edit_conflicts import RecordChanged, differences, rebased
from jituan_desktop.domain.messages import ValidationError
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK
from submission_world import TODAY, SubmissionWorld


@pytest.fixture
def other(lead_store):
    """A second connection to the lead's data folder (another window, a jituan command)."""
    s = Store.open(lead_store.data_dir, clock=CLOCK)
    yield s
    s.close()


@pytest.fixture
def lesson(lead_store):
    school = lead_store.school_uuid
    a, b = Teacher(school=school, name="王老师"), Teacher(school=school, name="李老师")
    for t in (a, b):
        record_ops.add_teacher(lead_store, t, today=TODAY)
    o = LessonObservation(school=school, observer=a.uuid, teacher=b.uuid,
                          lesson_date=date(2026, 10, 9), subject="语文", topic="秋天的雨")
    record_ops.record_observation(lead_store, o, today=TODAY)
    return o


def test_a_save_over_a_version_saved_meanwhile_is_refused_and_writes_nothing(
        lead_store, other, lesson, zh):
    opened = record_ops.get(lead_store, LessonObservation, lesson.uuid)
    theirs = dataclasses.replace(opened, topic="秋天的雨（第二课时）")
    record_ops.save(other, theirs, today=TODAY)
    mine = dataclasses.replace(opened, suggestions="多给学生朗读的时间")
    with pytest.raises(RecordChanged) as refused:
        record_ops.save(lead_store, mine, today=TODAY)
    text = refused.value.render(zh)
    assert text.startswith("这条记录在您打开后已被修改（2026年11月25日")
    assert "这台电脑" in text and refused.value.here
    assert refused.value.current.version == theirs.version
    stored = record_ops.get(lead_store, LessonObservation, lesson.uuid)
    assert (stored.topic, stored.suggestions) == ("秋天的雨（第二课时）", "")
    # Saved over it once the user chose to: the form's values, a version after theirs.
    record_ops.save(lead_store, rebased(mine, refused.value.current), today=TODAY)
    stored = record_ops.get(other, LessonObservation, lesson.uuid)
    assert (stored.topic, stored.suggestions) == ("秋天的雨", "多给学生朗读的时间")
    assert stored.version > theirs.version


def test_a_version_received_from_another_computer_is_said_as_such(lead_store, lesson, zh):
    opened = record_ops.get(lead_store, LessonObservation, lesson.uuid)
    received = dataclasses.replace(opened, topic="另一台电脑改的", version=opened.version + 50,
                                   origin_installation="another-laptop-of-this-school",
                                   updated_at="2026-11-24T06:30:00+00:00")
    repository(lead_store, LessonObservation).put(received)  # as a merged bundle writes it
    with pytest.raises(RecordChanged) as refused:
        record_ops.save(lead_store, opened, today=TODAY)
    assert not refused.value.here
    assert "本校另一台电脑" in refused.value.render(zh)


def test_the_differences_are_written_for_people(lead_store, other, lesson, zh):
    opened = record_ops.get(lead_store, LessonObservation, lesson.uuid)
    someone = Teacher(school=lead_store.school_uuid, name="赵老师")
    record_ops.add_teacher(other, someone, today=TODAY)
    theirs = dataclasses.replace(opened, observer=someone.uuid, lesson_date=date(2026, 10, 10))
    record_ops.save(other, theirs, today=TODAY)
    stored = record_ops.get(lead_store, LessonObservation, lesson.uuid)
    found = {d.field: d for d in differences(lead_store, stored, opened, zh)}
    assert set(found) == {"observer", "lesson_date"}  # never the version stamps
    assert (found["observer"].stored, found["observer"].form) == ("赵老师", "王老师")
    assert (found["lesson_date"].stored, found["lesson_date"].form) == (
        "2026年10月10日", "2026年10月9日")
    assert found["observer"].label == "听课人"


def test_a_record_built_anew_for_a_known_id_is_not_refused(lead_store, lesson):
    """Callers that build a record (no version read) keep writing as before."""
    fresh = dataclasses.replace(lesson, version=0, origin_installation="", topic="新写的")
    record_ops.save(lead_store, fresh, today=TODAY)
    assert record_ops.get(lead_store, LessonObservation, lesson.uuid).topic == "新写的"


def test_a_report_marked_sent_in_one_window_is_not_marked_again_in_the_other(store, zh):
    """Reports sent (报送) are changed by use cases that read and write in one transaction:
    the second window is refused with what was recorded, never overwrites it."""
    world = SubmissionWorld(store)
    world.quarter_of_meetings()
    period = submission_ops.ReportPeriod(world.lead, SubmissionKind.QUARTERLY, 2026, 3)
    submission_files.generate(store, period, today=TODAY)
    second = Store.open(store.data_dir, clock=CLOCK)
    try:
        submission_ops.mark_sent(second, period, sent_on=TODAY, recipient="县教育局",
                                 today=TODAY)
        with pytest.raises(ValidationError) as refused:
            submission_ops.mark_sent(store, period, sent_on=TODAY, recipient="教研室",
                                     today=TODAY)
    finally:
        second.close()
    assert "2026年11月25日" in refused.value.render(zh)  # when it was recorded as sent
    record = submission_ops.report_for(store, period)
    assert (record.sent_on, record.recipient) == (TODAY, "县教育局")
