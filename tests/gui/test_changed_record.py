"""Saving a record that changed since its form opened (issue 14): two windows on one data
folder, each with its own Store over the same real database. An editor opened in the first;
the record saved meanwhile in the second; saving the first asks (查看改动 / 覆盖保存 / 取消)
and each choice does what it says. Without a change meanwhile nothing is asked.
"""

import dataclasses
import json

import pytest
from PySide6.QtCore import Qt

from jituan_desktop.domain.meetings import Meeting
from jituan_desktop.domain.plans import Plan
from jituan_desktop.domain.records import (Activity, LessonObservation, MentorPairing,
                                           MentorSession, Semester, Teacher)
from jituan_desktop.services import record_ops
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK


@pytest.fixture
def second_store(demo_store):
    """The other window's own connection to the same data folder."""
    other = Store.open(demo_store.data_dir, clock=CLOCK)
    yield other
    other.close()


@pytest.fixture
def windows(chinese, demo_store, second_store, context_for):
    return context_for(demo_store), context_for(second_store)


def own(store, cls):
    """A record of this school's (the demo is the lead's), that its editor can change."""
    return repository(store, cls).where("owner_school = ?", [store.school_uuid],
                                        order="id DESC")[0]


def editor_for(ctx, record):
    from jituan_desktop.gui.activities.activity_editor import ActivityEditor
    from jituan_desktop.gui.meetings.meeting_editor import MeetingEditor
    from jituan_desktop.gui.mentoring.pairing_editor import PairingEditor
    from jituan_desktop.gui.mentoring.session_editor import SessionEditor
    from jituan_desktop.gui.observations.observation_editor import ObservationEditor
    from jituan_desktop.gui.plans.plan_editor import PlanEditor
    from jituan_desktop.gui.settings.semesters_section import SemesterEditor
    from jituan_desktop.gui.teachers.teacher_editor import TeacherEditor
    if isinstance(record, MentorSession):
        pairing = record_ops.get(ctx.store, MentorPairing, record.pairing)
        return SessionEditor(ctx, pairing, record)
    editor = {LessonObservation: ObservationEditor, MentorPairing: PairingEditor,
              Activity: ActivityEditor, Plan: PlanEditor, Meeting: MeetingEditor,
              Teacher: TeacherEditor, Semester: SemesterEditor}[type(record)]
    return editor(ctx, record)


# Each kind, and a field the other window changes in it.
KINDS = [(LessonObservation, "topic"), (MentorSession, "topic"), (MentorPairing, "goals"),
         (Activity, "outcomes"), (Plan, "goals"), (Meeting, "discussion"),
         (Teacher, "phone")]


def open_editor(qtbot, ctx, record):
    editor = editor_for(ctx, record)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def change_elsewhere(store, record, field, value):
    """What the second window (or a jituan command) saves meanwhile."""
    changed = dataclasses.replace(record, **{field: value})
    record_ops.save(store, changed)
    return changed


def asked(qtbot, editor):
    editor.save()
    qtbot.waitUntil(lambda: editor.changed_dialog is not None
                    and editor.changed_dialog.isVisible(), timeout=10000)
    return editor.changed_dialog


@pytest.mark.parametrize("cls,field", KINDS, ids=[k.__name__ for k, _ in KINDS])
def test_every_editor_asks_and_shows_what_the_other_window_changed(qtbot, windows, demo_store,
                                                                    second_store, cls, field):
    first, _second = windows
    record = own(demo_store, cls)
    editor = open_editor(qtbot, first, record)
    change_elsewhere(second_store, record, field, "另一个窗口写的内容")
    dialog = asked(qtbot, editor)
    assert "这条记录在您打开后已被修改" in dialog.message.text()
    assert "这台电脑" in dialog.message.text()  # saved on this computer, by another window
    assert editor.isVisible() and not editor.saving
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.differences is not None, timeout=10000)
    rows = {d.field: d for d in dialog.differences}
    assert rows[field].stored == "另一个窗口写的内容"
    assert rows[field].form == (getattr(record, field) or "")
    assert dialog.table.isVisible() and dialog.table.rowCount() == len(dialog.differences)
    # 覆盖保存: the form is saved over it.
    with qtbot.waitSignal(editor.saved, timeout=10000):
        dialog.overwrite_button.click()
    stored = record_ops.get(second_store, cls, record.uuid)
    assert getattr(stored, field) == getattr(record, field)


