"""Issue 14, item 10: the 听课记录 editor says what it refuses and forgets what was fixed.

A score out of its item's range is refused with a message beside the box (a 12 typed in a
满分10 box used to become 1 without a word, a −3 became 0); a field's old message goes as
soon as the field is edited; closing with unsaved changes offers 保存 / 不保存 / 取消.
"""

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from jituan_desktop.gui.widgets.screen_fit import available_area

from observations_helpers import open_editor, open_page, stored
from test_observation_editor import fill_new, refused

SCORE_HINT = "满分为10分，请输入0到10之间的分数"


def typed(box, text: str) -> None:
    box.setFocus()
    box.lineEdit().selectAll()
    QTest.keyClicks(box, text)


def test_a_score_above_full_marks_is_refused_with_a_message_beside_it(qtbot, demo_ctx):
    editor = open_editor(qtbot, open_page(qtbot, demo_ctx))
    box, hint = editor.rubric.boxes["教学目标"], editor.rubric.hints["教学目标"]
    assert box.maximum() == 10 and hint.isHidden()
    typed(box, "12")
    assert box.value() == 1  # the 2 was not taken ...
    assert hint.isVisibleTo(editor) and hint.text() == SCORE_HINT  # ... and it says why


def test_a_negative_score_is_refused_with_the_same_message(qtbot, demo_ctx):
    editor = open_editor(qtbot, open_page(qtbot, demo_ctx))
    box, hint = editor.rubric.boxes["教学目标"], editor.rubric.hints["教学目标"]
    typed(box, "-3")
    # The minus was refused and said so; the message stays while the box is typed in.
    assert box.value() == 3 and hint.isVisibleTo(editor) and hint.text() == SCORE_HINT
    editor.topic.setFocus()
    typed(box, "8")  # coming back to the box to put it right takes the message away
    assert box.value() == 8 and not hint.isVisibleTo(editor)


def test_a_fields_message_goes_once_the_field_is_edited(qtbot, demo_ctx):
    editor = open_editor(qtbot, open_page(qtbot, demo_ctx))
    fill_new(editor, demo_ctx)
    editor.topic.clear()
    editor.observer.set_uuid(editor.teacher.uuid())  # observing one's own lesson
    messages = refused(qtbot, editor)
    assert {"topic", "observer"} <= set(messages)
    editor.topic.setFocus()
    QTest.keyClicks(editor.topic, "Autumn rain")
    left = editor.errors.messages()
    assert "topic" not in left and "observer" in left  # only the field edited forgets


def answer_unsaved(qtbot, editor, button, also=None) -> list[str]:
    """Close ``editor`` with unsaved changes and answer the question with ``button``."""
    asked = []

    def answer() -> None:
        box = editor.unsaved_question
        if box is None:
            QTimer.singleShot(10, answer)
            return
        asked.extend(b.text() for b in box.buttons())
        box.button(button).click()

    QTimer.singleShot(0, answer)
    editor.buttons.button(QDialogButtonBox.Cancel).click()
    return asked


def test_unsaved_changes_offer_save_which_saves_and_closes(qtbot, demo_ctx):
    editor = open_editor(qtbot, open_page(qtbot, demo_ctx))
    fill_new(editor, demo_ctx, topic="《草原》")
    editor.mark_dirty()
    with qtbot.waitSignal(editor.saved, timeout=10000):
        asked = answer_unsaved(qtbot, editor, QMessageBox.Save)
    assert sorted(asked) == sorted(["保存", "不保存", "取消"])
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    assert stored(demo_ctx, editor.record.uuid).topic == "《草原》"


def test_save_from_the_question_keeps_a_refused_form_open(qtbot, demo_ctx):
    editor = open_editor(qtbot, open_page(qtbot, demo_ctx))
    fill_new(editor, demo_ctx)
    editor.topic.clear()
    editor.mark_dirty()
    answer_unsaved(qtbot, editor, QMessageBox.Save)
    qtbot.waitUntil(lambda: not editor.saving and "topic" in editor.errors.messages(),
                    timeout=10000)
    assert editor.isVisible() and editor.dirty  # nothing lost, the message says why


def test_dont_save_closes_and_cancel_stays(qtbot, demo_ctx):
    editor = open_editor(qtbot, open_page(qtbot, demo_ctx))
    fill_new(editor, demo_ctx)
    editor.mark_dirty()
    answer_unsaved(qtbot, editor, QMessageBox.Cancel)
    assert editor.isVisible() and editor.topic.text() == "《秋天的雨》"
    answer_unsaved(qtbot, editor, QMessageBox.Discard)
    assert not editor.isVisible() and editor.record is None


def test_the_editor_fits_a_screen_smaller_than_its_form(qtbot, demo_ctx):
    """The offscreen screen here is smaller than the form's 980×820: the editor takes what
    the screen has, inside it, and its 保存 stays in sight (the form scrolls)."""
    editor = open_editor(qtbot, open_page(qtbot, demo_ctx))
    area = available_area(editor)
    assert area.height() < 820
    qtbot.waitUntil(lambda: editor.isVisible(), timeout=5000)
    assert area.contains(editor.frameGeometry())
    save = editor.buttons.button(QDialogButtonBox.Save)
    assert editor.rect().contains(save.geometry().translated(editor.buttons.pos()))
    assert editor.scroll.verticalScrollBar().maximum() > 0
