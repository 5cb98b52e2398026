"""The 听课记录 editor over the small demo: create, edit, refusals, live total, read-only."""

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from jituan_desktop.domain.enums import Occasion
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.records import ProcessNote, RubricTemplate
from jituan_desktop.domain.rubric import grade_band, total_score
from jituan_desktop.gui.observations.observation_editor import ObservationEditor
from jituan_desktop.gui.qt_text import label_of
from jituan_desktop.services import query_ops, record_ops

from observations_helpers import TODAY, open_editor, open_page, select_row, stored


def teachers_of(ctx, school_name):
    school = next(s.uuid for s in ctx.directory.schools if s.name == school_name)
    return [t for t in ctx.directory.teachers if t.school == school and t.active]


def fill_new(editor, ctx, topic="《秋天的雨》"):
    teacher, observer = teachers_of(ctx, "实验小学")[:2]
    editor.teacher.set_uuid(teacher.uuid)
    editor.observer.set_uuid(observer.uuid)
    editor.topic.setText(topic)
    editor.subject.setEditText("语文")
    editor.grade_class.setText("三年级（2）班")
    return teacher, observer


def save(qtbot, editor):
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.buttons.button(QDialogButtonBox.Save).click()


def refused(qtbot, editor) -> dict:
    editor.buttons.button(QDialogButtonBox.Save).click()
    qtbot.waitUntil(lambda: not editor.saving and bool(editor.errors.messages()), timeout=5000)
    assert editor.isVisible() and editor.result() == 0
    return editor.errors.messages()


def validation(text: str) -> str:
    return QCoreApplication.translate("Validation", text)


