"""The 联盟活动 editor: each kind keeps its own fields, refusals keep the form, edits save."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from activities_helpers import load, make_page, new_editor, on_db, open_row, rows, save, settled
from jituan_desktop.domain.enums import ActivityType, Mode, ParticipantRole
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.validation import MAX_FUTURE_PLANNING
from jituan_desktop.services import query_ops


def own_teachers(ctx, n):
    mine = ctx.directory.my_school
    return [t for t in ctx.directory.teachers if t.school == mine and t.active][:n]


def other_school(ctx):
    return next(s for s in ctx.directory.schools if s.uuid != ctx.directory.my_school)


def tick(editor, school_uuid):
    for i in range(editor.schools.count()):
        item = editor.schools.item(i)
        if item.data(Qt.UserRole) == school_uuid:
            item.setCheckState(Qt.Checked)


def add_participant(editor, teacher_uuid, role):
    editor.participants.add_button.click()
    row = editor.participants.table.rowCount() - 1
    editor.participants.teacher_combo(row).set_uuid(teacher_uuid)
    editor.participants.role_combo(row).set_value(role)


def fill_common(editor, title):
    editor.title.setText(title)
    editor.activity_date.set_value(date(2026, 11, 20))
    editor.start_time.setText("14:00")
    editor.end_time.setText("16:30")
    editor.place.setText("实验小学录播室")
    editor.mode.set_value(Mode.ONSITE)
    editor.agenda.setPlainText("一、主备人说课\n二、集体研讨")
    editor.notes.setPlainText("与会教师逐一发言。")
    editor.outcomes.setPlainText("形成修改后的教案。")


def test_new_collective_preparation_saves_its_own_fields(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    settled(qtbot, page)
    editor = new_editor(qtbot, page)
    d = demo_ctx.directory
    # Defaults: today, my school hosting, and 集体备课's fields on show.
    assert editor.activity_date.value() == demo_ctx.today()
    assert editor.host_school.uuid() == d.my_school
    assert editor.type.value() == ActivityType.COLLECTIVE_PREP
    assert editor.type_fields.lead_preparer.isVisibleTo(editor)
    assert not editor.type_fields.sending_school.isVisibleTo(editor)
    host_item = next(editor.schools.item(i) for i in range(editor.schools.count())
                     if editor.schools.item(i).data(Qt.UserRole) == d.my_school)
    assert host_item.isHidden()  # the host is not offered as a participating school

    fill_common(editor, "四年级语文集体备课：《观潮》")
    partner = other_school(demo_ctx)
    tick(editor, partner.uuid)
    lead, observer = own_teachers(demo_ctx, 2)
    add_participant(editor, lead.uuid, ParticipantRole.LEAD_PREPARER)
    add_participant(editor, observer.uuid, ParticipantRole.OBSERVING)
    add_participant(editor, lead.uuid, ParticipantRole.SPEAKER)  # one teacher, two roles
    editor.count_button.click()
    assert editor.teachers_reached.value() == 2  # each teacher once
    editor.students_reached.setValue(0)
    editor.type_fields.lead_preparer.setText(lead.name)
    editor.type_fields.unit.setText("四年级上册第一单元《观潮》")
    editor.type_fields.key_points.setPlainText("朗读指导；品析动词")

    saved = save(qtbot, editor)
    stored = load(qtbot, demo_ctx, saved.uuid)
    assert stored.type is ActivityType.COLLECTIVE_PREP
    assert stored.title == "四年级语文集体备课：《观潮》"
    assert (stored.activity_date, stored.start_time, stored.end_time) == (
        date(2026, 11, 20), "14:00", "16:30")
    assert stored.host_school == d.my_school and stored.schools == [partner.uuid]
    assert [(p.teacher, p.role) for p in stored.participants] == [
        (lead.uuid, ParticipantRole.LEAD_PREPARER), (observer.uuid, ParticipantRole.OBSERVING),
        (lead.uuid, ParticipantRole.SPEAKER)]
    assert stored.teachers_reached == 2
    assert stored.extra == {"lead_preparer": lead.name, "unit": "四年级上册第一单元《观潮》",
                            "key_points": "朗读指导；品析动词"}
    assert stored.outcomes == "形成修改后的教案。"
    # The list shows it (it is in the current semester).
    qtbot.waitUntil(lambda: saved.uuid in {r["uuid"] for r in rows(page)}, timeout=10000)


def test_new_rotation_saves_rotation_fields_only(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    editor = new_editor(qtbot, page)
    # Typed while the form still showed 集体备课, then the type changed: not saved.
    editor.type_fields.lead_preparer.setText("张三")
    editor.type.set_value(ActivityType.ROTATION)
    tf = editor.type_fields
    assert not tf.lead_preparer.isVisibleTo(editor)
    assert all(w.isVisibleTo(editor) for w in (tf.sending_school, tf.receiving_school,
                                               tf.subject, tf.dates_from))
    fill_common(editor, "城乡教师轮岗交流")
    partner = other_school(demo_ctx)
    my_name = demo_ctx.directory.school_name(demo_ctx.directory.my_school)
    tf.sending_school.setCurrentText(my_name)
    tf.receiving_school.setCurrentText(partner.name)
    tf.subject.setCurrentText("数学")
    tf.dates_from.set_value(date(2026, 9, 1))
    tf.dates_to.set_value(date(2027, 1, 20))
    (teacher,) = own_teachers(demo_ctx, 1)
    add_participant(editor, teacher.uuid, ParticipantRole.TEACHING)

    stored = load(qtbot, demo_ctx, save(qtbot, editor).uuid)
    assert stored.type is ActivityType.ROTATION
    assert stored.extra == {"sending_school": my_name, "receiving_school": partner.name,
                            "subject": "数学", "dates": "2026-09-01至2027-01-20"}

    # Opened again, the rotation fields come back as saved.
    page.search.setText("城乡教师轮岗交流")
    page.semester_filter.setCurrentIndex(page.semester_filter.findData(None))
    settled(qtbot, page)
    index = next(i for i, r in enumerate(rows(page)) if r["uuid"] == stored.uuid)
    again = open_row(qtbot, page, index)
    assert again.type_fields.receiving_school.currentText() == partner.name
    assert again.type_fields.dates_to.value() == date(2027, 1, 20)
    assert again.type_fields.values() == stored.extra
    assert not again.read_only


def activity_count(qtbot, ctx):
    return on_db(qtbot, ctx, lambda store: query_ops.count(store, "activity", ListQuery()))


@pytest.mark.parametrize("case", ["no title", "ends before it starts", "not a time",
                                  "too far ahead", "listed twice"])
def test_refusals_show_next_to_the_field_and_keep_the_form(qtbot, demo_ctx, case):
    page = make_page(qtbot, demo_ctx)
    before = activity_count(qtbot, demo_ctx)
    editor = new_editor(qtbot, page)
    fill_common(editor, "联盟教研活动")
    (teacher,) = own_teachers(demo_ctx, 1)
    add_participant(editor, teacher.uuid, ParticipantRole.SPEAKER)
    field, words = {
        "no title": ("title", "活动主题"),
        "ends before it starts": ("end_time", ""),
        "not a time": ("start_time", "14:30"),
        "too far ahead": ("activity_date", "活动日期"),
        "listed twice": ("participants", ""),
    }[case]
    if case == "no title":
        editor.title.setText("  ")
    elif case == "ends before it starts":
        editor.end_time.setText("13:00")
    elif case == "not a time":
        editor.start_time.setText("25:00")
    elif case == "too far ahead":
        editor.activity_date.set_value(demo_ctx.today() + MAX_FUTURE_PLANNING
                                       + timedelta(days=1))
    else:
        add_participant(editor, teacher.uuid, ParticipantRole.SPEAKER)
    typed = (editor.title.text(), editor.place.text(), editor.agenda.toPlainText(),
             editor.participants.table.rowCount(), editor.start_time.text())

    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: field in editor.errors.messages(), timeout=10000)
    message = editor.errors.messages()[field]
    assert words in message and message.strip()
    assert not any("a" <= ch <= "z" for ch in message.replace("14:30", ""))  # Chinese, no English
    assert editor.isVisible() and not editor.saving
    assert typed == (editor.title.text(), editor.place.text(), editor.agenda.toPlainText(),
                     editor.participants.table.rowCount(), editor.start_time.text())
    assert activity_count(qtbot, demo_ctx) == before


def test_refusal_then_correction_saves(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    editor = new_editor(qtbot, page)
    fill_common(editor, "")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "title" in editor.errors.messages(), timeout=10000)
    editor.title.setText("改正后保存")
    stored = load(qtbot, demo_ctx, save(qtbot, editor).uuid)
    assert stored.title == "改正后保存" and stored.place == "实验小学录播室"


def test_edit_changes_what_was_edited_and_keeps_the_rest(qtbot, demo_ctx, tmp_path):
    page = make_page(qtbot, demo_ctx)
    mine = demo_ctx.directory.my_school
    page.semester_filter.setCurrentIndex(page.semester_filter.findData(None))
    page.school_filter.setCurrentIndex(page.school_filter.findData(mine))
    settled(qtbot, page)
    index = next(i for i, r in enumerate(rows(page)) if r["owner_school"] == mine)
    original = load(qtbot, demo_ctx, page.model.row(index)["uuid"])
    editor = open_row(qtbot, page, index)
    assert not editor.read_only and not editor.dirty
    assert editor.participants.participants() == original.participants

    editor.title.setText(original.title + "（修订）")
    editor.students_reached.setValue(original.students_reached + 40)
    photo = tmp_path / "签到表.png"
    image = QImage(40, 30, QImage.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(photo))
    editor.attachments.add_file(photo, photo=True)
    qtbot.waitUntil(lambda: len(editor.attachments.attachments())
                    == len(original.attachments) + 1, timeout=10000)
    assert editor.dirty
    save(qtbot, editor)

    stored = load(qtbot, demo_ctx, original.uuid)
    assert stored.title == original.title + "（修订）"
    assert stored.students_reached == original.students_reached + 40
    assert stored.attachments[-1].name == "签到表.png"
    for unchanged in ("type", "activity_date", "start_time", "end_time", "place", "mode",
                      "host_school", "schools", "participants", "teachers_reached", "agenda",
                      "notes", "outcomes", "extra"):
        assert getattr(stored, unchanged) == getattr(original, unchanged), unchanged


def test_teachers_reached_follows_the_participants_until_a_number_is_typed(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    settled(qtbot, page)
    editor = new_editor(qtbot, page)
    first, second = own_teachers(demo_ctx, 2)
    add_participant(editor, first.uuid, ParticipantRole.SPEAKER)
    assert editor.teachers_reached.value() == 1
    add_participant(editor, second.uuid, ParticipantRole.OBSERVING)
    assert editor.teachers_reached.value() == 2
    editor.teachers_reached.setValue(45)  # everyone in the hall, not only those named
    add_participant(editor, second.uuid, ParticipantRole.RECORDING)
    assert editor.teachers_reached.value() == 45
    editor.count_button.click()  # asked for explicitly, it counts again
    assert editor.teachers_reached.value() == 2