def test_saving_over_keeps_the_other_version_as_history(qtbot, windows, demo_store,
                                                        second_store):
    first, _second = windows
    record = own(demo_store, LessonObservation)
    editor = open_editor(qtbot, first, record)
    editor.topic.setText("我在表单里改的课题")
    other = change_elsewhere(second_store, record, "suggestions", "另一个窗口的建议")
    dialog = asked(qtbot, editor)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        dialog.overwrite_button.click()
    stored = record_ops.get(demo_store, LessonObservation, record.uuid)
    assert stored.topic == "我在表单里改的课题"
    assert stored.suggestions == record.suggestions  # the form's, as the user chose
    versions = demo_store.query(
        "SELECT version, origin, based_on, row FROM record_version WHERE tbl = 'observation' "
        "AND uuid = ? ORDER BY version", [record.uuid])
    kept = [v for v in versions if v["version"] == other.version]
    assert kept and json.loads(kept[0]["row"])["suggestions"] == "另一个窗口的建议"
    latest = versions[-1]
    assert latest["version"] == stored.version
    assert json.loads(latest["based_on"]) == [[other.version, other.origin_installation]]


def test_cancel_keeps_the_form_and_the_other_change(qtbot, windows, demo_store, second_store):
    first, _second = windows
    record = own(demo_store, Teacher)
    editor = open_editor(qtbot, first, record)
    editor.phone.setText("13900000000")
    editor.mark_dirty()
    change_elsewhere(second_store, record, "title", "高级教师")
    dialog = asked(qtbot, editor)
    dialog.cancel_button.click()
    assert editor.isVisible() and editor.dirty
    assert editor.phone.text() == "13900000000"  # nothing typed is lost
    assert "这条记录在您打开后已被修改" in editor.general_error.text()
    stored = record_ops.get(demo_store, Teacher, record.uuid)
    assert stored.title == "高级教师" and stored.phone == record.phone
    # Asked again on the next save (nothing was decided); Enter is Cancel, never 覆盖保存.
    dialog = asked(qtbot, editor)
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.differences is not None, timeout=10000)
    qtbot.keyClick(dialog, Qt.Key_Return)
    assert not dialog.isVisible() and editor.isVisible()
    assert record_ops.get(demo_store, Teacher, record.uuid).phone == record.phone
    dialog = asked(qtbot, editor)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        dialog.overwrite_button.click()
    assert record_ops.get(demo_store, Teacher, record.uuid).phone == "13900000000"


def test_a_change_made_in_the_other_windows_editor_is_caught(qtbot, windows, demo_store):
    """Both windows' editors open on one pairing; the second saves first."""
    first, second = windows
    record = own(demo_store, MentorPairing)
    mine, theirs = open_editor(qtbot, first, record), open_editor(qtbot, second, record)
    theirs.goals.setPlainText("第二个窗口的目标")
    with qtbot.waitSignal(theirs.saved, timeout=10000):
        theirs.save()
    mine.goals.setPlainText("第一个窗口的目标")
    dialog = asked(qtbot, mine)
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.differences is not None, timeout=10000)
    goals = next(d for d in dialog.differences if d.field == "goals")
    assert (goals.stored, goals.form) == ("第二个窗口的目标", "第一个窗口的目标")
    assert dialog.table.item(0, 0).text() == goals.label
    with qtbot.waitSignal(mine.saved, timeout=10000):
        dialog.overwrite_button.click()
    assert record_ops.get(demo_store, MentorPairing, record.uuid).goals == "第一个窗口的目标"


def test_without_a_change_meanwhile_nothing_is_asked(qtbot, windows, demo_store, second_store):
    first, _second = windows
    record = own(demo_store, Activity)
    editor = open_editor(qtbot, first, record)
    editor.outcomes.setPlainText("成果写在这里")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    assert editor.changed_dialog is None
    assert record_ops.get(second_store, Activity, record.uuid).outcomes == "成果写在这里"
    # The same form saved twice in a row bases the second save on the first.
    again = open_editor(qtbot, first, editor.record)
    again.outcomes.setPlainText("又改了一次")
    with qtbot.waitSignal(again.saved, timeout=10000):
        again.save()
    assert again.changed_dialog is None


def test_settings_editors_ask_too(qtbot, windows, demo_store, second_store):
    first, _second = windows
    record = own(demo_store, Semester)
    editor = open_editor(qtbot, first, record)
    change_elsewhere(second_store, record, "end", record.end.replace(day=record.end.day - 1))
    dialog = asked(qtbot, editor)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        dialog.overwrite_button.click()
    assert record_ops.get(demo_store, Semester, record.uuid).end == record.end