def test_new_observation_has_sensible_defaults(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    editor = open_editor(qtbot, page)
    d = demo_ctx.directory
    assert editor.lesson_date.value() == TODAY
    assert editor.school.uuid() == d.my_school
    assert editor.observer.uuid() == d.last_observer
    assert editor.occasion.value() == Occasion.OPEN
    assert set(editor.rubric.boxes) == {i.name for i in d.rubrics[0].items}
    assert editor.windowTitle() == "听课记录"


def test_create_with_notes_scores_and_links(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    editor = open_editor(qtbot, page)
    teacher, observer = fill_new(editor, demo_ctx)
    assert editor.school.uuid() == teacher.school  # choosing the teacher sets the school
    editor.period.setValue(3)
    editor.notes.add_row()
    for column, text in enumerate(("08:10", "导入", "谈话导入，揭示课题。", "自然。")):
        editor.notes.table.item(0, column).setText(text)
    editor.notes.add_row()  # left empty: not saved
    for name, box in editor.rubric.boxes.items():
        box.setValue(box.maximum() - 1)
    editor.comments["strengths"].setPlainText("朗读指导扎实。")
    pairing = next(p for p in demo_ctx.directory.pairings if p.active)
    editor.links.pairing.set_uuid(pairing.uuid)
    activity = editor.links.activity.itemData(1, Qt.UserRole)
    editor.links.activity.setCurrentIndex(1)
    save(qtbot, editor)

    saved = stored(demo_ctx, editor.record.uuid)
    assert (saved.teacher, saved.observer, saved.topic, saved.period_no) == (
        teacher.uuid, observer.uuid, "《秋天的雨》", 3)
    assert saved.notes == [ProcessNote(time="08:10", stage="导入", process="谈话导入，揭示课题。",
                                       comment="自然。")]
    assert saved.scores == {n: b.maximum() - 1 for n, b in editor.rubric.boxes.items()}
    assert saved.total == total_score(saved.scores)
    assert (saved.pairing, saved.activity) == (pairing.uuid, activity)
    assert saved.owner_school == demo_ctx.directory.my_school
    assert saved.strengths == "朗读指导扎实。"
    # the list shows it
    found = query_ops.page(demo_ctx.store, "observation", ListQuery(text="秋天的雨"))
    assert saved.uuid in {r["uuid"] for r in found}


def test_edit_an_own_observation(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    mine = demo_ctx.directory.my_school
    row = select_row(page, lambda r: r["owner_school"] == mine)
    editor = open_editor(qtbot, page, row)
    before = stored(demo_ctx, row["uuid"])
    assert not editor.read_only and editor.topic.text() == before.topic
    assert editor.notes.notes() == before.notes
    assert editor.rubric.scores() == before.scores
    editor.topic.setText("改过的课题")
    editor.topic.textEdited.emit("改过的课题")
    assert editor.dirty
    save(qtbot, editor)
    after = stored(demo_ctx, row["uuid"])
    assert after.topic == "改过的课题"
    assert replace(after, topic=before.topic, version=before.version,
                   updated_at=before.updated_at, origin_installation=before.origin_installation,
                   rubric_version=before.rubric_version) == before


def test_future_date_and_missing_teacher_are_refused_next_to_their_fields(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    editor = open_editor(qtbot, page)
    fill_new(editor, demo_ctx)
    editor.teacher.set_uuid(None)
    editor.lesson_date.set_value(TODAY + timedelta(days=1))
    editor.comments["weaknesses"].setPlainText("提问面不广。")
    messages = refused(qtbot, editor)
    assert messages["lesson_date"] == validation("The lesson date cannot be later than today.")
    assert "授课人" in messages["teacher"]
    # the form keeps everything typed
    assert editor.topic.text() == "《秋天的雨》"
    assert editor.comments["weaknesses"].toPlainText() == "提问面不广。"
    assert editor.lesson_date.value() == TODAY + timedelta(days=1)

    editor.teacher.set_uuid(teachers_of(demo_ctx, "实验小学")[0].uuid)
    editor.lesson_date.set_value(TODAY)
    save(qtbot, editor)
    assert stored(demo_ctx, editor.record.uuid).weaknesses == "提问面不广。"


def test_observer_cannot_observe_their_own_lesson(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    editor = open_editor(qtbot, page)
    teacher, _ = fill_new(editor, demo_ctx)
    editor.observer.set_uuid(teacher.uuid)
    messages = refused(qtbot, editor)
    assert messages["observer"] == validation(
        "A teacher cannot record an observation of their own lesson.")


def test_score_boxes_stop_at_each_items_maximum(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    editor = open_editor(qtbot, page)
    items = {i.name: i.max_score for i in demo_ctx.directory.rubrics[0].items}
    box = editor.rubric.boxes["教学过程与方法"]
    assert box.maximum() == items["教学过程与方法"]
    box.lineEdit().selectAll()
    QTest.keyClicks(box, "30")
    box.interpretText()
    assert box.value() <= items["教学过程与方法"]


def test_score_over_a_changed_maximum_is_refused_next_to_the_rubric(qtbot, demo_ctx):
    """The rubric was lowered after the form opened: the save is refused by the domain and
    the message stands under the scores, which stay as typed."""
    page = open_page(qtbot, demo_ctx)
    editor = open_editor(qtbot, page)
    fill_new(editor, demo_ctx)
    editor.rubric.boxes["教学过程与方法"].setValue(24)
    template: RubricTemplate = demo_ctx.directory.rubrics[0]
    lowered = replace(template, items=[replace(i, max_score=20) if i.name == "教学过程与方法"
                                       else i for i in template.items])
    with qtbot.waitCallback(timeout=5000) as done:
        demo_ctx.run(lambda store: record_ops.save(store, lowered, today=TODAY), done)
    messages = refused(qtbot, editor)
    assert "20" in messages["scores"] and "教学过程与方法" in messages["scores"]
    assert editor.rubric.boxes["教学过程与方法"].value() == 24
    assert editor.topic.text() == "《秋天的雨》"


def test_total_and_band_follow_the_scores_as_they_change(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    editor = open_editor(qtbot, page)
    for values in ((0.9, 0.0), (0.8, 0.0), (0.6, 1.0), (0.3, 0.0)):
        share, bonus_share = values
        for name, box in editor.rubric.boxes.items():
            bonus = next(i.bonus for i in editor.rubric.template.items if i.name == name)
            box.setValue(round(box.maximum() * (bonus_share if bonus else share) * 2) / 2)
        total = total_score(editor.rubric.scores())
        assert f"{total:g}" in editor.rubric.total_label.text()
        assert editor.rubric.band_label.text().endswith(label_of(grade_band(total)))
    editor.rubric.setChecked(False)
    assert editor.rubric.scores() == {} and "—" in editor.rubric.total_label.text()


def test_another_schools_observation_opens_read_only(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    mine = demo_ctx.directory.my_school
    row = select_row(page, lambda r: r["owner_school"] != mine)
    editor = open_editor(qtbot, page, row)
    editor.show()
    assert editor.read_only
    owner = demo_ctx.directory.school_name(row["owner_school"])
    assert owner in editor.notice.text() and editor.notice.isVisible()
    assert not editor.buttons.button(QDialogButtonBox.Save).isVisible()
    assert editor.topic.isReadOnly() and not editor.teacher.isEnabled()
    assert editor.lesson_date.isReadOnly() and not editor.lesson_date.calendar_action.isVisible()
    assert editor.rubric.scores() == stored(demo_ctx, row["uuid"]).scores
    before = stored(demo_ctx, row["uuid"])
    editor.save()  # Ctrl+S does nothing here
    assert stored(demo_ctx, row["uuid"]) == before


def test_a_rubric_left_at_zero_is_not_a_failing_grade(qtbot, demo_ctx):
    """Boxes untouched mean "not scored": no total, no 不合格, nothing kept as a grade."""
    editor = ObservationEditor(demo_ctx)
    qtbot.addWidget(editor)
    assert editor.rubric.scores() == {}
    assert "—" in editor.rubric.band_label.text() and "不合格" not in editor.rubric.band_label.text()
    first = next(iter(editor.rubric.boxes.values()))
    first.setValue(8)
    assert editor.rubric.scores() and "不合格" in editor.rubric.band_label.text()


def type_date(qtbot, field, text: str) -> None:
    """Select the whole date and type over it, as a teacher copying from a paper note does."""
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_a_date_typed_over_the_default_is_the_date_saved(qtbot, demo_ctx):
    """Issue 11: typing 2025-10-08 over today's date saved 2026-10-08."""
    page = open_page(qtbot, demo_ctx)
    editor = open_editor(qtbot, page)
    fill_new(editor, demo_ctx, topic="《古诗两首》")
    type_date(qtbot, editor.lesson_date, "2025-10-08")
    save(qtbot, editor)
    assert stored(demo_ctx, editor.record.uuid).lesson_date == date(2025, 10, 8)


def test_a_date_that_is_no_date_is_refused_under_its_field_unsaved(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    editor = open_editor(qtbot, page)
    fill_new(editor, demo_ctx, topic="《雷雨》")
    type_date(qtbot, editor.lesson_date, "2025-02-30")
    messages = refused(qtbot, editor)
    assert messages["lesson_date"] == "“2025-02-30”不是日期：2025年2月只有1日到28日。"
    assert editor.lesson_date.text() == "2025-02-30" and editor.topic.text() == "《雷雨》"
    assert not query_ops.page(demo_ctx.store, "observation", ListQuery(text="雷雨"))
    QTest.keyClick(editor.lesson_date, Qt.Key_Escape)  # the last good date comes back
    assert editor.isVisible() and editor.lesson_date.text() == "2026年11月25日"
    save(qtbot, editor)
    assert stored(demo_ctx, editor.record.uuid).lesson_date == TODAY
